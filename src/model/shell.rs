//! The app's frame, in words and addresses: what the UI shell draws around every
//! screen, decided here.
//!
//! May import [`super::base`] and [`super::role`]; never an attempt, the classroom or
//! the stored document (the assessment uses the home screen's links, not the reverse).
//!
//! - [`route`]: the app's screens and their URL fragments;
//! - [`home`]: the home screen and the layout around every screen, in words and links,
//!   and the first paint (their static HTML, written before the app loads);
//! - [`host_contact`]: the host's accessibility contact, read from a file next to the app.

pub mod home;
pub mod host_contact;
pub mod route;
