//! The document kept in the browser's storage, how stored text is read back, and how
//! older versions of it are migrated.
//!
//! One key holds one versioned JSON document: the schema version, the question-bank
//! version the answers were given to, the current [`Progress`] and the history of
//! finished attempts. Reading is total: any text yields a document or a [`ReadError`]
//! saying what is wrong; nothing panics. The same reader checks imported files.
//!
//! Schema versions (a golden file of each, `vN.json`, in `src/model/testdata/stored/`,
//! must keep reading; `v2-written.json` is what this version writes, byte for byte):
//! - 1: `{schema, bank_version, progress: {form, answers, position, finished}}`;
//! - 2: adds `progress.answered_at`, `progress.started_at`, `progress.updated_at`
//!   (for merging two tabs) and `history`. A version 1 document migrates with every
//!   time set to 0 and an empty history. `settings` was added to version 2 as an
//!   optional field (absent means the defaults), so no migration is needed for it;
//!   `tried` (« Essayer le métier ») likewise, absent meaning no activity opened.

use super::history::{self, Attempt};
use super::settings::Settings;
use crate::model::assessment::progress::{Dropped, Progress};
use crate::model::assessment::report::Report;
use crate::model::base::json;
use crate::model::base::read_error::ReadError;
use crate::model::base::text::lowercase;
use crate::model::document::tried::{self, DroppedTried, Tried};
use crate::model::role::quiz::QuestionBank;

/// The keys the app writes for one role, all made from the role's storage key
/// (`app.storage_key` in its fiche): the document, the backup of unreadable data, the
/// workshop settings, and the facilitator's group with its own backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    /// The document: everything the person's visits keep.
    pub document: String,
    /// Unreadable data, kept aside instead of thrown away.
    pub backup: String,
    /// The facilitator's workshop settings, apart from the person's document.
    pub workshop: String,
    /// Set once the visitor was told that this browser may erase the storage.
    pub told_eviction: String,
    /// The facilitator's group (`model::classroom::kept_group`), apart from the person's
    /// document.
    pub group: String,
    /// An unreadable group, kept aside.
    pub group_backup: String,
}

impl Keys {
    pub fn of(storage_key: &str) -> Keys {
        Keys {
            document: storage_key.to_owned(),
            backup: format!("{storage_key}.sauvegarde"),
            workshop: format!("{storage_key}.atelier"),
            told_eviction: format!("{storage_key}.avis-effacement"),
            group: format!("{storage_key}.groupe"),
            group_backup: format!("{storage_key}.groupe.sauvegarde"),
        }
    }

    /// Whether `key` is one the app wrote (the document, or a key that starts with it
    /// and a dot).
    pub fn owns(&self, key: &str) -> bool {
        key == self.document
            || key
                .strip_prefix(&self.document)
                .is_some_and(|rest| rest.starts_with('.'))
    }
}

/// The schema this version of the app writes.
pub const SCHEMA: u32 = 2;

/// Everything the app keeps between visits.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub schema: u32,
    /// The question-bank version the answers were given to.
    pub bank_version: u32,
    pub progress: Progress,
    pub history: Vec<Attempt>,
    /// Display settings; absent from documents written before they existed.
    pub settings: Settings,
    /// The activities of « Essayer le métier » opened, with their work and ratings;
    /// absent from documents written before they existed. Kept apart from the
    /// progress: they can be done before or after the quiz, and a restart keeps them.
    pub tried: Tried,
}

impl Document {
    pub fn new(
        bank: &QuestionBank,
        progress: Progress,
        history: Vec<Attempt>,
        settings: Settings,
    ) -> Document {
        Document {
            schema: SCHEMA,
            bank_version: bank.version,
            progress,
            history,
            settings,
            tried: Tried::new(),
        }
    }

    /// Reconciles this tab's document with the one another tab just wrote: the
    /// progress and the history are merged so that no answer and no attempt is lost
    /// (see [`crate::model::assessment::progress::merge`] and [`super::history::merge`]); the settings are
    /// theirs, since their write is the later one (a tab never hears its own writes),
    /// and a tab that did not adopt them would overwrite them at its next save.
    pub fn merge(&self, theirs: &Document) -> Document {
        Document {
            schema: SCHEMA,
            bank_version: self.bank_version,
            progress: crate::model::assessment::progress::merge(&self.progress, &theirs.progress),
            history: super::history::merge(&self.history, &theirs.history),
            settings: theirs.settings,
            tried: tried::merge(&self.tried, &theirs.tried),
        }
    }

    /// The report of the current attempt: its answers to its form, and the activities
    /// rated so far; `None` before a form is chosen (or when the bank has no such form).
    pub fn report<'a>(&self, bank: &'a QuestionBank) -> Option<Report<'a>> {
        let progress = &self.progress;
        let form = progress.form.as_deref()?;
        Report::with_ratings(bank, form, &progress.answers, &tried::ratings(&self.tried))
    }

    /// Marks the attempt finished at `at` and records its summary in the history
    /// (replacing the summary of the same attempt, if it was finished before). The
    /// activities rated so far count in it.
    pub fn finish(&mut self, bank: &QuestionBank, at: u64) {
        self.progress.finish(at);
        if let Some(report) = self.report(bank) {
            let attempt = Attempt::of(&report, self.progress.started_at, at, bank.version);
            super::history::record(&mut self.history, attempt);
        }
    }

    /// What the document holds, in one line for « Mes données »: the form under way
    /// and how far, how many results are kept, and the day it last changed, written by
    /// `date` (the device's calendar, which the model does not know).
    pub fn summary(&self, bank: &QuestionBank, date: impl Fn(u64) -> String) -> String {
        let progress = &self.progress;
        let form = progress
            .form
            .as_deref()
            .and_then(|f| bank.form(f))
            .map_or_else(
                || "aucun questionnaire en cours".to_owned(),
                |f| {
                    format!(
                        "{} en cours, {} réponse(s) sur {}",
                        lowercase(&f.name),
                        progress.answered(bank),
                        progress.len(bank)
                    )
                },
            );
        let saved = match progress.updated_at {
            0 => String::new(),
            at => format!(", modifié le {}", date(at)),
        };
        format!(
            "{form}, {} résultat(s) enregistré(s){saved}",
            self.history.len()
        )
    }

    /// Nothing started, nothing finished, nothing set, no activity opened: there is
    /// nothing worth keeping, and no trace of a person. Anything else (one answer, one
    /// activity tried or rated, one display setting changed) is what the kiosk wipes
    /// for the next person.
    pub fn is_empty(&self) -> bool {
        self.progress == Progress::default()
            && self.history.is_empty()
            && self.settings == Settings::default()
            && self.tried.is_empty()
    }
}

/// What reading found besides the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadReport {
    /// Answers and form that the current bank cannot use, removed.
    pub dropped: Dropped,
    /// The schema the text was written with, when older than [`SCHEMA`].
    pub migrated_from: Option<u32>,
    /// The bank version the answers were given to, when it differs from the current one.
    pub bank_changed_from: Option<u32>,
    /// Activities, ratings and work that the current role cannot use, removed or reset.
    pub dropped_tried: DroppedTried,
    /// Older finished attempts left out, beyond the [`history::MAX_ATTEMPTS`] latest.
    pub left_out_attempts: usize,
}

/// Reads stored text into a document usable with `bank`: migrates older schemas,
/// drops what the bank cannot use, keeps the [`history::MAX_ATTEMPTS`] latest attempts of the
/// history, and reports all three.
pub fn read(text: &str, bank: &QuestionBank) -> Result<(Document, ReadReport), ReadError> {
    let value = json::parse(text).map_err(ReadError::Unreadable)?;
    let schema = codec::schema(&value).map_err(ReadError::Unreadable)?;
    let mut report = ReadReport::default();
    let mut document = match schema {
        1 => {
            let (bank_version, progress) =
                codec::document_v1(&value).map_err(ReadError::Unreadable)?;
            report.migrated_from = Some(1);
            Document {
                schema: SCHEMA,
                bank_version,
                progress,
                history: Vec::new(),
                settings: Settings::default(),
                tried: Tried::new(),
            }
        }
        SCHEMA => codec::document(&value).map_err(ReadError::Unreadable)?,
        0 => return Err(ReadError::Unreadable("version de schéma 0 inconnue".into())),
        future => {
            return Err(ReadError::Newer {
                found: future,
                reads: SCHEMA,
            });
        }
    };
    if document.bank_version != bank.version {
        report.bank_changed_from = Some(document.bank_version);
        document.bank_version = bank.version;
    }
    report.dropped = document.progress.sanitize(bank);
    report.dropped_tried = tried::sanitize(&mut document.tried, &bank.activities);
    report.left_out_attempts = history::bound(&mut document.history);
    Ok((document, report))
}

/// The text stored for a document.
pub fn write(document: &Document) -> String {
    json::write(&codec::document_value(document), false)
}

/// The text of an exported file: the same document, indented for people.
pub fn export(document: &Document) -> String {
    json::write(&codec::document_value(document), true)
}

pub(crate) mod codec;

#[cfg(test)]
mod tests;
