//! Writing a [`Value`] as JSON text, the way serde_json writes it: on one line, or
//! indented by two spaces with `": "` after a name; strings escaped as it escapes them.

use super::Value;

/// The JSON text of `value`: on one line, or indented by two spaces for people.
pub fn write(value: &Value, pretty: bool) -> String {
    let mut out = String::new();
    write_into(&mut out, value, pretty.then_some(0));
    out
}

fn write_into(out: &mut String, value: &Value, indent: Option<usize>) {
    let items: Vec<(Option<&str>, &Value)> = match value {
        Value::Null => return out.push_str("null"),
        Value::Bool(b) => return out.push_str(if *b { "true" } else { "false" }),
        Value::Number(text) => return out.push_str(text),
        Value::String(text) => return write_string(out, text),
        Value::Array(items) => items.iter().map(|v| (None, v)).collect(),
        Value::Object(fields) => fields.iter().map(|(k, v)| (Some(k.as_str()), v)).collect(),
    };
    let (open, close) = match value {
        Value::Array(_) => ('[', ']'),
        _ => ('{', '}'),
    };
    out.push(open);
    let inner = indent.map(|level| level + 1);
    for (i, (name, item)) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        new_line(out, inner);
        if let Some(name) = name {
            write_string(out, name);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        }
        write_into(out, item, inner);
    }
    if !items.is_empty() {
        new_line(out, indent);
    }
    out.push(close);
}

fn new_line(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", level));
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}
