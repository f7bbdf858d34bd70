//! The content the app shows, compiled in: the role this build presents, the glossary
//! and the accessibility audit as statics, so the app parses and checks nothing at run time.
//!
//! The role is chosen by one environment variable, `METIER_ROLE`, read when the crate
//! compiles: the name of a role's generated file (`developpeur-back-end`, the default
//! that `.cargo/config.toml` gives, or `essai`, the test-only role). The wasm carries
//! that name ([`ROLE_ID`], in a custom section that `ui` writes), and
//! `scripts/post-build.mjs` writes that role's page, manifest and service worker; it
//! stops the build when `METIER_ROLE` names another role than the wasm.
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

    /// The role named by `METIER_ROLE`: `embedded/generated/<METIER_ROLE>.rs`.
    pub static ROLE: Role = include!(concat!("embedded/generated/", env!("METIER_ROLE"), ".rs"));

    /// The glossary: `data/glossaire.json`.
    pub static GLOSSARY: Glossary = include!("embedded/generated/glossaire.rs");

    /// The accessibility audit: `data/accessibilite.json`.
    pub static AUDIT: Audit = include!("embedded/generated/accessibilite.rs");
}

#[cfg(not(test))]
pub use compiled::{AUDIT, GLOSSARY, ROLE};

/// The name of the role this build presents: the value of `METIER_ROLE` when the crate
/// was compiled.
#[cfg(not(test))]
pub const ROLE_ID: &str = env!("METIER_ROLE");

#[cfg(test)]
mod tests;
