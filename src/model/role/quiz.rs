//! The question bank: the dimensions a visitor is measured on, the role's target profile,
//! the items (statements and work situations), the two forms, and the advice attached to
//! each dimension. Its typed shape is what `data/roles/<role>/quiz.json` holds.

use serde::Deserialize;

use super::activity::Activity;
use crate::model::base::text::{List, Text, map_entries};

mod riasec;
mod written;

pub use riasec::Riasec;

/// A role's whole question bank.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct QuestionBank {
    /// Raised whenever items are added, removed or reworded in a way that changes their
    /// meaning; stored progress records it so that answers can be reconciled.
    pub version: u32,
    /// The five labels of the agreement scale, from "not at all" to "completely".
    pub scale: List<Text>,
    pub dimensions: List<Dimension>,
    /// In presentation order; each form shows the items that name it, in this order.
    pub items: List<Item>,
    pub forms: List<Form>,
    /// The role's RIASEC interest profile on O*NET's 1–7 scale (15-1252.00).
    #[serde(deserialize_with = "map_entries")]
    pub role_riasec: List<(Riasec, f64)>,
    /// Roles near this one, suggested when the visitor's profile leans their way.
    pub nearby_roles: List<NearbyRole>,
    /// The hands-on tasks of « Essayer le métier », from the role's `activites.json`
    /// (never from `quiz.json`), in the order they are offered. Result codes carry
    /// their ratings in this order, so changing the list raises [`Self::version`].
    #[serde(skip_deserializing)]
    pub activities: List<Activity>,
}

/// What a dimension is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum Family {
    /// Centres d'intérêt: what motivates.
    Interest,
    /// Qualités: how one works; they can be developed.
    Quality,
}

/// A trait the quiz measures, with what the role expects of it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// Stable id, lowercase with hyphens.
    pub id: Text,
    pub family: Family,
    /// Short name, e.g. "Rigueur".
    pub name: Text,
    /// One sentence a 15-year-old understands.
    pub explanation: Text,
    /// Ids of the fiche's sources this dimension is drawn from.
    pub sources: List<Text>,
    /// The forms that measure and report it.
    pub forms: List<Text>,
    /// For a broad dimension, the finer dimensions it groups: in a form that reports the
    /// broad dimension but not its parts, answers on a part count for the broad one.
    #[serde(default)]
    pub parts: List<Text>,
    /// The O*NET work style it corresponds to, if any (e.g. "Attention to Detail 4.44").
    #[serde(default)]
    pub onet_work_style: Text,
    /// The interest type it feeds, for interests.
    #[serde(default)]
    pub riasec: Option<Riasec>,
    /// Why that type, by O*NET's definition of it (for interests).
    #[serde(default)]
    pub riasec_reason: Text,
    /// The role's profile on this dimension; `None` for a contrasting interest that feeds
    /// the nearby-roles advice but not the fit.
    pub target: Option<Target>,
    /// Said when the visitor scores well on it.
    pub strength: Text,
    /// Said when the visitor scores below the role's target.
    pub to_develop: Text,
    /// Concrete next steps, each pointing to the fiche section it comes from.
    pub next_steps: List<NextStep>,
}

/// The role's expectation on a dimension.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The level, 0–100, from which the role is fully satisfied on this dimension.
    pub level: u8,
    /// How much the dimension weighs in the fit, 1 (a plus) to 5 (essential).
    pub importance: u8,
    /// Why this level and importance: the facts behind them.
    pub rationale: Text,
}

/// A concrete thing to do, from the fiche.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    pub text: Text,
    /// The fiche section it comes from.
    pub section: Text,
    /// Words the section must contain (any case) for the step to keep its promise;
    /// checked by `loading::bank`.
    pub keywords: List<Text>,
}

/// A question of the quiz, as the app uses it. In `quiz.json` an item is one flat object
/// whose `kind` says which fields apply; it is read through [`WrittenItem`] rather than
/// with serde's `flatten` and internally tagged enums, whose buffering deserialiser
/// weighs about 12 KB of wasm.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(try_from = "written::WrittenItem")]
pub struct Item {
    /// Stable id: answers are stored under it.
    pub id: Text,
    /// The forms that ask it: "court", "complet".
    pub forms: List<Text>,
    pub kind: ItemKind,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub enum ItemKind {
    /// A statement rated on the five-point agreement scale.
    Statement {
        text: Text,
        dimension: Text,
        /// Agreeing means less of the dimension.
        reverse: bool,
        /// Another statement on the same dimension keyed the other way; answering both
        /// the same way is a contradiction.
        pair: Option<Text>,
    },
    /// A short work situation with three or four ways to react.
    Situation {
        /// Short title, e.g. "Un bug en production".
        title: Text,
        text: Text,
        options: List<SituationOption>,
    },
}

/// One way to react to a situation, and what it says about each quality measured.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct SituationOption {
    pub text: Text,
    /// Dimension id → value on the agreement scale's keyed range, 0 (the opposite of the
    /// quality) to 4 (the quality fully shown). Every option of a situation rates the
    /// same dimensions.
    #[serde(deserialize_with = "map_entries")]
    pub values: List<(Text, u8)>,
}

/// A way to take the quiz.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// "court" or "complet".
    pub id: Text,
    pub name: Text,
    /// Typical duration.
    pub minutes: u8,
    /// The fewest items that must measure each dimension with a target in this form.
    pub min_items: u8,
    pub description: Text,
}

/// A role near this one, and when to suggest it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct NearbyRole {
    pub id: Text,
    pub name: Text,
    /// What the role is, in a sentence or two.
    pub description: Text,
    /// Why it is suggested, shown with it.
    pub why: Text,
    /// All must hold for the role to be suggested.
    pub when: List<Lean>,
}

/// A condition on one dimension's score.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Lean {
    pub dimension: Text,
    /// The score (0–100) must be at least this.
    pub at_least: u8,
}

impl SituationOption {
    /// The dimensions this option rates, in id order.
    pub fn rated(&self) -> impl Iterator<Item = &str> {
        self.values.iter().map(|(d, _)| &**d)
    }
}

impl Dimension {
    /// Whether the form `form` measures and reports this dimension.
    pub fn in_form(&self, form: &str) -> bool {
        self.forms.iter().any(|f| f == form)
    }

    /// Whether an answer on the dimension `id` counts for this one: it is this one, or
    /// one of its parts.
    pub fn takes(&self, id: &str) -> bool {
        self.id == id || self.parts.iter().any(|p| p == id)
    }
}

impl QuestionBank {
    /// The dimensions a form measures and reports, in the bank's order.
    pub fn form_dimensions<'a>(
        &'a self,
        form: &str,
    ) -> impl Iterator<Item = &'a Dimension> + use<'a> {
        let form = form.to_owned();
        self.dimensions.iter().filter(move |d| d.in_form(&form))
    }

    /// The items a form asks, in presentation order.
    pub fn form_items<'a>(&'a self, form: &str) -> impl Iterator<Item = &'a Item> + use<'a> {
        let form = form.to_owned();
        self.items
            .iter()
            .filter(move |item| item.forms.iter().any(|f| *f == form))
    }

    pub fn form(&self, id: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.id == id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    /// How long the longest activity takes, in minutes: "5 min par activité".
    pub fn activity_minutes(&self) -> u8 {
        self.activities.iter().map(|a| a.minutes).max().unwrap_or(0)
    }
}
