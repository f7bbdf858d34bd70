//! Passages in another language, and quotations, inside the app's French texts.
//!
//! The data marks a passage in another language as `{en:Analytical Thinking}`: a
//! language tag of two or three lowercase letters, a colon, and the passage. The UI puts
//! each passage in an element with that `lang`, so that a screen reader pronounces it in
//! its language (RGAA 8.7). Loanwords in common French use (back-end, DevOps, freelance)
//! are French and stay unmarked. The words of a source quoted as they are written are
//! marked `{q:salaire moyen}`, and the UI puts them in a `<q>`, which draws the
//! guillemets (RGAA 9.4); a word only named, like « brut », keeps plain guillemets.
//! Reading is total: text that is not well-formed markup is shown as it is, and the
//! content checks ([`markup_problems`]) keep such text out of the data.

use std::borrow::Cow;

/// A piece of a text: in the page's language, a marked passage in another one, or a
/// quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span<'a> {
    Page(&'a str),
    Other { lang: &'a str, text: &'a str },
    Quote(&'a str),
}

/// The tag of a quotation, `{q:…}`; a language tag has two or three letters.
const QUOTE_TAG: &str = "q";

/// The marked passage at the start of `rest` (which starts with `{`), and the length of
/// its markup.
fn passage(rest: &str) -> Option<(Span<'_>, usize)> {
    let end = rest.find('}')?;
    let (tag, text) = rest[1..end].split_once(':')?;
    let lang_ok = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
    let text_ok = !text.trim().is_empty() && !text.contains('{');
    let span = match tag {
        QUOTE_TAG => Span::Quote(text),
        lang if lang_ok => Span::Other { lang, text },
        _ => return None,
    };
    text_ok.then_some((span, end + 1))
}

/// The pieces of `text`, in order; empty pieces are left out.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut found = Vec::new();
    let mut page_start = 0;
    let mut at = 0;
    while let Some(offset) = text[at..].find('{') {
        let open = at + offset;
        match passage(&text[open..]) {
            Some((span, len)) => {
                if open > page_start {
                    found.push(Span::Page(&text[page_start..open]));
                }
                found.push(span);
                at = open + len;
                page_start = at;
            }
            None => at = open + 1,
        }
    }
    if page_start < text.len() {
        found.push(Span::Page(&text[page_start..]));
    }
    found
}

/// `text` without its markup, for places that take plain text (titles, file names): a
/// quotation gets its guillemets as characters.
pub fn plain(text: &str) -> Cow<'_, str> {
    let spans = spans(text);
    match spans.as_slice() {
        [] => Cow::Borrowed(""),
        [Span::Page(page)] => Cow::Borrowed(page),
        _ => Cow::Owned(
            spans
                .iter()
                .map(|span| match span {
                    Span::Page(text) | Span::Other { text, .. } => Cow::Borrowed(*text),
                    Span::Quote(text) => Cow::Owned(format!("« {text} »")),
                })
                .collect(),
        ),
    }
}

/// What is wrong with the markup of `text`: a brace that opens no well-formed passage,
/// or a closing brace outside one.
pub fn markup_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for span in spans(text) {
        if let Span::Page(page) = span
            && page.contains(['{', '}'])
        {
            problems.push(format!(
                "accolade hors d'un passage bien formé ({{en:texte}} ou {{q:citation}}) dans « {page} »"
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn marked_passages_are_found_with_their_language() {
        assert_eq!(
            spans("Pensée analytique ({en:Analytical Thinking})"),
            vec![
                Span::Page("Pensée analytique ("),
                Span::Other {
                    lang: "en",
                    text: "Analytical Thinking"
                },
                Span::Page(")"),
            ]
        );
        assert_eq!(
            spans("{en:Data analyst} ou {en:data engineer}"),
            vec![
                Span::Other {
                    lang: "en",
                    text: "Data analyst"
                },
                Span::Page(" ou "),
                Span::Other {
                    lang: "en",
                    text: "data engineer"
                },
            ]
        );
        assert_eq!(spans("Sans balise"), vec![Span::Page("Sans balise")]);
    }

    #[test]
    fn quotations_are_found_and_keep_their_guillemets_in_plain_text() {
        let text = "La source écrit {q:entre 30 000 et 35 000 euros}.";
        assert_eq!(
            spans(text),
            vec![
                Span::Page("La source écrit "),
                Span::Quote("entre 30 000 et 35 000 euros"),
                Span::Page("."),
            ]
        );
        assert_eq!(
            plain(text),
            "La source écrit « entre 30 000 et 35 000 euros »."
        );
        assert!(markup_problems(text).is_empty());
        assert_eq!(markup_problems("{q:}").len(), 1);
    }

    #[test]
    fn plain_text_drops_the_markup() {
        assert_eq!(
            plain("MSc ({en:Master of Science}, Bac+5)"),
            "MSc (Master of Science, Bac+5)"
        );
        assert!(matches!(plain("Rien à enlever"), Cow::Borrowed(_)));
    }

    #[test]
    fn malformed_markup_is_shown_as_it_is_and_reported() {
        for text in [
            "{en Analytical}",
            "{EN:Thinking}",
            "{en:}",
            "a } b",
            "{en:a",
            "{english:a}",
        ] {
            assert_eq!(plain(text), text, "{text}");
            assert_eq!(markup_problems(text).len(), 1, "{text}");
        }
        assert!(markup_problems("({en:Dependability}) et {fr:ceci}").is_empty());
    }

    proptest! {
        #[test]
        fn reading_any_text_loses_no_character(text in "[a-z{}: q]{0,40}") {
            let pieces: String = spans(&text)
                .iter()
                .map(|span| match span {
                    Span::Page(t) => t.to_string(),
                    Span::Other { lang, text } => format!("{{{lang}:{text}}}"),
                    Span::Quote(text) => format!("{{q:{text}}}"),
                })
                .collect();
            prop_assert_eq!(pieces, text);
        }
    }
}
