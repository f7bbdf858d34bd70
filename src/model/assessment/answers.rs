//! A visitor's answers, keyed by stable item id, and how each answer reads on the
//! dimensions it measures.

use std::collections::BTreeMap;

use crate::model::role::quiz::QuestionBank;
use crate::model::role::quiz::{Item, ItemKind};

/// What a visitor chose for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The answers a statement offers, in the scale's order, each with its label: the
/// bank's first label (« pas du tout d'accord ») is point 1, its fifth point 5.
pub fn scale_answers(bank: &QuestionBank) -> impl Iterator<Item = (Answer, &str)> {
    (1..)
        .zip(bank.scale.iter())
        .map(|(point, label)| (Answer::Agreement(point), label.as_ref()))
}

impl Answer {
    /// How this answer to `item` reads: its label on the agreement scale, or the text
    /// of the option chosen; `None` when it does not fit the item.
    pub fn label<'a>(self, bank: &'a QuestionBank, item: &'a Item) -> Option<&'a str> {
        match (&item.kind, self) {
            (ItemKind::Statement { .. }, Answer::Agreement(_)) => scale_answers(bank)
                .find(|(answer, _)| *answer == self)
                .map(|(_, label)| label),
            (ItemKind::Situation { options, .. }, Answer::Choice(i)) => {
                options.get(usize::from(i)).map(|o| o.text.as_ref())
            }
            _ => None,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::back_end;

    #[test]
    fn the_scale_offers_points_one_to_five_with_the_banks_labels_in_order() {
        let bank = back_end().bank;
        let offered: Vec<(Answer, &str)> = scale_answers(&bank).collect();
        assert_eq!(
            offered,
            [
                (Answer::Agreement(1), "Pas du tout d'accord"),
                (Answer::Agreement(2), "Plutôt pas d'accord"),
                (Answer::Agreement(3), "Ni d'accord ni pas d'accord"),
                (Answer::Agreement(4), "Plutôt d'accord"),
                (Answer::Agreement(5), "Tout à fait d'accord"),
            ]
        );
        // Every point offered fits a statement, and the middle one is neutral.
        let statement = bank
            .items
            .iter()
            .find(|i| matches!(i.kind, ItemKind::Statement { .. }))
            .unwrap();
        assert!(offered.iter().all(|(a, _)| a.check(statement).is_ok()));
        assert_eq!(offered[2].0, Answer::Agreement(NEUTRAL));
    }

    #[test]
    fn an_answer_reads_as_its_label_or_its_option_and_only_on_its_own_item() {
        let bank = back_end().bank;
        let of_kind = |statement: bool| {
            bank.items
                .iter()
                .find(|i| matches!(i.kind, ItemKind::Statement { .. }) == statement)
                .unwrap()
        };
        let (statement, situation) = (of_kind(true), of_kind(false));
        for (answer, label) in scale_answers(&bank) {
            assert_eq!(answer.label(&bank, statement), Some(label));
        }
        assert_eq!(Answer::Agreement(0).label(&bank, statement), None);
        assert_eq!(Answer::Agreement(6).label(&bank, statement), None);
        let ItemKind::Situation { options, .. } = &situation.kind else {
            unreachable!()
        };
        assert_eq!(
            Answer::Choice(1).label(&bank, situation),
            Some(options[1].text.as_ref())
        );
        assert_eq!(
            Answer::Choice(options.len() as u8).label(&bank, situation),
            None
        );
        assert_eq!(Answer::Agreement(4).label(&bank, situation), None);
        assert_eq!(Answer::Choice(0).label(&bank, statement), None);
    }
}
