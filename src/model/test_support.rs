//! Shared fixtures for the model's tests: the real back-end role, a small second role
//! defined only in test data, answer generators, and answers read in the stored format.

use proptest::prelude::*;

use super::assessment::answers::{Answer, Answers};
use super::loading::{BACK_END_DATA, RoleSource, data_file};
use super::role::Role;
use super::role::quiz::{Item, ItemKind, QuestionBank};
use crate::model::base::json;

/// A second, small role ("Bibliothécaire") that exists only in test data: it proves the
/// code is generic over the role.
pub const TEST_ROLE: RoleSource = RoleSource {
    fiche: data_file!("src/model/testdata/essai-fiche.json"),
    quiz: data_file!("src/model/testdata/essai-quiz.json"),
    activities: data_file!("src/model/testdata/essai-activites.json"),
};

/// The real role, parsed and validated once per test run (validation walks every
/// text), then cloned for each test.
pub fn back_end() -> Role {
    static ROLE: std::sync::OnceLock<Role> = std::sync::OnceLock::new();
    ROLE.get_or_init(|| BACK_END_DATA.load().unwrap_or_else(|e| panic!("{e}")))
        .clone()
}

/// The test-only role, parsed and validated once per test run.
pub fn test_role() -> Role {
    static ROLE: std::sync::OnceLock<Role> = std::sync::OnceLock::new();
    ROLE.get_or_init(|| TEST_ROLE.load().unwrap_or_else(|e| panic!("{e}")))
        .clone()
}

/// Answers by item id written as the stored document writes them (`{"agreement": 4}`,
/// `{"choice": 2}`), read by its codec: a fixture in the stored format needs no
/// description of its own.
pub fn stored_answers(value: &json::Value) -> json::fields::Read<Answers> {
    super::document::stored::codec::answers(value)
}

/// Every answer an item accepts.
pub fn possible_answers(item: &Item) -> Vec<Answer> {
    match &item.kind {
        ItemKind::Statement { .. } => (1..=5).map(Answer::Agreement).collect(),
        ItemKind::Situation { options, .. } => {
            (0..options.len() as u8).map(Answer::Choice).collect()
        }
    }
}

/// Any set of valid answers to any subset of the bank's items.
pub fn any_answers(bank: &QuestionBank) -> impl Strategy<Value = Answers> + use<> {
    let choices: Vec<_> = bank
        .items
        .iter()
        .map(|item| {
            let id = item.id.to_string();
            let options = possible_answers(item);
            proptest::option::of(proptest::sample::select(options))
                .prop_map(move |a| (id.to_string(), a))
        })
        .collect();
    choices.prop_map(|pairs| {
        pairs
            .into_iter()
            .filter_map(|(id, a)| a.map(|a| (id, a)))
            .collect()
    })
}

/// The answer to an item that is most (or least, with `toward = false`) in the role's
/// direction: full agreement with a statement on a targeted dimension (reversed for
/// reverse items), or the situation option with the highest (lowest) importance-weighted
/// value. Statements on dimensions without a target get the neutral point.
pub fn role_direction(bank: &QuestionBank, item: &Item, toward: bool) -> Answer {
    match &item.kind {
        ItemKind::Statement {
            dimension, reverse, ..
        } => {
            let targeted = bank
                .dimension(dimension)
                .is_some_and(|d| d.target.is_some());
            match (targeted, toward != *reverse) {
                (false, _) => Answer::Agreement(3),
                (true, true) => Answer::Agreement(5),
                (true, false) => Answer::Agreement(1),
            }
        }
        ItemKind::Situation { options, .. } => {
            let weight = |i: usize| -> i64 {
                options[i]
                    .values
                    .iter()
                    .map(|(d, v)| {
                        let importance = bank
                            .dimension(d)
                            .and_then(|d| d.target.as_ref())
                            .map_or(0, |t| i64::from(t.importance));
                        importance * i64::from(*v)
                    })
                    .sum()
            };
            let best =
                (0..options.len()).max_by_key(|i| if toward { weight(*i) } else { -weight(*i) });
            Answer::Choice(best.unwrap_or(0) as u8)
        }
    }
}

/// The glossary, parsed and validated once per test run.
pub fn glossary() -> super::role::glossary::Glossary {
    static GLOSSARY: std::sync::OnceLock<super::role::glossary::Glossary> =
        std::sync::OnceLock::new();
    GLOSSARY
        .get_or_init(|| {
            super::loading::GLOSSARY_DATA
                .parse(super::loading::glossary::glossary_problems)
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .clone()
}
