//! The text and list types content is made of.
//!
//! The app's content is compiled into the binary as statics ([`super::embedded`]), so
//! its strings and lists are borrowed from the binary; content read from JSON (by the
//! native tests, and to generate those statics) owns them. [`Text`] and [`List`] are
//! both at once: `Cow<'static, _>`, borrowed in the app, owned after parsing.

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
