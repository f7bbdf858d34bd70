//! The document kept in the browser's storage, how stored text is read back, and how
//! older versions of it are migrated.
//!
//! One key holds one versioned JSON document: the schema version, the question-bank
//! version the answers were given to, the current [`Progress`] and the history of
//! finished attempts. Reading is total: any text yields a document or a [`ReadError`]
//! saying what is wrong; nothing panics. The same reader checks imported files.
//!
//! Schema versions (fixtures of each are in `src/model/testdata/stored/`):
//! - 1: `{schema, bank_version, progress: {form, answers, position, finished}}`;
//! - 2: adds `progress.answered_at`, `progress.started_at`, `progress.updated_at`
//!   (for merging two tabs) and `history`. A version 1 document migrates with every
//!   time set to 0 and an empty history. `settings` was added to version 2 as an
//!   optional field (absent means the defaults), so no migration is needed for it.

use serde::{Deserialize, Serialize};

use super::history::Attempt;
use super::progress::{Dropped, Progress};
use super::quiz::QuestionBank;
use super::settings::Settings;

/// The storage key: one key for everything the app keeps.
pub const STORAGE_KEY: &str = "metier-back-end";

/// The schema this version of the app writes.
pub const SCHEMA: u32 = 2;

/// Everything the app keeps between visits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub schema: u32,
    /// The question-bank version the answers were given to.
    pub bank_version: u32,
    pub progress: Progress,
    pub history: Vec<Attempt>,
    /// Display settings; absent from documents written before they existed.
    #[serde(default)]
    pub settings: Settings,
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
        }
    }

    /// Reconciles this tab's document with the one another tab just wrote: the
    /// progress and the history are merged so that no answer and no attempt is lost
    /// (see [`super::progress::merge`] and [`super::history::merge`]); the settings are
    /// theirs, since their write is the later one (a tab never hears its own writes),
    /// and a tab that did not adopt them would overwrite them at its next save.
    pub fn merge(&self, theirs: &Document) -> Document {
        Document {
            schema: SCHEMA,
            bank_version: self.bank_version,
            progress: super::progress::merge(&self.progress, &theirs.progress),
            history: super::history::merge(&self.history, &theirs.history),
            settings: theirs.settings,
        }
    }

    /// Marks the attempt finished at `at` and records its summary in the history
    /// (replacing the summary of the same attempt, if it was finished before).
    pub fn finish(&mut self, bank: &QuestionBank, at: u64) {
        self.progress.finish(at);
        let p = &self.progress;
        let summary = p.form.as_deref().and_then(|form| {
            let report = super::report::Report::new(bank, form, &p.answers)?;
            Some(Attempt::of(&report, p.started_at, at, bank.version))
        });
        if let Some(attempt) = summary {
            super::history::record(&mut self.history, attempt);
        }
    }

    /// Nothing started, nothing finished, nothing set: there is nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        self.progress == Progress::default()
            && self.history.is_empty()
            && self.settings == Settings::default()
    }
}

/// Schema 1, as released: no timestamps, no history.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentV1 {
    #[allow(dead_code, reason = "read to check the shape; the version is known")]
    schema: u32,
    bank_version: u32,
    progress: Progress,
}

/// Why stored text could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not the shape of a document.
    Unreadable(String),
    /// Written by a newer version of the app.
    FutureSchema(u32),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Unreadable(why) => write!(f, "données illisibles ({why})"),
            ReadError::FutureSchema(v) => write!(
                f,
                "données écrites par une version plus récente de l'app (schéma {v}, \
                 celle-ci lit jusqu'au schéma {SCHEMA})"
            ),
        }
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
}

/// Reads stored text into a document usable with `bank`: migrates older schemas,
/// drops what the bank cannot use, and reports both.
pub fn read(text: &str, bank: &QuestionBank) -> Result<(Document, ReadReport), ReadError> {
    #[derive(Deserialize)]
    struct Header {
        schema: u32,
    }
    let unreadable = |e: serde_json::Error| ReadError::Unreadable(e.to_string());
    let header: Header = serde_json::from_str(text).map_err(unreadable)?;
    let mut report = ReadReport::default();
    let mut document = match header.schema {
        1 => {
            let old: DocumentV1 = serde_json::from_str(text).map_err(unreadable)?;
            report.migrated_from = Some(1);
            Document {
                schema: SCHEMA,
                bank_version: old.bank_version,
                progress: old.progress,
                history: Vec::new(),
                settings: Settings::default(),
            }
        }
        SCHEMA => serde_json::from_str(text).map_err(unreadable)?,
        0 => return Err(ReadError::Unreadable("version de schéma 0 inconnue".into())),
        future => return Err(ReadError::FutureSchema(future)),
    };
    if document.bank_version != bank.version {
        report.bank_changed_from = Some(document.bank_version);
        document.bank_version = bank.version;
    }
    report.dropped = document.progress.sanitize(bank);
    Ok((document, report))
}

/// The text stored for a document.
pub fn write(document: &Document) -> String {
    serde_json::to_string(document).unwrap_or_default()
}

/// The text of an exported file: the same document, indented for people.
pub fn export(document: &Document) -> String {
    serde_json::to_string_pretty(document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::answers::Answer;
    use crate::model::progress::Progress;
    use crate::model::settings::{Settings, Theme};
    use crate::model::test_support::{any_answers, back_end};

    /// Every released schema, as a fixture: each must keep reading, with its answers.
    const FIXTURES: [(u32, &str); 2] = [
        (1, include_str!("testdata/stored/v1.json")),
        (2, include_str!("testdata/stored/v2.json")),
    ];

    #[test]
    fn every_released_schema_reads_with_its_answers() {
        let role = back_end();
        for (schema, text) in FIXTURES {
            let (document, report) =
                read(text, &role.bank).unwrap_or_else(|e| panic!("v{schema}: {e}"));
            assert_eq!(document.schema, SCHEMA);
            assert_eq!(
                report.migrated_from,
                (schema < SCHEMA).then_some(schema),
                "v{schema}"
            );
            // The fixtures were written with the first question bank: its situations were
            // all rewritten under new ids in bank 2, so the answer to one is dropped and
            // reported, never read as an answer to another question.
            assert_eq!(report.bank_changed_from, Some(1), "v{schema}");
            assert_eq!(
                report.dropped.unknown_items,
                ["sit-bug-vendredi"],
                "v{schema}: {:?}",
                report.dropped
            );
            assert_eq!(
                document.progress.form.as_deref(),
                Some("court"),
                "v{schema}"
            );
            assert_eq!(document.progress.answers.len(), 2, "v{schema}");
            assert!(!document.progress.answers.contains_key("sit-bug-vendredi"));
            assert_eq!(document.progress.position, 3, "v{schema}");
            // A migrated document writes and reads back as the current schema.
            let (again, _) = read(&write(&document), &role.bank).unwrap();
            assert_eq!(again, document);
        }
    }

    #[test]
    fn a_version_one_document_migrates_with_empty_history() {
        let role = back_end();
        let (document, _) = read(FIXTURES[0].1, &role.bank).unwrap();
        assert!(document.history.is_empty());
        assert_eq!(document.progress.started_at, 0);
    }

    #[test]
    fn a_changed_bank_is_reported() {
        let role = back_end();
        let text = FIXTURES[1]
            .1
            .replace(r#""bank_version": 1"#, r#""bank_version": 0"#);
        let (document, report) = read(&text, &role.bank).unwrap();
        assert_eq!(report.bank_changed_from, Some(0));
        assert_eq!(document.bank_version, role.bank.version);
    }

    #[test]
    fn a_saved_document_reads_back() {
        let role = back_end();
        let mut progress = Progress::default();
        let first = role.bank.form_items("court").next().unwrap();
        progress.start("court", 1);
        assert!(progress.answer(&role.bank, &first.id, Answer::Agreement(4), 2));
        let document = Document::new(&role.bank, progress, Vec::new(), Settings::default());
        let (read_back, report) = read(&write(&document), &role.bank).unwrap();
        assert_eq!(read_back, document);
        assert_eq!(report, ReadReport::default());
        let (imported, _) = read(&export(&document), &role.bank).unwrap();
        assert_eq!(imported, document);
    }

    #[test]
    fn unknown_items_and_bad_values_are_dropped_and_counted() {
        let role = back_end();
        let item = &role.bank.items[0].id;
        let text = format!(
            r#"{{"schema":1,"bank_version":1,"progress":{{"form":"court","answers":{{
                "{item}":{{"agreement":9}},"disparu":{{"agreement":2}}}},"position":999,"finished":false}}}}"#
        );
        let (document, report) = read(&text, &role.bank).unwrap();
        let dropped = report.dropped;
        assert!(document.progress.answers.is_empty());
        assert_eq!(dropped.unknown_items, ["disparu"]);
        assert_eq!(dropped.invalid_values, std::slice::from_ref(item));
        assert_eq!(
            document.progress.position,
            role.bank.form_items("court").count() - 1
        );
    }

    #[test]
    fn an_unknown_form_is_dropped() {
        let role = back_end();
        let text = r#"{"schema":1,"bank_version":1,"progress":{"form":"ancien","answers":{},"position":0,"finished":true}}"#;
        let (document, report) = read(text, &role.bank).unwrap();
        let dropped = report.dropped;
        assert_eq!(document.progress.form, None);
        assert_eq!(dropped.unknown_form.as_deref(), Some("ancien"));
    }

    #[test]
    fn a_future_schema_is_refused_by_name() {
        let role = back_end();
        let text = r#"{"schema":99,"something":"new"}"#;
        assert_eq!(read(text, &role.bank), Err(ReadError::FutureSchema(99)));
    }

    #[test]
    fn wrong_types_are_unreadable() {
        let role = back_end();
        for text in [
            "",
            r#"{"schema":0}"#,
            r#"{"schema":2,"bank_version":1,"progress":{"form":null,"answers":{},"position":0,"finished":false},"history":[],"extra":1}"#,
            "null",
            "[]",
            "{",
            r#"{"schema":"1"}"#,
            r#"{"schema":1,"bank_version":1,"progress":{"answers":[]}}"#,
        ] {
            assert!(
                matches!(read(text, &role.bank), Err(ReadError::Unreadable(_))),
                "{text}"
            );
        }
    }

    fn document_with(answers: crate::model::answers::Answers, at: u64, theme: u8) -> Document {
        let role = back_end();
        let mut progress = Progress::default();
        progress.start("court", at);
        for (id, answer) in answers {
            progress.answer(&role.bank, &id, answer, at + 1);
        }
        let theme = [Theme::System, Theme::Light, Theme::Dark][usize::from(theme % 3)];
        Document::new(
            &role.bank,
            progress,
            Vec::new(),
            Settings {
                theme,
                ..Settings::default()
            },
        )
    }

    #[test]
    fn finishing_records_the_attempt_once() {
        let role = back_end();
        let answers = role
            .bank
            .form_items("court")
            .map(|i| {
                (
                    i.id.to_string(),
                    crate::model::test_support::role_direction(&role.bank, i, true),
                )
            })
            .collect();
        let mut document = document_with(answers, 10, 0);
        document.finish(&role.bank, 20);
        assert!(document.progress.finished);
        assert_eq!(document.history.len(), 1);
        assert_eq!(document.history[0].finished_at, 20);
        assert_eq!(document.history[0].overall, Some(100));
        // Asked again after a review: the same attempt, recorded once, at its new time.
        document.finish(&role.bank, 30);
        assert_eq!(document.history.len(), 1);
        assert_eq!(document.history[0].finished_at, 30);
    }

    proptest! {
        /// The merge keeps every answer of both tabs, takes the other tab's settings, and
        /// changes nothing when both tabs hold the same document.
        #[test]
        fn merging_keeps_answers_and_takes_the_later_settings(
            mine in any_answers(&back_end().bank),
            theirs in any_answers(&back_end().bank),
            my_theme in 0u8..3,
            their_theme in 0u8..3,
        ) {
            let a = document_with(mine.clone(), 5, my_theme);
            let mut b = document_with(theirs.clone(), 5, their_theme);
            b.progress.started_at = a.progress.started_at;
            let merged = a.merge(&b);
            prop_assert_eq!(merged.settings, b.settings);
            for id in mine.keys().chain(theirs.keys()) {
                if a.progress.answers.contains_key(id) || b.progress.answers.contains_key(id) {
                    prop_assert!(merged.progress.answers.contains_key(id), "{} lost", id);
                }
            }
            prop_assert_eq!(a.merge(&a), a.clone());
        }

        #[test]
        fn any_text_reads_to_a_value_or_an_error(text in ".*") {
            let role = back_end();
            let _ = read(&text, &role.bank);
        }

        #[test]
        fn any_bytes_read_to_a_value_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let role = back_end();
            let _ = read(&String::from_utf8_lossy(&bytes), &role.bank);
        }

        #[test]
        fn save_then_load_round_trips(
            answers in any_answers(&back_end().bank),
            full in any::<bool>(),
            position in 0usize..80,
            finished in any::<bool>(),
        ) {
            let role = back_end();
            let form = if full { "complet" } else { "court" };
            let mut progress = Progress::default();
            progress.start(form, 1);
            for (id, answer) in &answers {
                prop_assert!(progress.answer(&role.bank, id, *answer, 2));
            }
            progress.go_to(&role.bank, position, 3);
            progress.finished = finished;
            let history = vec![crate::model::history::Attempt::of(
                &crate::model::report::Report::new(&role.bank, form, &progress.answers).unwrap(), 1, 4, 1,
            )];
            let document = Document::new(&role.bank, progress, history, Settings { large_text: true, ..Settings::default() });
            let (read_back, report) = read(&write(&document), &role.bank).unwrap();
            prop_assert_eq!(read_back, document);
            prop_assert_eq!(report, ReadReport::default());
        }
    }
}
