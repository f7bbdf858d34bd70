//! The quiz progress: the one serialisable state of an attempt (form, answers, position)
//! and the moves a visitor can make. The UI derives everything else from it.
//!
//! Every move takes the current time (milliseconds since 1970, from the browser), so
//! that two tabs editing the same attempt can be merged answer by answer: see [`merge`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::quiz::QuestionBank;

/// Where a visitor is in the quiz.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The form being taken, once chosen.
    pub form: Option<String>,
    /// Answers by item id; kept across forms so that switching keeps shared answers.
    pub answers: Answers,
    /// When each answer was last given, by item id.
    #[serde(default)]
    pub answered_at: BTreeMap<String, u64>,
    /// Index of the current question in the form.
    pub position: usize,
    /// Set once the visitor asked for the result.
    pub finished: bool,
    /// When this attempt began; identifies it.
    #[serde(default)]
    pub started_at: u64,
    /// When anything last changed.
    #[serde(default)]
    pub updated_at: u64,
}

/// What [`Progress::sanitize`] removed, for the notice shown to the visitor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dropped {
    /// Answers to items the bank no longer has.
    pub unknown_items: Vec<String>,
    /// Answers whose value does not fit their item.
    pub invalid_values: Vec<String>,
    /// The stored form no longer exists.
    pub unknown_form: Option<String>,
}

impl Dropped {
    pub fn is_empty(&self) -> bool {
        *self == Dropped::default()
    }
}

impl Progress {
    /// Starts a form, keeping answers already given to items it shares.
    pub fn start(&mut self, form: &str, now: u64) {
        if self.started_at == 0 {
            self.started_at = now;
        }
        self.form = Some(form.to_owned());
        self.position = 0;
        self.finished = false;
        self.updated_at = now;
    }

    /// Forgets everything: answers, form and position; a new attempt begins.
    pub fn restart(&mut self, now: u64) {
        *self = Progress {
            started_at: now,
            updated_at: now,
            ..Progress::default()
        };
    }

    /// The order in which this attempt shows the options of `item` (indices into its
    /// options; empty for a statement).
    pub fn option_order(&self, item: &super::quiz::Item) -> Vec<u8> {
        match &item.kind {
            super::quiz::ItemKind::Situation { options, .. } => {
                super::shuffle::option_order(self.started_at, &item.id, options.len())
            }
            super::quiz::ItemKind::Statement { .. } => Vec::new(),
        }
    }

    /// Marks the attempt as finished.
    pub fn finish(&mut self, now: u64) {
        self.finished = true;
        self.updated_at = now;
    }

    /// Number of questions in the current form.
    pub fn len(&self, bank: &QuestionBank) -> usize {
        self.form
            .as_deref()
            .map_or(0, |f| bank.form_items(f).count())
    }

    /// The current question's id, if a form is chosen.
    pub fn current_item<'a>(&self, bank: &'a QuestionBank) -> Option<&'a super::quiz::Item> {
        bank.form_items(self.form.as_deref()?).nth(self.position)
    }

    /// Records an answer to an item of the bank; refuses one that does not fit.
    pub fn answer(&mut self, bank: &QuestionBank, item_id: &str, answer: Answer, now: u64) -> bool {
        match bank.item(item_id) {
            Some(item) if answer.check(item).is_ok() => {
                self.answers.insert(item_id.to_owned(), answer);
                self.answered_at.insert(item_id.to_owned(), now);
                self.updated_at = now;
                true
            }
            _ => false,
        }
    }

    /// Moves to another question of the form, clamped to its bounds.
    pub fn go_to(&mut self, bank: &QuestionBank, position: usize, now: u64) {
        self.position = self.clamped(bank, position);
        self.updated_at = now;
    }

    /// `position` brought within the current form.
    fn clamped(&self, bank: &QuestionBank, position: usize) -> usize {
        position.min(self.len(bank).saturating_sub(1))
    }

    /// How many questions of the form have a valid answer.
    pub fn answered(&self, bank: &QuestionBank) -> usize {
        self.form.as_deref().map_or(0, |f| {
            bank.form_items(f)
                .filter(|i| self.answers.get(&*i.id).is_some_and(|a| a.check(i).is_ok()))
                .count()
        })
    }

    /// The first question of the form without an answer.
    pub fn first_unanswered(&self, bank: &QuestionBank) -> Option<usize> {
        bank.form_items(self.form.as_deref()?)
            .position(|i| self.answers.get(&*i.id).is_none_or(|a| a.check(i).is_err()))
    }

    /// Removes what the bank cannot use — answers to unknown items, values out of range,
    /// an unknown form — and clamps the position; says what was removed.
    pub fn sanitize(&mut self, bank: &QuestionBank) -> Dropped {
        let mut dropped = Dropped::default();
        self.answers.retain(|id, answer| match bank.item(id) {
            None => {
                dropped.unknown_items.push(id.clone());
                false
            }
            Some(item) if answer.check(item).is_err() => {
                dropped.invalid_values.push(id.clone());
                false
            }
            Some(_) => true,
        });
        if self.form.as_deref().is_some_and(|f| bank.form(f).is_none()) {
            dropped.unknown_form = self.form.take();
            self.finished = false;
        }
        let answers = &self.answers;
        self.answered_at.retain(|id, _| answers.contains_key(id));
        self.position = self.clamped(bank, self.position);
        dropped
    }
}

/// Merges two versions of the progress written by two tabs, so that no answer is lost.
///
/// The rule: if both belong to the same attempt (same `started_at`), every answer is
/// kept, and where both tabs answered the same item the later answer wins; the form,
/// position and finished flag come from the version changed last. If they belong to
/// different attempts (one tab restarted), the later attempt wins whole.
pub fn merge(mine: &Progress, theirs: &Progress) -> Progress {
    let (newer, older) = if theirs.updated_at > mine.updated_at {
        (theirs, mine)
    } else {
        (mine, theirs)
    };
    let mut merged = newer.clone();
    if newer.started_at != older.started_at {
        return merged;
    }
    for (id, answer) in older.answers.iter() {
        let older_at = older.answered_at.get(id).copied().unwrap_or(0);
        let newer_at = merged.answered_at.get(id).copied();
        if newer_at.is_none_or(|at| at < older_at) {
            merged.answers.insert(id.clone(), *answer);
            merged.answered_at.insert(id.clone(), older_at);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::essai;

    #[test]
    fn answering_moving_and_restarting() {
        let role = essai();
        let bank = &role.bank;
        let mut p = Progress::default();
        assert_eq!(p.len(bank), 0);
        assert_eq!(p.current_item(bank), None);
        p.start("court", 1);
        assert_eq!(p.len(bank), 23);
        assert_eq!(
            p.current_item(bank).map(|i| i.id.as_ref()),
            Some("st-lire-1")
        );
        assert!(p.answer(bank, "st-lire-1", Answer::Agreement(4), 2));
        assert!(!p.answer(bank, "st-lire-1", Answer::Agreement(6), 3));
        assert!(!p.answer(bank, "st-lire-1", Answer::Choice(0), 3));
        assert!(!p.answer(bank, "sit-file", Answer::Choice(3), 3));
        assert!(!p.answer(bank, "inconnu", Answer::Agreement(3), 3));
        assert_eq!(p.answered_at["st-lire-1"], 2);
        assert_eq!(p.updated_at, 2);
        assert_eq!(p.answers.len(), 1);
        assert_eq!(p.answered(bank), 1);
        assert_eq!(p.first_unanswered(bank), Some(1));
        p.go_to(bank, 500, 4);
        assert_eq!(p.position, 22);
        // Switching form keeps shared answers and starts at the first question.
        p.start("complet", 5);
        assert_eq!((p.position, p.answered(bank), p.started_at), (0, 1, 1));
        p.restart(6);
        assert!(p.answers.is_empty() && p.form.is_none());
        assert_eq!((p.started_at, p.updated_at), (6, 6));
    }

    fn attempt(answers: &[(&str, u8, u64)], updated_at: u64, position: usize) -> Progress {
        Progress {
            form: Some("court".into()),
            answers: answers
                .iter()
                .map(|(id, v, _)| ((*id).into(), Answer::Agreement(*v)))
                .collect(),
            answered_at: answers
                .iter()
                .map(|(id, _, at)| ((*id).into(), *at))
                .collect(),
            position,
            finished: false,
            started_at: 1,
            updated_at,
        }
    }

    #[test]
    fn merging_two_tabs_keeps_every_answer_and_the_latest_of_each() {
        let a = attempt(&[("q1", 5, 10), ("q2", 1, 30)], 30, 2);
        let b = attempt(&[("q1", 2, 20), ("q3", 4, 25)], 25, 3);
        let merged = merge(&a, &b);
        assert_eq!(merged.answers["q1"], Answer::Agreement(2));
        assert_eq!(merged.answers["q2"], Answer::Agreement(1));
        assert_eq!(merged.answers["q3"], Answer::Agreement(4));
        assert_eq!(merged.position, 2, "position of the tab changed last");
        assert_eq!(merge(&b, &a), merged);
    }

    #[test]
    fn a_restart_in_another_tab_wins_whole() {
        let a = attempt(&[("q1", 5, 10)], 10, 1);
        let mut b = Progress::default();
        b.restart(20);
        assert_eq!(merge(&a, &b), b);
    }

    use proptest::prelude::*;

    fn any_progress() -> impl Strategy<Value = Progress> {
        (
            proptest::collection::btree_map("q[0-9]", (1u8..=5, 0u64..50), 0..8),
            0u64..60,
            0usize..5,
        )
            .prop_map(|(answers, updated_at, position)| {
                let list: Vec<(&str, u8, u64)> = answers
                    .iter()
                    .map(|(k, (v, at))| (k.as_str(), *v, *at))
                    .collect();
                attempt(&list, updated_at, position)
            })
    }

    proptest! {
        #[test]
        fn merge_never_loses_an_answer_and_agrees_both_ways(a in any_progress(), b in any_progress()) {
            let merged = merge(&a, &b);
            for id in a.answers.keys().chain(b.answers.keys()) {
                prop_assert!(merged.answers.contains_key(id));
                let latest = a.answered_at.get(id).max(b.answered_at.get(id)).copied();
                prop_assert_eq!(merged.answered_at.get(id).copied(), latest);
            }
            prop_assert_eq!(merged.answers.len(), merged.answered_at.len());
            // Merging again changes nothing: two tabs converge.
            prop_assert_eq!(merge(&merged, &a), merged.clone());
            prop_assert_eq!(merge(&merged, &b), merged.clone());
            if a.updated_at != b.updated_at {
                prop_assert_eq!(merge(&b, &a), merged);
            }
        }
    }
}
