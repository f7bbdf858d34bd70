//! A visitor's own result code brought back as their attempt, on this device or another:
//! what the code holds, said before anything changes, then the code's answers become
//! the current attempt, finished, so that the result screen shows its result again.
//!
//! A code is untrusted text, read by [`crate::model::assessment::result_code::decode`] like a pasted one in
//! the group view, with the same errors. It holds answers only: no name and no date.

use super::stored::Document;
use crate::model::assessment::progress::Progress;
use crate::model::assessment::ratings::{Difficulty, Liking};
use crate::model::assessment::result_code::{CodeError, Decoded, decode};
use crate::model::base::text::lowercase;
use crate::model::role::quiz::{Form, QuestionBank};

/// A code read and ready to become the current attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Restorable<'a> {
    pub form: &'a Form,
    /// How many of the form's questions it answers, out of how many.
    pub answered: usize,
    pub total: usize,
    pub decoded: Decoded,
}

impl<'a> Restorable<'a> {
    /// Reads `text` as a code of `bank`.
    pub fn read(bank: &'a QuestionBank, text: &str) -> Result<Restorable<'a>, CodeError> {
        let decoded = decode(bank, text)?;
        // `decode` only gives forms of the bank.
        let form = bank.form(&decoded.form).ok_or(CodeError::NotACode)?;
        let total = bank.form_items(&form.id).count();
        let answered = bank
            .form_items(&form.id)
            .filter(|item| decoded.answers.contains_key(&*item.id))
            .count();
        Ok(Restorable {
            form,
            answered,
            total,
            decoded,
        })
    }

    /// What the code holds, in one sentence.
    pub fn describe(&self) -> String {
        format!(
            "Ce code contient la {}, avec {} réponse(s) sur {}{}. Il ne garde ni ton nom ni la date.",
            lowercase(&self.form.name),
            self.answered,
            self.total,
            match self.decoded.ratings.len() {
                0 => String::new(),
                1 => ", et ton avis sur 1 activité".to_owned(),
                n => format!(", et ton avis sur {n} activités"),
            }
        )
    }
}

impl Document {
    /// Whether [`Document::restore`] would replace an attempt of this device (a form
    /// started, or any answer given), which the visitor confirms first.
    pub fn restore_replaces_an_attempt(&self) -> bool {
        self.progress.form.is_some() || !self.progress.answers.is_empty()
    }

    /// Replaces the current attempt by the code's answers, and the ratings of the
    /// activities it rated by its ratings, finished at `now`; records it in the
    /// history like any finished attempt. The history, the settings and the work done
    /// in the activities stay.
    pub fn restore(&mut self, bank: &QuestionBank, code: &Restorable<'_>, now: u64) {
        self.progress = Progress {
            form: Some(code.decoded.form.clone()),
            answers: code.decoded.answers.clone(),
            started_at: now,
            updated_at: now,
            ..Progress::default()
        };
        for (id, rating) in &code.decoded.ratings {
            let record = self.tried.entry(id.clone()).or_default();
            record.liking = rating.liking.map(Liking::code);
            record.difficulty = rating.difficulty.map(Difficulty::code);
            record.updated_at = now;
        }
        self.finish(bank, now);
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::assessment::report::Report;
    use crate::model::assessment::result_code::encode;
    use crate::model::document::settings::{Settings, Theme};
    use crate::model::test_support::{any_answers, back_end};

    fn document(bank: &QuestionBank) -> Document {
        Document::new(
            bank,
            Progress::default(),
            Vec::new(),
            Settings {
                theme: Theme::Dark,
                ..Settings::default()
            },
        )
    }

    proptest! {
        #[test]
        fn a_restored_code_gives_the_same_report(answers in any_answers(&back_end().bank), full in any::<bool>()) {
            let role = back_end();
            let bank = &role.bank;
            let form = if full { "complet" } else { "court" };
            let code = encode(bank, form, &answers).unwrap();
            let restorable = Restorable::read(bank, &code).unwrap();
            let mut doc = document(bank);
            doc.restore(bank, &restorable, 1_000);
            prop_assert!(doc.progress.finished);
            prop_assert_eq!(doc.progress.form.as_deref(), Some(form));
            prop_assert_eq!(doc.settings.theme, Theme::Dark);
            let kept: crate::model::assessment::answers::Answers = bank
                .form_items(form)
                .filter_map(|i| answers.get(&*i.id).map(|a| (i.id.to_string(), *a)))
                .collect();
            let before = Report::new(bank, form, &kept).map(|r| (r.overall(), r.band(), r.precision()));
            let after = Report::new(bank, form, &doc.progress.answers).map(|r| (r.overall(), r.band(), r.precision()));
            prop_assert_eq!(before, after);
        }
    }

    #[test]
    fn restoring_replaces_an_attempt_only_when_one_was_started_or_answered() {
        let role = back_end();
        let bank = &role.bank;
        let mut doc = document(bank);
        assert!(!doc.restore_replaces_an_attempt());
        doc.progress.answers.insert(
            "logique-1".to_owned(),
            crate::model::assessment::answers::Answer::Agreement(4),
        );
        assert!(doc.restore_replaces_an_attempt());
        let mut started = document(bank);
        started.progress.start("court", 1_000);
        assert!(started.restore_replaces_an_attempt());
        let code = encode(bank, "court", &Default::default()).unwrap();
        let mut restored = document(bank);
        restored.restore(bank, &Restorable::read(bank, &code).unwrap(), 2_000);
        assert!(restored.restore_replaces_an_attempt());
    }

    #[test]
    fn what_a_code_holds_is_said_before_anything_changes() {
        let role = back_end();
        let bank = &role.bank;
        let answers = crate::model::assessment::answers::Answers::default();
        let code = encode(bank, "court", &answers).unwrap();
        let restorable = Restorable::read(bank, &code).unwrap();
        assert_eq!(restorable.answered, 0);
        assert_eq!(
            restorable.describe(),
            format!(
                "Ce code contient la version courte, avec 0 réponse(s) sur {}. Il ne garde ni ton nom ni la date.",
                restorable.total
            )
        );
    }

    #[test]
    fn a_bad_code_changes_nothing_and_says_why() {
        let role = back_end();
        let bank = &role.bank;
        for text in ["", "ABCD-1234", "1069-1J94-6946-94GS-44BQ", "<script>"] {
            let error = Restorable::read(bank, text).unwrap_err();
            assert!(!error.to_string().is_empty(), "{text}");
        }
    }

    #[test]
    fn a_restored_attempt_enters_the_history() {
        let role = back_end();
        let bank = &role.bank;
        let answers: crate::model::assessment::answers::Answers = bank
            .form_items("court")
            .map(|i| {
                (
                    i.id.to_string(),
                    crate::model::test_support::role_direction(bank, i, true),
                )
            })
            .collect();
        let code = encode(bank, "court", &answers).unwrap();
        let mut doc = document(bank);
        doc.restore(bank, &Restorable::read(bank, &code).unwrap(), 5_000);
        assert_eq!(doc.history.len(), 1);
        assert_eq!(doc.history[0].finished_at, 5_000);
    }
}
