//! The facilitator's tools for a class: many result codes read at once, shared devices.
//!
//! May import [`super::base`], [`super::role`] and [`super::assessment`]; never the
//! stored document.
//!
//! - [`group`]: the facilitator's view of many codes: errors, duplicates, figures;
//! - [`workshop`]: the facilitator's settings and the kiosk's idle countdown;
//! - [`paper`]: the paper kit: the printed sheet and its mark, the line of digits typed
//!   from it;
//! - [`qr`]: QR codes of result codes, as an SVG path.

pub mod group;
pub mod paper;
pub mod qr;
pub mod workshop;
