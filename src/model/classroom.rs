//! The facilitator's tools for a class: many result codes read at once, shared devices.
//!
//! May import [`super::base`], [`super::role`] and [`super::assessment`]; never the
//! stored document.
//!
//! - [`group`]: the facilitator's view of many codes: errors, duplicates, figures;
//! - [`scan`]: a code read by the camera: the code in an address, added to the group;
//! - [`workshop`]: the facilitator's settings and the kiosk's idle countdown;
//! - [`qr`]: QR codes of result codes, as an SVG path.

pub mod group;
pub mod qr;
pub mod scan;
pub mod workshop;
