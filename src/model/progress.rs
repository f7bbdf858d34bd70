//! The quiz progress: the one serialisable state of an attempt (form, answers, position)
//! and the moves a visitor can make. The UI derives everything else from it.

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
    /// Index of the current question in the form.
    pub position: usize,
    /// Set once the visitor asked for the result.
    pub finished: bool,
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
    pub fn start(&mut self, form: &str) {
        self.form = Some(form.to_owned());
        self.position = 0;
        self.finished = false;
    }

    /// Forgets everything: answers, form and position.
    pub fn restart(&mut self) {
        *self = Progress::default();
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
    pub fn answer(&mut self, bank: &QuestionBank, item_id: &str, answer: Answer) -> bool {
        match bank.item(item_id) {
            Some(item) if answer.check(item).is_ok() => {
                self.answers.insert(item_id.to_owned(), answer);
                true
            }
            _ => false,
        }
    }

    /// Moves to another question of the form, clamped to its bounds.
    pub fn go_to(&mut self, bank: &QuestionBank, position: usize) {
        self.position = position.min(self.len(bank).saturating_sub(1));
    }

    /// How many questions of the form have a valid answer.
    pub fn answered(&self, bank: &QuestionBank) -> usize {
        self.form.as_deref().map_or(0, |f| {
            bank.form_items(f)
                .filter(|i| self.answers.get(&i.id).is_some_and(|a| a.check(i).is_ok()))
                .count()
        })
    }

    /// The first question of the form without an answer.
    pub fn first_unanswered(&self, bank: &QuestionBank) -> Option<usize> {
        bank.form_items(self.form.as_deref()?)
            .position(|i| self.answers.get(&i.id).is_none_or(|a| a.check(i).is_err()))
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
        self.go_to(bank, self.position);
        dropped
    }
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
        p.start("court");
        assert_eq!(p.len(bank), 11);
        assert_eq!(
            p.current_item(bank).map(|i| i.id.as_str()),
            Some("st-lire-1")
        );
        assert!(p.answer(bank, "st-lire-1", Answer::Agreement(4)));
        assert!(!p.answer(bank, "st-lire-1", Answer::Agreement(6)));
        assert!(!p.answer(bank, "st-lire-1", Answer::Choice(0)));
        assert!(!p.answer(bank, "sit-file", Answer::Choice(3)));
        assert!(!p.answer(bank, "inconnu", Answer::Agreement(3)));
        assert_eq!(p.answers.len(), 1);
        assert_eq!(p.answered(bank), 1);
        assert_eq!(p.first_unanswered(bank), Some(1));
        p.go_to(bank, 500);
        assert_eq!(p.position, 10);
        // Switching form keeps shared answers and starts at the first question.
        p.start("complet");
        assert_eq!((p.position, p.answered(bank)), (0, 1));
        p.restart();
        assert_eq!(p, Progress::default());
    }
}
