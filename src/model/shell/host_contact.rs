//! The host's accessibility contact: whoever publishes a copy of the app may put a small
//! file, `contact-accessibilite.json`, next to its `index.html`, naming their
//! organisation and how to reach them about accessibility. The statement fetches it at
//! run time (same origin, relative address, so it works under a sub-path) and says what
//! it found: the organisation and the contact, or clearly that the host gave none.
//!
//! The file is untrusted text: reading it is total (any text is a contact or an error
//! in words), its size and each field's length are bounded, control characters are
//! refused, and the UI shows the fields as text, never as markup or as a link.
//!
//! ```json
//! { "organisation": "Collège Jean Moulin, Lyon",
//!   "contact": "accessibilite@college-exemple.fr ou 04 00 00 00 00" }
//! ```

use crate::model::base::json::fields::{Fields, Read, string};
use crate::model::base::json::{self, Value};

/// The file's name, next to `index.html`.
pub const FILE: &str = "contact-accessibilite.json";

/// Longer files are refused before they are read, in bytes.
pub const MAX_BYTES: usize = 4096;
/// The longest organisation name, in characters.
pub const MAX_ORGANISATION: usize = 150;
/// The longest contact, in characters (an address can take a few lines).
pub const MAX_CONTACT: usize = 500;

/// Who publishes this copy of the app, and how to reach them about accessibility.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostContact {
    pub organisation: String,
    /// Free text: an email address, a phone number, a postal address, a web page.
    pub contact: String,
}

/// What the statement found next to `index.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Given(HostContact),
    /// No file (the server answered, but not with the file).
    Absent,
    /// A file that is not a contact: why, in words.
    Unreadable(String),
    /// No answer from the server (offline, for instance).
    Unreachable,
}

impl Found {
    /// What a fetch gave: `None` when there was no answer, else the HTTP status and
    /// the body's text.
    pub fn of(answer: Option<(u16, &str)>) -> Found {
        match answer {
            None => Found::Unreachable,
            Some((200, text)) => match HostContact::read(text) {
                Ok(contact) => Found::Given(contact),
                Err(why) => Found::Unreadable(why),
            },
            Some(_) => Found::Absent,
        }
    }

    /// The statement's sentence when no contact can be shown; `None` when one is given.
    pub fn missing_sentence(&self) -> Option<String> {
        let why = match self {
            Found::Given(_) => return None,
            Found::Absent => {
                return Some(
                    "La personne ou l'organisation qui héberge cette copie de l'app n'a donné ni son nom, ni un contact pour l'accessibilité."
                        .to_owned(),
                );
            }
            Found::Unreadable(why) => format!("son fichier de contact est illisible ({why})"),
            Found::Unreachable => "son fichier de contact n'a pas pu être chargé".to_owned(),
        };
        Some(format!(
            "Aucun contact de l'hébergeur n'est indiqué : {why}."
        ))
    }
}

impl HostContact {
    /// Reads the file's text: an object with `organisation` and `contact`, both
    /// non-empty text within their bounds, and nothing else.
    pub fn read(text: &str) -> Read<HostContact> {
        if text.len() > MAX_BYTES {
            return Err(format!("plus de {MAX_BYTES} octets"));
        }
        let value = json::parse(text)?;
        HostContact::of(&value)
    }

    fn of(value: &Value) -> Read<HostContact> {
        let f = Fields::of(value, &["organisation", "contact"], true)?;
        Ok(HostContact {
            organisation: bounded(
                "organisation",
                f.required("organisation", string)?,
                MAX_ORGANISATION,
            )?,
            contact: bounded("contact", f.required("contact", string)?, MAX_CONTACT)?,
        })
    }
}

/// `text` trimmed, if it is not empty, fits in `max` characters and holds no control
/// character but line breaks.
fn bounded(name: &str, text: String, max: usize) -> Read<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(format!("{name} : texte vide"));
    }
    if text.chars().count() > max {
        return Err(format!("{name} : plus de {max} caractères"));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(format!("{name} : caractère de contrôle"));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_contact_is_read_and_trimmed() {
        let found = Found::of(Some((
            200,
            r#"{"organisation": " Collège Jean Moulin ", "contact": "accessibilite@exemple.fr\n04 00 00 00 00"}"#,
        )));
        assert_eq!(
            found,
            Found::Given(HostContact {
                organisation: "Collège Jean Moulin".into(),
                contact: "accessibilite@exemple.fr\n04 00 00 00 00".into(),
            })
        );
        assert_eq!(found.missing_sentence(), None);
    }

    #[test]
    fn no_file_says_that_no_contact_was_given() {
        for found in [
            Found::of(Some((404, "<html>introuvable</html>"))),
            Found::of(Some((500, ""))),
        ] {
            assert_eq!(found, Found::Absent);
            assert!(
                found
                    .missing_sentence()
                    .unwrap()
                    .contains("n'a donné ni son nom, ni un contact")
            );
        }
        let offline = Found::of(None);
        assert_eq!(offline, Found::Unreachable);
        assert!(
            offline
                .missing_sentence()
                .unwrap()
                .contains("n'a pas pu être chargé")
        );
    }

    #[test]
    fn a_bad_file_is_refused_with_its_reason() {
        let long = "x".repeat(MAX_ORGANISATION + 1);
        let cases = [
            ("", "JSON invalide"),
            ("<html></html>", "JSON invalide"),
            ("[]", "objet attendu"),
            (r#"{"organisation": "A"}"#, "champ « contact » manquant"),
            (
                r#"{"organisation": "A", "contact": "b", "lien": "javascript:alert(1)"}"#,
                "champ inconnu « lien »",
            ),
            (
                r#"{"organisation": "  ", "contact": "b"}"#,
                "organisation : texte vide",
            ),
            (r#"{"organisation": 3, "contact": "b"}"#, "organisation"),
            (
                r#"{"organisation": "A", "contact": "b\u0007"}"#,
                "caractère de contrôle",
            ),
        ];
        for (text, reason) in cases {
            let found = Found::of(Some((200, text)));
            let Found::Unreadable(why) = &found else {
                panic!("{text}: {found:?}");
            };
            assert!(why.contains(reason), "{text}: {why}");
            assert!(
                found
                    .missing_sentence()
                    .unwrap()
                    .starts_with("Aucun contact de l'hébergeur")
            );
        }
        let too_long = format!(r#"{{"organisation": "{long}", "contact": "b"}}"#);
        assert_eq!(
            HostContact::read(&too_long),
            Err(format!(
                "organisation : plus de {MAX_ORGANISATION} caractères"
            ))
        );
        let huge = format!(
            r#"{{"organisation": "A", "contact": "{}"}}"#,
            "y".repeat(MAX_BYTES)
        );
        assert_eq!(
            HostContact::read(&huge),
            Err(format!("plus de {MAX_BYTES} octets"))
        );
    }

    proptest! {
        #[test]
        fn any_text_is_a_contact_within_bounds_or_a_reason(text in ".{0,300}") {
            match HostContact::read(&text) {
                Ok(c) => prop_assert!(
                    !c.organisation.is_empty() && c.organisation.chars().count() <= MAX_ORGANISATION
                        && !c.contact.is_empty() && c.contact.chars().count() <= MAX_CONTACT
                ),
                Err(why) => prop_assert!(!why.is_empty()),
            }
        }
    }
}
