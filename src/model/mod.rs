//! The functional core: pure Rust with no browser and no UI crate, in folders by
//! concern. It decides all that can be decided without a browser, and says it: the words
//! for a value sit beside it. Each folder's module says what it owns and what it may not import; from
//! the bottom up:
//!
//! - [`base`]: text and list types, language marks, dates, JSON, sorting, shuffling;
//! - [`role`]: the content the app shows, typed: a role (fiche, question bank,
//!   activities), the glossary, the accessibility audit, and the compiled-in statics;
//! - [`shell`]: the app's screens and addresses, the home screen and the frame in
//!   words, the host's accessibility contact;
//! - [`assessment`]: an attempt and its result: answers, progress, scoring, validity,
//!   interests, the report, result codes, the calibration;
//! - [`classroom`]: the facilitator's tools: the group view, workshop mode, QR codes;
//! - [`document`]: the document kept in browser storage and what the visitor is told
//!   about it;
//! - [`loading`] (native builds only): the data files read, checked and written as the
//!   statics of [`role::embedded`].

pub mod assessment;
pub mod base;
pub mod classroom;
pub mod document;
#[cfg(not(target_arch = "wasm32"))]
pub mod loading;
pub mod role;
pub mod shell;

#[cfg(test)]
mod test_support;
