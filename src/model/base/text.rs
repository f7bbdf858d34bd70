//! The text and list types content is made of.
//!
//! The app's content is compiled into the binary as statics ([`crate::model::role::embedded`]), so
//! its strings and lists are borrowed from the binary; content read from JSON (by the
//! native tests, and to generate those statics) owns them. [`Text`] and [`List`] are
//! both at once: `Cow<'static, _>`, borrowed in the app, owned after parsing. [`lowercase`]
//! lowers names shown in the middle of a sentence. [`shown`] and [`character`] echo
//! untrusted text in a message without letting it hide or reorder the line. [`word_count`]
//! counts words as a reader sees them.

use std::borrow::Cow;

/// A string of content: `Borrowed` when compiled in, `Owned` when parsed.
pub type Text = Cow<'static, str>;

/// A list of content: `Borrowed` when compiled in, `Owned` when parsed.
pub type List<T> = Cow<'static, [T]>;

/// Reads a JSON object as a list of `(key, value)` pairs in key order: maps of content
/// are kept as lists so that they too can be compiled in.
pub fn map_entries<'de, D, K, V>(deserializer: D) -> Result<List<(K, V)>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: serde::Deserialize<'de> + Ord + Clone,
    V: serde::Deserialize<'de> + Clone,
{
    let map: std::collections::BTreeMap<K, V> = serde::Deserialize::deserialize(deserializer)?;
    Ok(map.into_iter().collect::<Vec<_>>().into())
}

/// `text` in lower case, character by character, for names shown mid-sentence
/// ("Commencer la version courte"). Unlike `str::to_lowercase` it does not apply
/// Unicode's final-sigma rule (a capital `Σ` always becomes `σ`), which would bring
/// Unicode's "cased" tables into the wasm (about 6 KB, 1.9 KB brotli) for a letter
/// French never uses.
pub fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

/// Words of a text: whitespace-separated pieces with a letter or a digit in them
/// ("l'équipe" is one word, a lone "—" or "€" none). The writing rules count a
/// sentence's words with it, and the fiche its reading time.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The most characters of untrusted text a message echoes.
const MAX_SHOWN: usize = 40;

/// Whether `c` shows as itself in a message: not a control character, and not one of
/// the invisible or direction-changing characters (a right-to-left override would
/// reorder the rest of the line).
fn shows_as_itself(c: char) -> bool {
    !(c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'))
}

/// A character's code point, `U+202E`.
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Untrusted text (a field name of an imported file) for a message: each character that
/// does not show as itself written as its code point, and the first
/// [`MAX_SHOWN`] characters only, then "…".
pub fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == MAX_SHOWN {
            out.push('…');
            break;
        }
        match shows_as_itself(c) {
            true => out.push(c),
            false => out.push_str(&code_point(c)),
        }
    }
    out
}

/// A refused character named for a message: « @ », U+0040 for a visible ASCII
/// character, its code point alone for any other (it may be invisible, look like an
/// accepted one, or reorder the line).
pub fn character(c: char) -> String {
    match c.is_ascii_graphic() {
        true => format!("« {c} », {}", code_point(c)),
        false => code_point(c),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{character, lowercase, shown};

    #[test]
    fn untrusted_text_cannot_hide_or_reorder_a_message() {
        assert_eq!(shown("ab\u{202E}cd\u{200B}é\n"), "abU+202EcdU+200BéU+000A");
        assert_eq!(shown(&"x".repeat(41)), format!("{}…", "x".repeat(40)));
        assert_eq!(character('@'), "« @ », U+0040");
        assert_eq!(character('\u{202E}'), "U+202E");
        assert_eq!(character('é'), "U+00E9");
    }

    #[test]
    fn lowers_french() {
        assert_eq!(
            lowercase("Développeuse ou Développeur Back-End"),
            "développeuse ou développeur back-end"
        );
        assert_eq!(lowercase("ÉCRIT À L'ŒIL, ÇA"), "écrit à l'œil, ça");
    }

    proptest! {
        #[test]
        fn is_str_to_lowercase_but_for_sigma(text in "\\PC*") {
            prop_assume!(!text.contains('Σ'));
            prop_assert_eq!(lowercase(&text), text.to_lowercase());
        }
    }
}
