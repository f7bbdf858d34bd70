//! The stored document as JSON, through `model::base::json`: the only description of the
//! stored format. It writes the field names in their order, `null` for an absent
//! option, and leaves `tried` out when empty; it reads with the format's rules (which
//! fields may be absent, which objects refuse unknown fields). The golden files of
//! `testdata/stored/` pin the text (`stored/tests.rs`); `codec/tests.rs` checks the
//! rules, and that any document reads back as written.

use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::progress::Progress;
use crate::model::base::json::Value;
use crate::model::base::json::fields::{
    Fields, Read, boolean, list, map, map_value, number, object, optional, or_null, string, text,
    unsigned,
};
use crate::model::base::text::shown;
use crate::model::document::history::Attempt;
use crate::model::document::settings::{Settings, Theme};
use crate::model::document::tried::{Record, Tried};

use super::Document;

pub fn document_value(d: &Document) -> Value {
    let mut fields = vec![
        ("schema", number(d.schema)),
        ("bank_version", number(d.bank_version)),
        ("progress", progress_value(&d.progress)),
        (
            "history",
            Value::Array(d.history.iter().map(attempt_value).collect()),
        ),
        ("settings", settings_value(&d.settings)),
    ];
    if !d.tried.is_empty() {
        fields.push(("tried", map_value(&d.tried, record_value)));
    }
    object(fields)
}

/// The `schema` field of any object, whatever else it holds.
pub fn schema(value: &Value) -> Read<u32> {
    Fields::of(value, &["schema"], false)?.required("schema", unsigned)
}

/// A schema 2 document.
pub fn document(value: &Value) -> Read<Document> {
    const KNOWN: [&str; 6] = [
        "schema",
        "bank_version",
        "progress",
        "history",
        "settings",
        "tried",
    ];
    let f = Fields::of(value, &KNOWN, true)?;
    Ok(Document {
        schema: f.required("schema", unsigned)?,
        bank_version: f.required("bank_version", unsigned)?,
        progress: f.required("progress", progress)?,
        history: f.required("history", |v| list(v, attempt))?,
        settings: f.or("settings", Settings::default(), settings)?,
        tried: f.or("tried", Tried::new(), |v| map(v, record))?,
    })
}

/// A schema 1 document: its bank version and progress.
pub fn document_v1(value: &Value) -> Read<(u32, Progress)> {
    let f = Fields::of(value, &["schema", "bank_version", "progress"], true)?;
    f.required("schema", unsigned::<u32>)?;
    Ok((
        f.required("bank_version", unsigned)?,
        f.required("progress", progress)?,
    ))
}

fn progress_value(p: &Progress) -> Value {
    object(vec![
        ("form", or_null(p.form.as_deref(), text)),
        ("answers", map_value(&p.answers, answer_value)),
        ("answered_at", map_value(&p.answered_at, |t| number(*t))),
        ("position", number(p.position as u64)),
        ("finished", Value::Bool(p.finished)),
        ("started_at", number(p.started_at)),
        ("updated_at", number(p.updated_at)),
    ])
}

fn progress(value: &Value) -> Read<Progress> {
    const KNOWN: [&str; 7] = [
        "form",
        "answers",
        "answered_at",
        "position",
        "finished",
        "started_at",
        "updated_at",
    ];
    let f = Fields::of(value, &KNOWN, false)?;
    Ok(Progress {
        form: f.or("form", None, |v| optional(v, string))?,
        answers: f.required("answers", answers)?,
        answered_at: f.or("answered_at", Default::default(), |v| map(v, unsigned))?,
        position: f.required("position", unsigned)?,
        finished: f.required("finished", boolean)?,
        started_at: f.or("started_at", 0, unsigned)?,
        updated_at: f.or("updated_at", 0, unsigned)?,
    })
}

fn answer_value(a: &Answer) -> Value {
    match *a {
        Answer::Agreement(n) => object(vec![("agreement", number(n))]),
        Answer::Choice(n) => object(vec![("choice", number(n))]),
    }
}

/// A progress's answers by item id: `{"agreement": 4}` or `{"choice": 2}` each (the
/// group view's test fixture is written this way too).
pub fn answers(value: &Value) -> Read<Answers> {
    map(value, |v| match v {
        Value::Object(fields) => match fields.as_slice() {
            [(kind, n)] if kind == "agreement" => unsigned(n).map(Answer::Agreement),
            [(kind, n)] if kind == "choice" => unsigned(n).map(Answer::Choice),
            _ => Err("réponse inconnue".into()),
        },
        _ => Err("réponse attendue".into()),
    })
}

fn attempt_value(a: &Attempt) -> Value {
    let fit = |f: Option<u8>| or_null(f, number);
    object(vec![
        ("started_at", number(a.started_at)),
        ("finished_at", number(a.finished_at)),
        ("form", text(&a.form)),
        ("bank_version", number(a.bank_version)),
        ("overall", fit(a.overall)),
        ("interests", fit(a.interests)),
        ("qualities", fit(a.qualities)),
        ("dimensions", map_value(&a.dimensions, |n| number(*n))),
    ])
}

fn attempt(value: &Value) -> Read<Attempt> {
    const KNOWN: [&str; 8] = [
        "started_at",
        "finished_at",
        "form",
        "bank_version",
        "overall",
        "interests",
        "qualities",
        "dimensions",
    ];
    let f = Fields::of(value, &KNOWN, false)?;
    Ok(Attempt {
        started_at: f.required("started_at", unsigned)?,
        finished_at: f.required("finished_at", unsigned)?,
        form: f.required("form", string)?,
        bank_version: f.required("bank_version", unsigned)?,
        overall: f.or("overall", None, |v| optional(v, unsigned))?,
        interests: f.or("interests", None, |v| optional(v, unsigned))?,
        qualities: f.or("qualities", None, |v| optional(v, unsigned))?,
        dimensions: f.required("dimensions", |v| map(v, unsigned))?,
    })
}

const THEMES: [(Theme, &str); 3] = [
    (Theme::System, "system"),
    (Theme::Light, "light"),
    (Theme::Dark, "dark"),
];

fn settings_value(s: &Settings) -> Value {
    let theme = THEMES
        .iter()
        .find(|(t, _)| *t == s.theme)
        .map_or("system", |(_, n)| n);
    object(vec![
        ("theme", text(theme)),
        ("large_text", Value::Bool(s.large_text)),
        ("spacious", Value::Bool(s.spacious)),
    ])
}

fn settings(value: &Value) -> Read<Settings> {
    let f = Fields::of(value, &["theme", "large_text", "spacious"], true)?;
    let default = Settings::default();
    Ok(Settings {
        theme: f.or("theme", default.theme, |v| {
            let name = string(v)?;
            THEMES
                .iter()
                .find(|(_, n)| *n == name)
                .map(|(t, _)| *t)
                .ok_or_else(|| format!("thème inconnu « {} »", shown(&name)))
        })?,
        large_text: f.or("large_text", default.large_text, boolean)?,
        spacious: f.or("spacious", default.spacious, boolean)?,
    })
}

fn record_value(r: &Record) -> Value {
    object(vec![
        (
            "response",
            Value::Array(r.response.iter().map(|n| number(*n)).collect()),
        ),
        ("checked", Value::Bool(r.checked)),
        ("liking", or_null(r.liking, number)),
        ("difficulty", or_null(r.difficulty, number)),
        ("updated_at", number(r.updated_at)),
    ])
}

fn record(value: &Value) -> Read<Record> {
    const KNOWN: [&str; 5] = ["response", "checked", "liking", "difficulty", "updated_at"];
    let f = Fields::of(value, &KNOWN, false)?;
    Ok(Record {
        response: f.or("response", Vec::new(), |v| list(v, unsigned))?,
        checked: f.or("checked", false, boolean)?,
        liking: f.or("liking", None, |v| optional(v, unsigned))?,
        difficulty: f.or("difficulty", None, |v| optional(v, unsigned))?,
        updated_at: f.or("updated_at", 0, unsigned)?,
    })
}

#[cfg(test)]
mod tests;
