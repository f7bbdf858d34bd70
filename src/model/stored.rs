//! The document kept in the browser's storage, and how stored text is read back.
//!
//! One key holds one versioned JSON document: the schema version, the question-bank
//! version the answers were given to, and the [`Progress`]. Reading is total: any text
//! yields a document or a [`ReadError`] saying what is wrong; nothing panics.

use serde::{Deserialize, Serialize};

use super::progress::{Dropped, Progress};
use super::quiz::QuestionBank;

/// The storage key: one key for everything the app keeps.
pub const STORAGE_KEY: &str = "metier-back-end";

/// The schema this version of the app writes.
pub const SCHEMA: u32 = 1;

/// Everything the app keeps between visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub schema: u32,
    /// The question-bank version the answers were given to.
    pub bank_version: u32,
    pub progress: Progress,
}

impl Document {
    pub fn new(bank: &QuestionBank, progress: Progress) -> Document {
        Document {
            schema: SCHEMA,
            bank_version: bank.version,
            progress,
        }
    }
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
            ReadError::FutureSchema(v) => {
                write!(
                    f,
                    "données écrites par une version plus récente de l'app (schéma {v})"
                )
            }
        }
    }
}

/// Reads stored text into a document usable with `bank`, and says what had to be
/// dropped (answers to items that no longer exist, values out of range).
pub fn read(text: &str, bank: &QuestionBank) -> Result<(Document, Dropped), ReadError> {
    #[derive(Deserialize)]
    struct Header {
        schema: u32,
    }
    let header: Header =
        serde_json::from_str(text).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    if header.schema > SCHEMA {
        return Err(ReadError::FutureSchema(header.schema));
    }
    let mut document: Document =
        serde_json::from_str(text).map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let dropped = document.progress.sanitize(bank);
    document.bank_version = bank.version;
    Ok((document, dropped))
}

/// The text stored for a document.
pub fn write(document: &Document) -> String {
    serde_json::to_string(document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::answers::Answer;
    use crate::model::test_support::{any_answers, back_end};

    #[test]
    fn a_saved_document_reads_back() {
        let role = back_end();
        let mut progress = Progress::default();
        progress.start("court");
        let first = role.bank.form_items("court").next().unwrap();
        assert!(progress.answer(&role.bank, &first.id, Answer::Agreement(4)));
        let document = Document::new(&role.bank, progress);
        let (read_back, dropped) = read(&write(&document), &role.bank).unwrap();
        assert_eq!(read_back, document);
        assert!(dropped.is_empty());
    }

    #[test]
    fn unknown_items_and_bad_values_are_dropped_and_counted() {
        let role = back_end();
        let item = &role.bank.items[0].id;
        let text = format!(
            r#"{{"schema":1,"bank_version":1,"progress":{{"form":"court","answers":{{
                "{item}":{{"agreement":9}},"disparu":{{"agreement":2}}}},"position":999,"finished":false}}}}"#
        );
        let (document, dropped) = read(&text, &role.bank).unwrap();
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
        let (document, dropped) = read(text, &role.bank).unwrap();
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

    proptest! {
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
            let mut progress = Progress { form: Some(form.to_owned()), answers, position: 0, finished };
            progress.go_to(&role.bank, position);
            let document = Document::new(&role.bank, progress);
            let (read_back, dropped) = read(&write(&document), &role.bank).unwrap();
            prop_assert_eq!(read_back, document);
            prop_assert!(dropped.is_empty());
        }
    }
}
