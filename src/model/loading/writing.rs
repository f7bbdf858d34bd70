//! The project's writing rules, checked on every text of the data files: no middle dot
//! (French schools follow the 2021 circular that rules it out, and screen readers spell
//! it out: inclusive writing uses doublets and neutral words instead), and sentences of
//! at most [`MAX_SENTENCE_WORDS`] words, which a 15-year-old reads easily.
//!
//! The check walks the JSON text of a data file, so that it sees every string a person
//! reads, whatever type it lands in, and names each by its path in the file
//! (`sections[3].blocks[1].items[2]`). Fields that hold identifiers or addresses rather
//! than prose are left out.
//!
//! Passages in another language (`{en:…}`, see [`crate::model::base::language`]) must be
//! well formed, and only in the fields the app shows with their language
//! ([`MARKED_FIELDS`]); sentences are counted on the text without the markup.

use serde_json::Value;

use crate::model::base::language::{markup_problems, plain};
use crate::model::base::text::word_count;

/// The longest sentence allowed, in words.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// The middle dot of "développeur·se", which the project does not write.
pub const MIDDLE_DOT: char = '·';

/// Fields that hold ids, references to other ids, codes or addresses, not prose (an
/// activity's `response` is the JSON text an API sent).
const NOT_PROSE: [&str; 16] = [
    "id",
    "source",
    "sources",
    "section",
    "dimension",
    "forms",
    "parts",
    "kind",
    "pair",
    "reference",
    "consulted",
    "riasec",
    "family",
    "dimensions",
    "response",
    "op",
];

/// The fields whose text the app shows with its passages in another language and its
/// quotations marked (by the `LangText` and `LinkedText` components): paragraphs and
/// list items, figure labels and notes, answers, definitions, the sources' titles and
/// publishers, the O*NET work styles, the rationales of levels, the nearby roles, and the
/// accessibility audit's statement and criteria.
pub const MARKED_FIELDS: [&str; 17] = [
    "text",
    "note",
    "paragraphs",
    "how",
    "rate_rule",
    "items",
    "summary",
    "label",
    "answer",
    "definition",
    "title",
    "publisher",
    "onet_work_style",
    "rationale",
    "name",
    "description",
    "why",
];

/// Whether the field at `at` (a path such as `sources[4].title`) may hold marked
/// passages. A `title` or `name` may only in a source or a nearby role (elsewhere they
/// are headings and labels shown as plain text), and a `text` not in a question.
pub fn may_mark(at: &str) -> bool {
    let (parent, key) = at.rsplit_once('.').unwrap_or(("", at));
    let key = key.split('[').next().unwrap_or(key);
    match key {
        "title" => parent.starts_with("sources["),
        "name" => parent.starts_with("nearby_roles["),
        // A question's text is also quoted as plain text in the result's explanations.
        "text" => !parent.starts_with("items["),
        _ => MARKED_FIELDS.contains(&key),
    }
}

/// The sentences of a text: it ends one at ".", "!", "?" or "…" followed by a space or
/// the end, so that "4.61" or "Bac+5" stay whole.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ends = matches!(c, '.' | '!' | '?' | '…')
            && chars.peek().is_none_or(|(_, next)| next.is_whitespace());
        if ends {
            let end = i + c.len_utf8();
            found.push(text[start..end].trim());
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        found.push(text[start..].trim());
    }
    found
}

/// What breaks the writing rules in one text shown at `at`.
pub fn text_problems(at: &str, text: &str) -> Vec<String> {
    let mut p: Vec<String> = markup_problems(text)
        .into_iter()
        .map(|problem| format!("{at} : {problem}"))
        .collect();
    let shown = plain(text);
    if !may_mark(at) && shown != text {
        p.push(format!(
            "{at} : passage en langue étrangère dans un champ affiché sans sa langue"
        ));
    }
    let text = &*shown;
    if text.contains(MIDDLE_DOT) {
        p.push(format!(
            "{at} : point médian « · » ; écris avec des doublets (« développeuse ou développeur ») ou des mots neutres"
        ));
    }
    for sentence in sentences(text) {
        let words = word_count(sentence);
        if words > MAX_SENTENCE_WORDS {
            let start: String = sentence.chars().take(50).collect();
            p.push(format!(
                "{at} : phrase de {words} mots (au plus {MAX_SENTENCE_WORDS}) : « {start}… »"
            ));
        }
    }
    p
}

/// What breaks the writing rules anywhere in a data file's JSON; nothing for text that
/// is not JSON (the parser reports that).
pub fn json_problems(json: &str) -> Vec<String> {
    let mut p = Vec::new();
    if let Ok(value) = serde_json::from_str::<Value>(json) {
        walk(&value, "", &mut p);
    }
    p
}

fn walk(value: &Value, at: &str, p: &mut Vec<String>) {
    match value {
        Value::String(text) => p.extend(text_problems(at, text)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &format!("{at}[{i}]"), p);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                if NOT_PROSE.contains(&key.as_str()) {
                    continue;
                }
                let path = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                walk(field, &path, p);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_in_another_language_only_where_the_app_marks_them() {
        assert!(may_mark("sections[2].blocks[0].items[1]"));
        assert!(may_mark("sources[4].title"));
        assert!(may_mark("nearby_roles[3].name"));
        assert!(!may_mark("sections[2].title"));
        assert!(!may_mark("dimensions[0].name"));
        assert!(!may_mark("items[5].options[1].text"));
        assert_eq!(
            text_problems("sections[1].title", "Le {en:back-end}").len(),
            1
        );
        assert_eq!(
            text_problems("sources[1].title", "{en:About Laminas}"),
            Vec::<String>::new()
        );
        assert_eq!(text_problems("summary[0]", "Un {en:mot").len(), 1);
    }

    #[test]
    fn sentences_end_at_a_stop_followed_by_a_space() {
        assert_eq!(
            sentences("Bac+5. Note 4.61 sur 5 ! Et toi ? Fin…"),
            ["Bac+5.", "Note 4.61 sur 5 !", "Et toi ?", "Fin…"]
        );
        assert_eq!(sentences("Sans point final"), ["Sans point final"]);
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn words_are_pieces_with_a_letter_or_a_digit() {
        assert_eq!(word_count("l'équipe — 2 000 € par mois"), 5);
    }

    #[test]
    fn long_sentences_and_middle_dots_are_named_with_their_field() {
        let long = "un ".repeat(26);
        let json = format!(
            r#"{{"id": "a·b", "sections": [{{"title": "Les développeur·ses", "text": "{long}."}}], "reference": "https://a.b/c·d"}}"#
        );
        let p = json_problems(&json);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(
            p.iter()
                .any(|m| m.starts_with("sections[0].title : point médian")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.starts_with("sections[0].text : phrase de 26 mots")),
            "{p:?}"
        );
        assert!(json_problems(&format!(r#"{{"text": "{}."}}"#, "un ".repeat(25))).is_empty());
    }

    /// Every file of the app's shell that holds text people read: no middle dot there
    /// either (the data files are checked when they load).
    #[test]
    fn the_shell_writes_no_middle_dot() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = vec![
            format!("{root}/index.html"),
            format!("{root}/public/manifest.webmanifest"),
            format!("{root}/scripts/post-build.mjs"),
        ];
        let mut dirs = vec![format!("{root}/src/ui")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path.display().to_string());
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path.display().to_string());
                }
            }
        }
        let found: Vec<String> = files
            .iter()
            .flat_map(|file| {
                let text = std::fs::read_to_string(file).unwrap();
                text.lines()
                    .enumerate()
                    .filter(|(_, line)| line.contains(MIDDLE_DOT))
                    .map(|(n, line)| format!("{file}:{}: {}", n + 1, line.trim()))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(found.is_empty(), "middle dots:\n{}", found.join("\n"));
    }
}
