//! The group kept on the facilitator's device: the result codes collected, by paste or
//! by a code's own address, kept between visits under the workshop's own key
//! (`Keys::group`), apart from the visitor's document.
//!
//! The codes are kept in their canonical written form, in the order they were added,
//! each once, at most [`MAX_LINES`] (a paste's cap). What is written carries a version
//! ([`VERSION`]); reading is total: any text gives a group or a [`ReadError`]. Two tabs
//! merge by the union of their codes ([`KeptGroup::merge`]). The figures are read from
//! the codes as a paste of them ([`KeptGroup::figures`]).

use super::group::{Group, LineError, MAX_LINES, TooLarge, check_size};
use crate::model::assessment::result_code::{CodeError, canonical, decode};
use crate::model::base::json::fields::{Fields, list, number, object, string, text, unsigned};
use crate::model::base::json::{self, Value};
use crate::model::base::read_error::ReadError;
use crate::model::role::quiz::QuestionBank;

/// The version of what this app writes.
pub const VERSION: u32 = 1;

/// The codes kept on the device: canonical, in the order added, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeptGroup {
    codes: Vec<String>,
}

/// What adding one code did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// New to the group, which now has `count` codes.
    New { count: usize },
    /// Already in the group (counted once), which has `count` codes.
    Already { count: usize },
    /// Not a code this app can read.
    Refused(CodeError),
    /// The group already holds [`MAX_LINES`] codes.
    Full,
}

impl Added {
    /// What the group view says after a code's address was opened.
    pub fn sentence(&self) -> String {
        match self {
            Added::New { count } => {
                format!("Code ajouté au groupe : {}.", participants_words(*count))
            }
            Added::Already { count } => format!(
                "Ce code était déjà dans le groupe, il compte une fois : {}.",
                participants_words(*count)
            ),
            Added::Refused(error) => format!("Code refusé : {error}."),
            Added::Full => format!(
                "Code refusé : le groupe garde au plus {MAX_LINES} codes. \
                 Videz-le pour en commencer un autre."
            ),
        }
    }

    /// Whether the code was refused.
    pub fn refused(&self) -> bool {
        matches!(self, Added::Refused(_) | Added::Full)
    }
}

/// What one paste gave to the group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taken {
    /// Codes new to the group.
    pub added: usize,
    /// Codes already in the group, or earlier in the paste: counted once.
    pub already: usize,
    /// Valid codes left out because the group was full.
    pub full: usize,
    /// The refused lines, numbered as they stand in [`Taken::left`].
    pub errors: Vec<LineError>,
    /// What the field keeps: the lines not taken (refused, or over the cap), in order.
    pub left: String,
}

impl Taken {
    /// What one paste gave, announced after « Analyser »: « 3 codes ajoutés, 1 déjà dans
    /// le groupe, 1 ligne refusée. »
    pub fn sentence(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n > 1 { many } else { one });
        let mut sentence = format!(
            "{}, {} déjà dans le groupe, {}.",
            plural(self.added, "code ajouté", "codes ajoutés"),
            self.already,
            plural(self.errors.len(), "ligne refusée", "lignes refusées"),
        );
        if self.full > 0 {
            sentence.push_str(&format!(
                " {} : le groupe garde au plus {MAX_LINES} codes.",
                plural(
                    self.full,
                    "code laissé dans le champ",
                    "codes laissés dans le champ"
                )
            ));
        }
        sentence
    }
}

/// A count of participants in words: « aucun participant », « 1 participant »,
/// « 12 participants ».
pub fn participants_words(count: usize) -> String {
    match count {
        0 => "aucun participant".to_owned(),
        1 => "1 participant".to_owned(),
        n => format!("{n} participants"),
    }
}

impl KeptGroup {
    /// The codes, in the order they were added.
    pub fn codes(&self) -> &[String] {
        &self.codes
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// Keeps a canonical code unless it is there already: `Ok(true)` when new,
    /// `Err(())` when the group is full.
    fn insert(&mut self, code: String) -> Result<bool, ()> {
        if self.codes.contains(&code) {
            return Ok(false);
        }
        if self.codes.len() >= MAX_LINES {
            return Err(());
        }
        self.codes.push(code);
        Ok(true)
    }

    /// Adds a code as typed, pasted or read from an address, if `bank` can read it.
    pub fn add(&mut self, bank: &QuestionBank, text: &str) -> Added {
        if let Err(error) = decode(bank, text) {
            return Added::Refused(error);
        }
        // A code that decodes has only code characters, so it has a canonical form.
        let code = canonical(text).unwrap_or_default();
        match self.insert(code) {
            Ok(true) => Added::New {
                count: self.codes.len(),
            },
            Ok(false) => Added::Already {
                count: self.codes.len(),
            },
            Err(()) => Added::Full,
        }
    }

    /// Adds the codes of a paste, one per line (blank lines skipped). A paste over the
    /// caps is refused whole ([`check_size`]) before any line is read.
    pub fn take(&mut self, bank: &QuestionBank, paste: &str) -> Result<Taken, TooLarge> {
        check_size(paste)?;
        let mut taken = Taken::default();
        let mut left: Vec<&str> = Vec::new();
        for line in paste.lines().filter(|line| !line.trim().is_empty()) {
            match self.add(bank, line) {
                Added::New { .. } => taken.added += 1,
                Added::Already { .. } => taken.already += 1,
                Added::Refused(error) => {
                    left.push(line);
                    taken.errors.push(LineError {
                        line: left.len(),
                        error,
                    });
                }
                Added::Full => {
                    left.push(line);
                    taken.full += 1;
                }
            }
        }
        taken.left = left.join("\n");
        Ok(taken)
    }

    /// Empties the group.
    pub fn clear(&mut self) {
        self.codes.clear();
    }

    /// This tab's group with the one another tab just wrote: the union of their codes,
    /// ours first, within the cap.
    pub fn merge(&self, theirs: &KeptGroup) -> KeptGroup {
        let mut merged = self.clone();
        for code in &theirs.codes {
            if merged.insert(code.clone()).is_err() {
                break;
            }
        }
        merged
    }

    /// The group's figures: its codes read as a paste, one per line.
    pub fn figures(&self, bank: &QuestionBank) -> Group {
        // At most MAX_LINES codes of at most 56 characters: always within the caps.
        Group::read(bank, &self.codes.join("\n")).unwrap_or_default()
    }

    /// Reads stored text: a versioned object whose codes are canonical, each once, at
    /// most [`MAX_LINES`].
    pub fn read(text: &str) -> Result<KeptGroup, ReadError> {
        let value = json::parse(text).map_err(ReadError::Unreadable)?;
        let version = Fields::of(&value, &["version"], false)
            .and_then(|f| f.required("version", unsigned::<u32>))
            .map_err(ReadError::Unreadable)?;
        match version {
            VERSION => KeptGroup::of(&value).map_err(ReadError::Unreadable),
            0 => Err(ReadError::Unreadable("version 0 inconnue".into())),
            newer => Err(ReadError::Newer {
                found: newer,
                reads: VERSION,
            }),
        }
    }

    fn of(value: &Value) -> Result<KeptGroup, String> {
        let f = Fields::of(value, &["version", "codes"], true)?;
        let mut group = KeptGroup::default();
        for (i, code) in f
            .required("codes", |v| list(v, string))?
            .into_iter()
            .enumerate()
        {
            if canonical(&code).as_ref() != Some(&code) {
                return Err(format!("code mal écrit en position {}", i + 1));
            }
            if group.insert(code).is_err() {
                return Err(format!("plus de {MAX_LINES} codes"));
            }
        }
        Ok(group)
    }

    /// The text stored for the group.
    pub fn write(&self) -> String {
        let value = object(vec![
            ("version", number(VERSION)),
            (
                "codes",
                Value::Array(self.codes.iter().map(|c| text(c)).collect()),
            ),
        ]);
        json::write(&value, false)
    }
}

#[cfg(test)]
mod tests;
