//! Reading a [`Value`] as the app's types, and building one: an object's fields as a
//! struct's ([`Fields`]), unsigned integers, booleans, strings, lists, maps, and
//! `null` for an absent option. Every reader returns an error in words, never panics.

use std::collections::BTreeMap;

use super::Value;
use crate::model::base::text::shown;

/// What a reader gives: the value, or what is wrong with it.
pub type Read<T> = Result<T, String>;

/// An object read as a struct's fields.
pub struct Fields<'a> {
    fields: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    /// `value` as an object with each of `known` at most once; with `strict`, no other
    /// field either (serde's `deny_unknown_fields`).
    pub fn of(value: &'a Value, known: &[&str], strict: bool) -> Read<Fields<'a>> {
        let Value::Object(fields) = value else {
            return Err("objet attendu".into());
        };
        for (i, (name, _)) in fields.iter().enumerate() {
            let is_known = known.contains(&name.as_str());
            if strict && !is_known {
                return Err(format!("champ inconnu « {} »", shown(name)));
            }
            if is_known && fields[..i].iter().any(|(other, _)| other == name) {
                return Err(format!("champ « {name} » en double"));
            }
        }
        Ok(Fields { fields })
    }

    fn get(&self, name: &str) -> Option<&'a Value> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The field `name`, which must be there.
    pub fn required<T>(&self, name: &str, read: fn(&'a Value) -> Read<T>) -> Read<T> {
        match self.get(name) {
            Some(value) => read(value).map_err(|e| within(name, e)),
            None => Err(format!("champ « {name} » manquant")),
        }
    }

    /// The field `name`, or `default` when it is absent.
    pub fn or<T>(&self, name: &str, default: T, read: fn(&'a Value) -> Read<T>) -> Read<T> {
        match self.get(name) {
            Some(value) => read(value).map_err(|e| within(name, e)),
            None => Ok(default),
        }
    }
}

/// An error found inside the field or key `name` (shown safely: a map's key is the
/// file's). Not generic, so written once.
fn within(name: &str, error: String) -> String {
    format!("{} : {error}", shown(name))
}

/// An unsigned integer that fits `T`: no sign, fraction or exponent.
pub fn unsigned<T: TryFrom<u64>>(value: &Value) -> Read<T> {
    match value {
        Value::Number(text) => text
            .parse::<u64>()
            .ok()
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| format!("nombre entier hors limites ({text})")),
        _ => Err("nombre entier attendu".into()),
    }
}

pub fn boolean(value: &Value) -> Read<bool> {
    match value {
        Value::Bool(b) => Ok(*b),
        _ => Err("vrai ou faux attendu".into()),
    }
}

pub fn string(value: &Value) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err("texte attendu".into()),
    }
}

/// `null` as `None`, anything else through `read`.
pub fn optional<'a, T>(value: &'a Value, read: fn(&'a Value) -> Read<T>) -> Read<Option<T>> {
    match value {
        Value::Null => Ok(None),
        value => read(value).map(Some),
    }
}

pub fn list<'a, T>(value: &'a Value, read: fn(&'a Value) -> Read<T>) -> Read<Vec<T>> {
    match value {
        Value::Array(items) => items.iter().map(read).collect(),
        _ => Err("liste attendue".into()),
    }
}

/// An object as a map by field name; of a name given twice, the last one counts.
pub fn map<'a, T>(value: &'a Value, read: fn(&'a Value) -> Read<T>) -> Read<BTreeMap<String, T>> {
    let Value::Object(fields) = value else {
        return Err("objet attendu".into());
    };
    let mut map = BTreeMap::new();
    for (name, value) in fields {
        map.insert(name.clone(), read(value).map_err(|e| within(name, e))?);
    }
    Ok(map)
}

/// An object with these fields, in this order.
pub fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(n, v)| (n.to_owned(), v)).collect())
}

pub fn number(n: impl Into<u64>) -> Value {
    Value::Number(n.into().to_string())
}

pub fn text(s: &str) -> Value {
    Value::String(s.to_owned())
}

/// `None` as `null`.
pub fn or_null<T>(option: Option<T>, write: impl Fn(T) -> Value) -> Value {
    option.map_or(Value::Null, write)
}

/// A map as an object, in key order.
pub fn map_value<T>(map: &BTreeMap<String, T>, write: impl Fn(&T) -> Value) -> Value {
    Value::Object(map.iter().map(|(k, v)| (k.clone(), write(v))).collect())
}
