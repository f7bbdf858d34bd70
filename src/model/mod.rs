//! The functional core: pure Rust with no browser and no UI crate.
//!
//! - [`fiche`]: the typed shape of a job profile;
//! - [`content`]: the embedded data files, parsed and validated;
//! - [`route`]: the app's screens and their URL fragments.

pub mod content;
pub mod fiche;
pub mod route;
