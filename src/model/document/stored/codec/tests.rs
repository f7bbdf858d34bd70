//! The codec reads back any document it writes, and reads by the stored format's rules:
//! which fields may be absent, which objects refuse unknown fields, what is refused.
//! The golden files of `testdata/stored/` pin the text itself (`stored/tests.rs`).

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;

use super::*;
use crate::model::base::json;

fn any_progress() -> impl Strategy<Value = Progress> {
    let answer = prop_oneof![
        any::<u8>().prop_map(Answer::Agreement),
        any::<u8>().prop_map(Answer::Choice),
    ];
    (
        proptest::option::of(".*"),
        btree_map(".*", answer, 0..5),
        btree_map(".*", any::<u64>(), 0..5),
        (any::<u32>(), any::<bool>(), any::<u64>(), any::<u64>()),
    )
        .prop_map(
            |(form, answers, answered_at, (position, finished, started_at, updated_at))| Progress {
                form,
                answers,
                answered_at,
                position: position as usize,
                finished,
                started_at,
                updated_at,
            },
        )
}

fn any_attempt() -> impl Strategy<Value = Attempt> {
    use proptest::option::of;
    (
        (any::<u64>(), any::<u64>(), ".*", any::<u32>()),
        (of(any::<u8>()), of(any::<u8>()), of(any::<u8>())),
        btree_map(".*", any::<u8>(), 0..4),
    )
        .prop_map(
            |(
                (started_at, finished_at, form, bank_version),
                (overall, interests, qualities),
                dimensions,
            )| Attempt {
                started_at,
                finished_at,
                form,
                bank_version,
                overall,
                interests,
                qualities,
                dimensions,
            },
        )
}

fn any_record() -> impl Strategy<Value = Record> {
    use proptest::option::of;
    (
        vec(any::<u8>(), 0..6),
        any::<bool>(),
        of(any::<u8>()),
        of(any::<u8>()),
        any::<u64>(),
    )
        .prop_map(
            |(response, checked, liking, difficulty, updated_at)| Record {
                response,
                checked,
                liking,
                difficulty,
                updated_at,
            },
        )
}

fn any_document() -> impl Strategy<Value = Document> {
    (
        any::<u32>(),
        any_progress(),
        vec(any_attempt(), 0..3),
        (0usize..3, any::<bool>(), any::<bool>()),
        btree_map(".*", any_record(), 0..3),
    )
        .prop_map(
            |(bank_version, progress, history, (theme, large_text, spacious), tried)| Document {
                schema: super::super::SCHEMA,
                bank_version,
                progress,
                history,
                settings: Settings {
                    theme: THEMES[theme].0,
                    large_text,
                    spacious,
                },
                tried,
            },
        )
}

proptest! {
    /// Write, then read: the same document, on one line and indented.
    #[test]
    fn reads_back_what_it_wrote(document in any_document()) {
        for pretty in [false, true] {
            let text = json::write(&document_value(&document), pretty);
            let read = json::parse(&text).and_then(|v| super::document(&v));
            prop_assert_eq!(read, Ok(document.clone()));
        }
    }
}

/// The document `text` reads to, written again on one line; `None` when refused.
fn read_and_written(text: &str) -> Option<String> {
    let document = json::parse(text).and_then(|v| super::document(&v)).ok()?;
    Some(json::write(&document_value(&document), false))
}

/// A schema 2 document with this progress, an empty history, then `rest`.
fn doc(progress: &str, rest: &str) -> String {
    format!(r#"{{"schema":2,"bank_version":1,"progress":{progress},"history":[]{rest}}}"#)
}

const PROGRESS: &str = r#"{"form":null,"answers":{},"position":0,"finished":false}"#;

/// A progress with these answers.
fn answered(answers: &str) -> String {
    format!(r#"{{"answers":{answers},"position":0,"finished":false}}"#)
}

/// The progress and settings as they are written when nothing is set.
const WRITTEN_PROGRESS: &str = r#"{"form":null,"answers":{},"answered_at":{},"position":0,"finished":false,"started_at":0,"updated_at":0}"#;
const WRITTEN_SETTINGS: &str = r#"{"theme":"system","large_text":false,"spacious":false}"#;

/// A document as it is written: this progress, history, settings, then `rest`.
fn written(progress: &str, history: &str, settings: &str, rest: &str) -> String {
    format!(
        r#"{{"schema":2,"bank_version":1,"progress":{progress},"history":{history},"settings":{settings}{rest}}}"#
    )
}

/// The reading rules: optional fields absent or null take their default, unknown fields
/// are ignored inside a progress, an attempt and a record but refused in the document
/// and the settings, a key given twice in a map keeps its last value; required fields,
/// types, themes, answers and unsigned integers that fit are checked.
#[test]
fn reads_by_the_stored_formats_rules() {
    let empty = written(WRITTEN_PROGRESS, "[]", WRITTEN_SETTINGS, "");
    let finished = WRITTEN_PROGRESS.replace(r#""finished":false"#, r#""finished":true"#);
    let blank_record =
        r#"{"response":[],"checked":false,"liking":null,"difficulty":null,"updated_at":0}"#;
    let read = [
        (doc(PROGRESS, ""), empty.clone()),
        (
            doc(r#"{"answers":{},"position":0,"finished":true}"#, ""),
            written(&finished, "[]", WRITTEN_SETTINGS, ""),
        ),
        (
            doc(PROGRESS, r#","settings":{"theme":"dark"}"#),
            written(
                WRITTEN_PROGRESS,
                "[]",
                r#"{"theme":"dark","large_text":false,"spacious":false}"#,
                "",
            ),
        ),
        (
            doc(PROGRESS, r#","settings":{},"tried":{"a":{}}"#),
            written(WRITTEN_PROGRESS, "[]", WRITTEN_SETTINGS, &format!(r#","tried":{{"a":{blank_record}}}"#)),
        ),
        (
            doc(PROGRESS, r#","tried":{"a":{"liking":null,"response":[1,2]}}"#),
            written(
                WRITTEN_PROGRESS,
                "[]",
                WRITTEN_SETTINGS,
                r#","tried":{"a":{"response":[1,2],"checked":false,"liking":null,"difficulty":null,"updated_at":0}}"#,
            ),
        ),
        (
            r#"{"schema":2,"bank_version":1,"progress":{"answers":{},"position":0,"finished":false},
            "history":[{"started_at":1,"finished_at":2,"form":"court","bank_version":1,"dimensions":{"x":3}}]}"#
                .to_owned(),
            written(
                WRITTEN_PROGRESS,
                r#"[{"started_at":1,"finished_at":2,"form":"court","bank_version":1,"overall":null,"interests":null,"qualities":null,"dimensions":{"x":3}}]"#,
                WRITTEN_SETTINGS,
                "",
            ),
        ),
        // Unknown fields: ignored inside the progress, an attempt and a record.
        (
            doc(r#"{"answers":{},"position":0,"finished":false,"extra":[1]}"#, ""),
            empty.clone(),
        ),
        (
            doc(PROGRESS, r#","tried":{"a":{"x":1}}"#),
            written(WRITTEN_PROGRESS, "[]", WRITTEN_SETTINGS, &format!(r#","tried":{{"a":{blank_record}}}"#)),
        ),
        // A key given twice: the last one.
        (
            doc(&answered(r#"{"a":{"agreement":1},"a":{"choice":2}}"#), ""),
            written(
                &WRITTEN_PROGRESS.replace(r#""answers":{}"#, r#""answers":{"a":{"choice":2}}"#),
                "[]",
                WRITTEN_SETTINGS,
                "",
            ),
        ),
    ];
    let refused = [
        // Unknown fields in the document or the settings, a field twice, a required
        // field missing or null, a wrong type, an unknown theme or answer, numbers
        // that are not unsigned integers that fit.
        doc(PROGRESS, r#","extra":1"#),
        doc(PROGRESS, r#","settings":{"size":1}"#),
        doc(PROGRESS, r#","settings":null"#),
        doc(PROGRESS, r#","settings":{"theme":"bleu"}"#),
        doc(PROGRESS, r#","tried":{"a":{"liking":300}}"#),
        doc(PROGRESS, r#","bank_version":1"#),
        format!(r#"{{"schema":2,"bank_version":1,"progress":{PROGRESS}}}"#),
        format!(r#"{{"schema":2,"bank_version":1,"progress":{PROGRESS},"history":null}}"#),
        format!(r#"{{"schema":2,"bank_version":"1","progress":{PROGRESS},"history":[]}}"#),
        doc(&answered(r#"{"a":{"agreement":1,"choice":2}}"#), ""),
        doc(&answered(r#"{"a":{"other":1}}"#), ""),
        doc(&answered(r#"{"a":{"agreement":256}}"#), ""),
        doc(&answered(r#"{"a":{"agreement":1.5}}"#), ""),
        doc(r#"{"answers":{},"position":-1,"finished":false}"#, ""),
    ];
    for (text, expected) in &read {
        assert_eq!(read_and_written(text).as_ref(), Some(expected), "{text}");
    }
    for text in &refused {
        assert_eq!(read_and_written(text), None, "{text}");
    }
}
