//! A visitor's answers, keyed by stable item id, and how each answer reads on the
//! dimensions it measures.

use std::collections::BTreeMap;

use crate::model::role::quiz::{Item, ItemKind};

/// What a visitor chose for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum Answer {
    /// A point of the agreement scale: 1 (pas du tout d'accord) to 5 (tout à fait).
    Agreement(u8),
    /// The index of the chosen option of a situation, from 0.
    Choice(u8),
}

/// The neutral point of the agreement scale.
pub const NEUTRAL: u8 = 3;

/// The top of the keyed range every answer is brought to: 0 (the opposite of the
/// dimension) to 4 (the dimension fully shown); 2 is neutral.
pub const KEYED_MAX: u8 = 4;

/// Answers by item id. Item ids are stable across question-bank versions, which is what
/// lets stored answers survive a change of the bank.
pub type Answers = BTreeMap<String, Answer>;

/// Why an answer cannot be used with an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// An agreement outside 1–5.
    OutOfScale(u8),
    /// An option index the situation does not have.
    NoSuchOption(u8),
    /// An agreement given to a situation, or a choice to a statement.
    WrongKind,
}

impl Answer {
    /// Checks that this answer fits the item.
    pub fn check(self, item: &Item) -> Result<(), AnswerError> {
        match (self, &item.kind) {
            (Answer::Agreement(v), ItemKind::Statement { .. }) if (1..=5).contains(&v) => Ok(()),
            (Answer::Agreement(v), ItemKind::Statement { .. }) => Err(AnswerError::OutOfScale(v)),
            (Answer::Choice(i), ItemKind::Situation { options, .. }) => {
                if usize::from(i) < options.len() {
                    Ok(())
                } else {
                    Err(AnswerError::NoSuchOption(i))
                }
            }
            _ => Err(AnswerError::WrongKind),
        }
    }
}

/// The keyed values (0–4) an answer gives, one per dimension the item measures.
/// Returns nothing for an answer that does not fit the item.
pub fn keyed_values(item: &Item, answer: Answer) -> Vec<(&str, u8)> {
    if answer.check(item).is_err() {
        return Vec::new();
    }
    match (&item.kind, answer) {
        (
            ItemKind::Statement {
                dimension, reverse, ..
            },
            Answer::Agreement(v),
        ) => {
            let keyed = if *reverse { 5 - v } else { v - 1 };
            vec![(&**dimension, keyed)]
        }
        (ItemKind::Situation { options, .. }, Answer::Choice(i)) => options[usize::from(i)]
            .values
            .iter()
            .map(|(d, v)| (&**d, (*v).min(KEYED_MAX)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The dimensions an item measures, whatever the answer.
pub fn measured_dimensions(item: &Item) -> Vec<&str> {
    match &item.kind {
        ItemKind::Statement { dimension, .. } => vec![&**dimension],
        ItemKind::Situation { options, .. } => options
            .first()
            .map(|o| o.rated().collect())
            .unwrap_or_default(),
    }
}
