//! The text and list types content is made of.
//!
//! The app's content is compiled into the binary as statics ([`super::embedded`]), so
//! its strings and lists are borrowed from the binary; content read from JSON (by the
//! native tests, and to generate those statics) owns them. [`Text`] and [`List`] are
//! both at once: `Cow<'static, _>`, borrowed in the app, owned after parsing. [`lowercase`]
//! lowers names shown in the middle of a sentence.

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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::lowercase;

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
