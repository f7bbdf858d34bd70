//! The content the app shows, compiled in: the back-end developer role, the glossary
//! and the accessibility audit as statics, so the app parses and checks nothing at run time.
//!
//! The files included here (`embedded/generated/`) are generated from `data/` by the tests in
//! `embedded/tests.rs`, which first load and validate the JSON (see [`crate::model::loading`])
//! and then write each value as the Rust expression that builds it
//! ([`crate::model::loading::literal::rust_literal`]). Those tests fail while a generated file differs from
//! what the data gives; `UPDATE_EMBEDDED=1 cargo test --lib embedded` rewrites them.
//!
//! The statics are left out of test builds, so that the generator still runs when a
//! change to the content types has made the generated files stale (they would not
//! compile). Every other build (the app, `cargo build`, clippy) compiles them.

#[cfg(not(test))]
mod compiled {
    use std::borrow::Cow::Borrowed;

    use crate::model::role::Role;
    use crate::model::role::activity::filter::{Column, Condition, Filter, Op, Table};
    use crate::model::role::activity::{Activity, Exercise};
    use crate::model::role::audit::{
        Audit, AuditSource, AuditedPage, CheckedBy, Criterion, StatementLink, StatementPart, Status,
    };
    use crate::model::role::fiche::{
        AppIdentity, Block, FaqEntry, Fiche, Figure, FigureRow, KeyFigure, Layer, Section, Source,
    };
    use crate::model::role::glossary::{Entry, Glossary};
    use crate::model::role::quiz::{
        Dimension, Family, Form, Item, ItemKind, Lean, NearbyRole, NextStep, QuestionBank, Riasec,
        SituationOption, Target,
    };

    /// The back-end developer role: `data/roles/developpeur-back-end/`.
    pub static BACK_END_ROLE: Role = include!("embedded/generated/developpeur-back-end.rs");

    /// The test-only second role (`src/model/testdata/essai-*.json`), compiled in only
    /// with the `role-essai` feature.
    #[cfg(feature = "role-essai")]
    pub static ESSAI_ROLE: Role = include!("embedded/generated/essai.rs");

    /// The glossary: `data/glossaire.json`.
    pub static GLOSSARY: Glossary = include!("embedded/generated/glossaire.rs");

    /// The accessibility audit: `data/accessibilite.json`.
    pub static AUDIT: Audit = include!("embedded/generated/accessibilite.rs");
}

#[cfg(all(not(test), feature = "role-essai"))]
pub use compiled::ESSAI_ROLE;
#[cfg(not(test))]
pub use compiled::{AUDIT, BACK_END_ROLE, GLOSSARY};

#[cfg(test)]
mod tests;
