//! The quiz progress: the one serialisable state of an attempt (form, answers, position)
//! and the moves a visitor can make. The UI derives everything else from it.
//!
//! Every move takes the current time (milliseconds since 1970, from the browser), so
//! that two tabs editing the same attempt can be merged answer by answer: see [`merge`].

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
use crate::model::role::quiz::QuestionBank;

/// Where a visitor is in the quiz.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// The form being taken, once chosen.
    pub form: Option<String>,
    /// Answers by item id; kept across forms so that switching keeps shared answers.
    pub answers: Answers,
    /// When each answer was last given, by item id.
    pub answered_at: BTreeMap<String, u64>,
    /// Index of the current question in the form.
    pub position: usize,
    /// Set once the visitor asked for the result.
    pub finished: bool,
    /// When this attempt began; identifies it.
    pub started_at: u64,
    /// When anything last changed.
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
    pub fn option_order(&self, item: &crate::model::role::quiz::Item) -> Vec<u8> {
        match &item.kind {
            crate::model::role::quiz::ItemKind::Situation { options, .. } => {
                crate::model::base::shuffle::option_order(self.started_at, &item.id, options.len())
            }
            crate::model::role::quiz::ItemKind::Statement { .. } => Vec::new(),
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
    pub fn current_item<'a>(
        &self,
        bank: &'a QuestionBank,
    ) -> Option<&'a crate::model::role::quiz::Item> {
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

    /// Opens the answers again to review them, all kept: the attempt is no longer
    /// finished, and the quiz resumes at the first question without an answer, or at
    /// the first question when every one has one.
    pub fn review(&mut self, bank: &QuestionBank, now: u64) {
        self.finished = false;
        let first = self.first_unanswered(bank).unwrap_or(0);
        self.go_to(bank, first, now);
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
mod tests;
