//! A role as the app uses it: its fiche and its question bank, parsed and validated
//! (by `content`, in native builds) or compiled in (by `embedded`).

use super::fiche::Fiche;
use super::quiz::QuestionBank;

/// A role whose content has been parsed and validated.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Role {
    pub fiche: Fiche,
    pub bank: QuestionBank,
}

/// The id of the generated section that lists the sources; no data section may use it.
pub const SOURCES_SECTION: &str = "sources";
