//! The glossary: plain-French definitions of the technical words the fiche and the quiz
//! use (`data/glossaire.json`), and the segmentation of a text into plain runs and
//! glossary terms, so that the UI can link each term to its definition.

use serde::Deserialize;

use crate::model::base::small_sort::sort_by_key;
use crate::model::base::text::{List, Text};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub entries: List<Entry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// URL-safe id: `#/glossaire/<id>`.
    pub id: Text,
    /// The word as a heading.
    pub term: Text,
    /// The spellings recognised in texts.
    pub aliases: List<Text>,
    pub definition: Text,
    pub example: Text,
}

/// A run of text: plain, or a glossary term to link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// The words as written in the text, and the entry id.
    Term(&'a str, &'a str),
}

impl Glossary {
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Splits `text` into plain runs and terms. Each entry is linked at its first
    /// occurrence not already in `linked` (which collects the ids linked so far, e.g.
    /// in one section: a few dozen at most, so a list), matched whole-word and ignoring
    /// case, the longest alias first.
    pub fn segments<'a>(&'a self, text: &'a str, linked: &mut Vec<&'a str>) -> Vec<Segment<'a>> {
        let mut aliases: Vec<(&str, &str)> = self
            .entries
            .iter()
            .flat_map(|e| e.aliases.iter().map(move |a| (a.as_ref(), e.id.as_ref())))
            .collect();
        sort_by_key(&mut aliases, |(alias, _)| {
            std::cmp::Reverse(alias.chars().count())
        });

        let mut segments = Vec::new();
        let mut plain_start = 0;
        let mut at = 0;
        while at < text.len() {
            let starts_word = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c));
            let found = starts_word
                .then(|| {
                    aliases.iter().find_map(|(alias, id)| {
                        let end = matches_at(text, at, alias)?;
                        let ends_word = text[end..].chars().next().is_none_or(|c| !is_word_char(c));
                        (ends_word && !linked.contains(id)).then_some((end, *id))
                    })
                })
                .flatten();
            match found {
                Some((end, id)) => {
                    if plain_start < at {
                        segments.push(Segment::Text(&text[plain_start..at]));
                    }
                    segments.push(Segment::Term(&text[at..end], id));
                    linked.push(id);
                    at = end;
                    plain_start = end;
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        if plain_start < text.len() {
            segments.push(Segment::Text(&text[plain_start..]));
        }
        segments
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// If `alias` occurs at byte `at` of `text` (ignoring case), the byte where it ends.
fn matches_at(text: &str, at: usize, alias: &str) -> Option<usize> {
    let mut rest = text[at..].char_indices();
    for a in alias.chars() {
        let (_, t) = rest.next()?;
        if !t.to_lowercase().eq(a.to_lowercase()) {
            return None;
        }
    }
    Some(rest.next().map_or(text.len(), |(i, _)| at + i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::loading::glossary::glossary_problems;

    fn glossary() -> Glossary {
        let entry = |id: &'static str, aliases: &[&'static str]| Entry {
            id: id.into(),
            term: id.into(),
            aliases: aliases.iter().map(|a| (*a).into()).collect(),
            definition: "d".into(),
            example: "e".into(),
        };
        Glossary {
            entries: vec![
                entry("api", &["API", "API RESTful"]),
                entry("bdd", &["base de données", "bases de données"]),
                entry("back-end", &["back-end"]),
            ]
            .into(),
        }
    }

    #[test]
    fn terms_are_found_whole_word_ignoring_case_longest_first() {
        let g = glossary();
        let mut linked = Vec::new();
        let s = g.segments(
            "Une API RESTful lit les Bases de données ; une API encore.",
            &mut linked,
        );
        assert_eq!(
            s,
            [
                Segment::Text("Une "),
                Segment::Term("API RESTful", "api"),
                Segment::Text(" lit les "),
                Segment::Term("Bases de données", "bdd"),
                Segment::Text(" ; une API encore."),
            ]
        );
        // Already linked in this section: not again.
        assert_eq!(
            g.segments("une API", &mut linked),
            [Segment::Text("une API")]
        );
    }

    #[test]
    fn parts_of_words_are_not_terms() {
        let g = glossary();
        let text = "RAPIDE, back-ends, capital";
        assert_eq!(g.segments(text, &mut Vec::new()), [Segment::Text(text)]);
    }

    #[test]
    fn the_glossary_file_is_valid_and_covers_the_required_words() {
        let g: Glossary =
            serde_json::from_str(include_str!("../../../data/glossaire.json")).unwrap();
        assert_eq!(glossary_problems(&g), Vec::<String>::new());
        for word in [
            "API",
            "serveur",
            "base de données",
            "SQL",
            "NoSQL",
            "cloud",
            "microservices",
            "DevOps",
            "serverless",
            "framework",
            "front-end",
            "open source",
            "employabilité",
            "mobilité professionnelle",
            "Apec",
            "caisses de prévoyance",
            "génie logiciel",
            "services web",
            "journaux d'erreurs",
            "tests",
            "maquette",
            "ESN",
            "alternance",
            "RNCP",
            "Parcoursup",
            "BTS",
            "SMIC",
            "statut cadre",
            "RQTH",
            "micro-entreprise",
            "portage salarial",
            "code ROME",
        ] {
            let mut linked = Vec::new();
            assert!(
                g.segments(word, &mut linked)
                    .iter()
                    .any(|s| matches!(s, Segment::Term(..))),
                "{word} has no glossary entry"
            );
        }
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn segments_put_back_together_give_the_text(text in "\\PC{0,80}") {
            let g = glossary();
            let joined: String = g
                .segments(&text, &mut Vec::new())
                .iter()
                .map(|s| match s { Segment::Text(t) | Segment::Term(t, _) => *t })
                .collect();
            prop_assert_eq!(joined, text);
        }
    }
}
