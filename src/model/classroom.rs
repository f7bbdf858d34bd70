//! The facilitator's tools for a class: many result codes read at once, shared devices.
//!
//! May import [`super::base`], [`super::role`], [`super::shell`] and
//! [`super::assessment`]; never the stored document.
//!
//! - [`group`]: the facilitator's view of many codes: errors, duplicates, figures;
//! - [`kept_group`]: the group kept on the facilitator's device, versioned and merged;
//! - [`scan`]: a code read by the camera: the code in an address, added to the group;
//! - [`workshop`]: the facilitator's settings and the kiosk's idle countdown;
//! - [`paper`]: the paper kit: the printed sheet and its mark, the line of digits typed
//!   from it;
//! - [`qr`]: QR codes of result codes, as an SVG path;
//! - [`qr_address`]: what the QR code holds: the code's address in the app, or the code.

pub mod group;
pub mod kept_group;
pub mod paper;
pub mod qr;
pub mod qr_address;
pub mod scan;
pub mod workshop;
