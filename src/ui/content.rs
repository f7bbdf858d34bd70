//! The content the app shows, as one context: the role (its fiche and question bank),
//! the glossary and the accessibility audit. `App` provides it from the compiled-in
//! statics; screens and components take what they need from it rather than from props
//! threaded through.

use leptos::prelude::*;

use crate::model::role::Role;
use crate::model::role::audit::Audit;
use crate::model::role::glossary::Glossary;
use crate::model::role::quiz::QuestionBank;

#[derive(Clone, Copy)]
pub struct Content {
    pub role: &'static Role,
    pub glossary: &'static Glossary,
    /// The accessibility audit the statement publishes.
    pub audit: &'static Audit,
}

impl Content {
    /// The role's question bank.
    pub fn bank(&self) -> &'static QuestionBank {
        &self.role.bank
    }
}

/// The content provided by `App`.
pub fn use_content() -> Content {
    expect_context::<Content>()
}
