//! The codec writes and reads exactly what serde's derive did: the same text for any
//! document, on one line and indented, and the same verdict on edge cases of reading.

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
    #[test]
    fn writes_what_serde_wrote(document in any_document()) {
        let value = document_value(&document);
        prop_assert_eq!(json::write(&value, false), serde_json::to_string(&document).unwrap());
        prop_assert_eq!(json::write(&value, true), serde_json::to_string_pretty(&document).unwrap());
    }

    /// Write, then read: the same document.
    #[test]
    fn reads_back_what_it_wrote(document in any_document()) {
        for pretty in [false, true] {
            let text = json::write(&document_value(&document), pretty);
            let read = json::parse(&text).and_then(|v| super::document(&v));
            prop_assert_eq!(read, Ok(document.clone()));
        }
    }
}

/// The verdict of serde's derive and of the codec on `text`: the document, or refused.
fn both(text: &str) -> (Option<Document>, Option<Document>) {
    let serde = serde_json::from_str::<Document>(text).ok();
    let ours = json::parse(text).and_then(|v| super::document(&v)).ok();
    (serde, ours)
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

#[test]
fn reads_edge_cases_as_serde_did() {
    let read = [
        doc(PROGRESS, ""),
        // Optional fields absent, or null.
        doc(r#"{"answers":{},"position":0,"finished":true}"#, ""),
        doc(PROGRESS, r#","settings":{"theme":"dark"}"#),
        doc(PROGRESS, r#","settings":{},"tried":{"a":{}}"#),
        doc(PROGRESS, r#","tried":{"a":{"liking":null,"response":[1,2]}}"#),
        r#"{"schema":2,"bank_version":1,"progress":{"answers":{},"position":0,"finished":false},
            "history":[{"started_at":1,"finished_at":2,"form":"court","bank_version":1,"dimensions":{"x":3}}]}"#
            .to_owned(),
        // Unknown fields: ignored inside the progress, an attempt and a record.
        doc(r#"{"answers":{},"position":0,"finished":false,"extra":[1]}"#, ""),
        doc(PROGRESS, r#","tried":{"a":{"x":1}}"#),
        doc(&answered(r#"{"a":{"agreement":1},"a":{"choice":2}}"#), ""),
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
    for text in &read {
        let (serde, ours) = both(text);
        assert!(serde.is_some(), "{text}");
        assert_eq!(ours, serde, "{text}");
    }
    for text in &refused {
        assert_eq!(both(text), (None, None), "{text}");
    }
}
