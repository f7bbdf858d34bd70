//! Why a code cannot be made, and why a text is not a code this app can read: each
//! error in words a person understands, naming what is wrong and where. A refused
//! character is named by its code point (`U+202E`), never echoed raw.

use crate::model::base::text::character as character_name;

/// Why a code cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncodeError {
    /// The bank has no form with this id.
    UnknownForm(String),
    /// The format has room for four forms only.
    TooManyForms,
}

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EncodeError::UnknownForm(form) => write!(f, "le formulaire « {form} » n'existe pas"),
            EncodeError::TooManyForms => {
                write!(
                    f,
                    "un code ne peut désigner que les quatre premiers formulaires"
                )
            }
        }
    }
}

/// Why a text is not a code this app can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing but spaces and hyphens.
    Empty,
    /// A character that no code contains; `position` counts characters from 1.
    BadCharacter { character: char, position: usize },
    /// Not a result code at all: it does not start like one of this format, and its
    /// last two symbols are not the check of the others, as every format's are.
    NotACode,
    /// Written by a newer version of the app: it does not start like this format, but
    /// its check symbols match, so it is a well-formed code of a later one.
    NewerFormat(u8),
    /// A format number that was never used.
    UnknownFormat(u8),
    /// Too few symbols to hold even the form and the check.
    TooShort,
    /// The check symbols do not match: a symbol was mistyped, left out or added.
    Checksum,
    /// The form number names no form of this bank.
    UnknownForm(u8),
    /// Made with another version of the questions.
    OtherBank { code: u8, app: u8 },
    /// The right check, but not the length the form needs.
    WrongLength { expected: usize, found: usize },
    /// An answer that the question (numbered from 1 in the form) cannot have.
    BadAnswer { question: usize },
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::Empty => write!(f, "ligne vide"),
            CodeError::BadCharacter {
                character,
                position,
            } => write!(
                f,
                "le caractère en position {position} ({}) n'existe dans aucun code",
                character_name(*character)
            ),
            CodeError::NewerFormat(v) => write!(
                f,
                "code créé par une version plus récente de l'app (format {v}) : \
                 mettez l'app à jour pour le lire"
            ),
            CodeError::UnknownFormat(v) => write!(f, "format de code inconnu ({v})"),
            CodeError::NotACode => write!(
                f,
                "ce n'est pas un code de résultat (il ne commence pas comme un code et ne se vérifie pas)"
            ),
            CodeError::TooShort => write!(f, "code trop court"),
            CodeError::Checksum => write!(
                f,
                "code mal recopié : un caractère est faux, manquant ou en trop"
            ),
            CodeError::UnknownForm(n) => write!(f, "formulaire inconnu (n° {n})"),
            CodeError::OtherBank { code, app } => write!(
                f,
                "code fait avec une autre version des questions ({code}, l'app en est à la {app})"
            ),
            CodeError::WrongLength { expected, found } => write!(
                f,
                "ce formulaire demande un code de {expected} caractères, celui-ci en a {found}"
            ),
            CodeError::BadAnswer { question } => {
                write!(f, "réponse impossible à la question {question}")
            }
        }
    }
}
