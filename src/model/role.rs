//! The content the app shows, typed: a role as the app uses it (its fiche and its
//! question bank, parsed and validated by [`super::loading`] in native builds, or
//! compiled in by [`embedded`]), the glossary and the accessibility audit.
//!
//! May import [`super::base`] only: content never knows an attempt, a screen or the
//! stored document.
//!
//! - [`fiche`]: the typed shape of a job profile;
//! - [`quiz`]: the typed shape of a question bank (dimensions, items, forms);
//! - [`activity`]: « Essayer le métier »: hands-on tasks and checking them;
//! - [`glossary`]: plain-French definitions and the linking of terms in texts;
//! - [`audit`]: the accessibility audit (RGAA 4.1 criteria, states, rate);
//! - [`embedded`]: the content compiled in as statics, generated from the data files.

pub mod activity;
pub mod audit;
pub mod embedded;
pub mod fiche;
pub mod glossary;
pub mod quiz;

use fiche::Fiche;
use quiz::QuestionBank;

/// A role whose content has been parsed and validated.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Role {
    pub fiche: Fiche,
    pub bank: QuestionBank,
}
