//! A paper sheet's answers typed as one line: the sheet's mark, then one digit per
//! question in the sheet's order (`C3 4435 2…`). A statement's digit is its point on the
//! scale (1 to 5), a situation's the number of the option ticked (1 to 3 or 4), and 0 a
//! question left blank. Spaces and hyphens are ignored, and so are the look-alikes a
//! copy brings in, as in result codes: full-width digits and letters, no-break spaces,
//! invisible characters.
//!
//! The reader is total: any text gives the answers, or every problem found, each in
//! words with its question number. A mark that is missing, unknown or of an older bank
//! stops the reading, since the digits then answer other questions.

use super::{Mark, Sheet};
use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::result_code::{is_invisible, look_alike};
use crate::model::base::text::{character, shown};
use crate::model::role::quiz::{ItemKind, QuestionBank};

/// The most problems with single questions listed one by one; the rest are counted.
pub const LISTED: usize = 10;

/// The most digits a mark's version is read with: more is no version of a bank.
const VERSION_DIGITS: usize = 9;

/// A line read: the answers to the sheet's form, ready to be coded and scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperAnswers {
    /// The form's id in the bank.
    pub form: String,
    /// Answers to the form's items; questions left blank (0) are absent.
    pub answers: Answers,
}

/// What is wrong with a typed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing but spaces.
    Empty,
    /// The line does not start with a letter, so with no mark.
    NoMark { sheet: Mark },
    /// A mark that is no sheet of this app: another letter, or a later version.
    UnknownMark { typed: String, sheet: Mark },
    /// The mark of a sheet printed for an older bank.
    OlderSheet { typed: Mark, sheet: Mark },
    /// A character that is not a digit, in the place of question `question`.
    NotADigit { question: usize, character: char },
    /// A digit that question `question` cannot have; `max` is its highest answer.
    NotAnAnswer { question: usize, digit: u8, max: u8 },
    /// Questions `first` to `last` have no digit.
    Missing { first: usize, last: usize },
    /// More digits than questions.
    TooMany { found: usize, expected: usize },
    /// Problems with single questions beyond the [`LISTED`] first.
    More(usize),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Empty => write!(f, "la ligne est vide"),
            Problem::NoMark { sheet } => write!(
                f,
                "la ligne doit commencer par la marque écrite en haut de la feuille ({sheet})"
            ),
            Problem::UnknownMark { typed, sheet } => write!(
                f,
                "« {typed} » n'est pas la marque de la feuille actuelle ({sheet}) : recopiez la \
                 marque, puis une espace et les réponses"
            ),
            Problem::OlderSheet { typed, sheet } => write!(
                f,
                "la feuille {typed} date d'une ancienne version des questions : imprimez la \
                 feuille actuelle ({sheet}) et faites-la remplir"
            ),
            Problem::NotADigit {
                question,
                character: c,
            } => write!(
                f,
                "question {question} : {} n'est pas un chiffre",
                character(*c)
            ),
            Problem::NotAnAnswer {
                question,
                digit,
                max,
            } => write!(
                f,
                "question {question} : {digit} n'est pas une réponse possible (1 à {max}, ou 0 sans réponse)"
            ),
            Problem::Missing { first, last } if first == last => {
                write!(f, "il manque la réponse de la question {first}")
            }
            Problem::Missing { first, last } if first + 1 == *last => {
                write!(f, "il manque les réponses des questions {first} et {last}")
            }
            Problem::Missing { first, last } => {
                write!(f, "il manque les réponses des questions {first} à {last}")
            }
            Problem::TooMany { found, expected } => write!(
                f,
                "{found} réponses pour {expected} questions : il y en a {} de trop",
                found.saturating_sub(*expected)
            ),
            Problem::More(1) => write!(f, "et 1 autre réponse impossible"),
            Problem::More(n) => write!(f, "et {n} autres réponses impossibles"),
        }
    }
}

/// A character as the reader sees it: its ASCII form, or `None` for what is skipped.
fn plain(c: char) -> Option<char> {
    match look_alike(c) {
        '-' => None,
        c if c.is_whitespace() || is_invisible(c) => None,
        c => Some(c),
    }
}

/// Reads a line typed from a sheet of `bank`.
pub fn read(bank: &QuestionBank, text: &str) -> Result<PaperAnswers, Vec<Problem>> {
    let sheet = Sheet::of(bank).ok_or_else(Vec::new)?;
    let mut rest = text.chars().map(look_alike).peekable();
    // The mark: a letter, then its version's digits, up to the first other character.
    while rest.peek().is_some_and(|&c| plain(c).is_none()) {
        rest.next();
    }
    let letter = match rest.peek() {
        None => return Err(vec![Problem::Empty]),
        Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase(),
        Some(_) => return Err(vec![Problem::NoMark { sheet: sheet.mark }]),
    };
    rest.next();
    while rest.peek().is_some_and(|&c| plain(c).is_none()) {
        rest.next();
    }
    let mut digits = String::new();
    while let Some(c) = rest.next_if(char::is_ascii_digit) {
        digits.push(c);
    }
    let version = Some(&digits)
        .filter(|d| d.len() <= VERSION_DIGITS)
        .and_then(|d| d.parse::<u32>().ok());
    match version {
        Some(version) if letter == sheet.mark.letter && version == sheet.mark.version => {}
        Some(version) if letter == sheet.mark.letter && version < sheet.mark.version => {
            return Err(vec![Problem::OlderSheet {
                typed: Mark { letter, version },
                sheet: sheet.mark,
            }]);
        }
        _ => {
            return Err(vec![Problem::UnknownMark {
                typed: shown(&format!("{letter}{digits}")),
                sheet: sheet.mark,
            }]);
        }
    }
    read_digits(&sheet, rest.filter_map(plain))
}

/// Reads one answer per question of `sheet` from `characters`, separators removed.
fn read_digits(
    sheet: &Sheet<'_>,
    characters: impl Iterator<Item = char>,
) -> Result<PaperAnswers, Vec<Problem>> {
    let expected = sheet.items.len();
    let mut answers = Answers::new();
    let mut problems = Vec::new();
    let mut more = 0;
    let mut found = 0;
    for (c, numbered) in characters.zip(sheet.items.iter().map(Some).chain(std::iter::repeat(None)))
    {
        found += 1;
        let Some(numbered) = numbered else { continue };
        let question = numbered.number;
        let (max, answer): (u8, fn(u8) -> Answer) = match &numbered.item.kind {
            ItemKind::Statement { .. } => (5, Answer::Agreement),
            ItemKind::Situation { options, .. } => {
                (u8::try_from(options.len()).unwrap_or(u8::MAX), |d| {
                    Answer::Choice(d - 1)
                })
            }
        };
        let problem = match c.to_digit(10).map(|d| d as u8) {
            None => Some(Problem::NotADigit {
                question,
                character: c,
            }),
            Some(0) => None,
            Some(digit) if digit <= max => {
                answers.insert(numbered.item.id.to_string(), answer(digit));
                None
            }
            Some(digit) => Some(Problem::NotAnAnswer {
                question,
                digit,
                max,
            }),
        };
        match problem {
            Some(problem) if problems.len() < LISTED => problems.push(problem),
            Some(_) => more += 1,
            None => {}
        }
    }
    if more > 0 {
        problems.push(Problem::More(more));
    }
    if found < expected {
        problems.push(Problem::Missing {
            first: found + 1,
            last: expected,
        });
    }
    if found > expected {
        problems.push(Problem::TooMany { found, expected });
    }
    match problems.is_empty() {
        true => Ok(PaperAnswers {
            form: sheet.form.id.to_string(),
            answers,
        }),
        false => Err(problems),
    }
}
