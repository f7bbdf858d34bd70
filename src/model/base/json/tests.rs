//! The JSON reader and writer: what they accept and refuse, that they agree with
//! serde_json on any value, and that any text reads to a value or an error.

use proptest::prelude::*;

use super::fields::{Fields, unsigned};
use super::*;

#[test]
fn valid_json_reads() {
    for text in [
        "null",
        " true ",
        "false",
        "0",
        "-12.5e+3",
        "1E2",
        r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#,
        "[]",
        "[1, [2, {}]]",
        r#"{"a": {"b": []}, "c": null}"#,
        "\n\t{ }\r\n",
    ] {
        assert!(parse(text).is_ok(), "{text}");
    }
    assert_eq!(
        parse(r#""\u00e9\ud83d\ude00/""#),
        Ok(Value::String("é😀/".into()))
    );
}

#[test]
fn invalid_json_is_refused() {
    for text in [
        "",
        " ",
        "nul",
        "tru",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "+1",
        "[1,]",
        "[1 2]",
        "{,}",
        r#"{"a" 1}"#,
        r#"{"a":1,}"#,
        "{1:2}",
        r#"{"a":1"#,
        "[",
        r#""abc"#,
        r#""\x""#,
        r#""\u12""#,
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\ud83d\u0041""#,
        "\"a\u{1}\"",
        "1 2",
        "[] x",
        "NaN",
        "'a'",
    ] {
        assert!(parse(text).is_err(), "{text}");
    }
}

#[test]
fn errors_say_where() {
    assert_eq!(
        parse("[1, x]"),
        Err("JSON invalide : valeur attendue, caractère 5".into())
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(parse(&deep).is_err());
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
}

#[test]
fn unsigned_integers_are_exact_and_nothing_else_is_one() {
    let read = |text: &str| unsigned::<u64>(&parse(text).unwrap());
    assert_eq!(read("18446744073709551615"), Ok(u64::MAX));
    assert_eq!(read("0"), Ok(0));
    for text in ["18446744073709551616", "-1", "1.0", "1e2", "\"1\"", "null"] {
        assert!(read(text).is_err(), "{text}");
    }
    assert!(unsigned::<u8>(&parse("256").unwrap()).is_err());
}

#[test]
fn fields_refuse_unknown_and_repeated_names() {
    let value = parse(r#"{"a":1,"b":2}"#).unwrap();
    assert!(Fields::of(&value, &["a", "b"], true).is_ok());
    assert!(Fields::of(&value, &["a"], false).is_ok());
    assert_eq!(
        Fields::of(&value, &["a"], true).err(),
        Some("champ inconnu « b »".into())
    );
    let twice = parse(r#"{"a":1,"a":2}"#).unwrap();
    assert!(Fields::of(&twice, &["a"], false).is_err());
    let f = Fields::of(&value, &["a", "b", "c"], true).unwrap();
    assert_eq!(f.required("a", unsigned::<u8>), Ok(1));
    assert_eq!(f.or("c", 7, unsigned::<u8>), Ok(7));
    assert!(f.required("c", unsigned::<u8>).is_err());
}

/// Any JSON value serde_json can write, without floats (the app stores none).
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<u64>().prop_map(J::from),
        any::<i64>().prop_map(J::from),
        ".*".prop_map(J::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            proptest::collection::btree_map(".*", inner, 0..6)
                .prop_map(|m| J::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// What serde_json writes reads, and writes again as the same text, on one line
    /// and indented.
    #[test]
    fn reads_and_writes_as_serde_json_does(value in any_json()) {
        let compact = serde_json::to_string(&value).unwrap();
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        let read = parse(&compact);
        prop_assert!(read.is_ok(), "{}: {:?}", compact, read);
        let read = read.unwrap();
        prop_assert_eq!(write(&read, false), compact);
        prop_assert_eq!(&write(&read, true), &pretty);
        prop_assert_eq!(parse(&pretty), Ok(read));
    }

    #[test]
    fn any_text_reads_to_a_value_or_an_error(text in ".*") {
        let _ = parse(&text);
    }

    /// Text made of JSON's own characters, which reaches deeper into the reader.
    #[test]
    fn any_json_like_text_reads_to_a_value_or_an_error(text in r#"[\[\]{}",:\\u0-9a-f .eE+-]{0,64}"#) {
        let _ = parse(&text);
    }

    #[test]
    fn a_valid_text_reads_as_serde_json_reads_it(value in any_json(), cut in 0usize..200) {
        // Any prefix of a valid text: both readers accept it, or both refuse it.
        let text = serde_json::to_string(&value).unwrap();
        let prefix: String = text.chars().take(cut).collect();
        let theirs = serde_json::from_str::<serde_json::Value>(&prefix);
        prop_assert_eq!(parse(&prefix).is_ok(), theirs.is_ok(), "{}", prefix);
    }
}
