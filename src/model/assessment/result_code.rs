//! Result codes: the answers of one attempt as a short text that a pupil can copy, type
//! or show as a QR code, and that a facilitator pastes into the group view. A code holds
//! answers and nothing else: no name, no date, nothing about the device.
//!
//! Format 2, read as a string of bits, most significant first:
//!
//! | bits | what |
//! |---|---|
//! | 5 | the format version (2); one whole symbol, so a newer code is recognised first |
//! | 2 | the form: its index in the bank's list of forms |
//! | 6 | the question-bank version, modulo 64 |
//! | 3 per item | each item of the form in presentation order: 0 unanswered; a statement's agreement 1–5; a situation's option index + 1 |
//! | 4 per activity | each activity of « Essayer le métier » in the bank's order: how much it was liked, then how hard it felt, 2 bits each: 0 not rated, else [`Liking::code`] and [`Difficulty::code`] |
//! | 0–4 | zero padding up to a whole symbol |
//! | 10 | a CRC-10 (polynomial 0x233) of every symbol before it |
//!
//! Format 1 is format 2 without the activities; its codes are still read, with no
//! rating.
//!
//! Every 5 bits are one symbol of Crockford's base 32 (`0-9`, `A-Z` without I, L, O and
//! U), grouped by four with hyphens: the short form (32 items, 4 activities) gives 27
//! symbols, `ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234`. Reading forgives what people do when they type: any case,
//! spaces and hyphens anywhere, `O` for `0`, `I` and `L` for `1`, and the look-alikes a
//! copy brings in (other dashes, full-width digits and letters, invisible spaces). A
//! refused character is named by its code point, never echoed. A CRC of degree 10 sees
//! every error confined to 10 consecutive bits, so every mistyped symbol and every swap
//! of two neighbouring symbols is caught.
//!
//! Every format, this one and any later, ends with the CRC-10 of the symbols before it:
//! that is how a code of a newer format is told from text that is no code at all.
//!
//! Decoding is total: any string gives the answers or a [`CodeError`] that says
//! precisely what is wrong, never a panic (property tests here, and a fuzz run with
//! `scripts/fuzz-result-codes`).

mod errors;
mod symbols;

pub use errors::{CodeError, EncodeError};
pub use symbols::{is_invisible, look_alike};

#[cfg(test)]
use symbols::ALPHABET;
use symbols::{Bits, Reader, crc10, group, symbols_of};

use super::answers::{Answer, Answers};
use crate::model::assessment::ratings::{Difficulty, Liking, Rating, Ratings};
use crate::model::role::quiz::{ItemKind, QuestionBank};

/// The format this version of the app writes; it reads this one and every earlier one.
pub const FORMAT: u8 = 2;

const CHECK_SYMBOLS: usize = 2;
const GROUP: usize = 4;
const CRC_POLY: u16 = 0x233;
const CRC_INIT: u16 = 0x3FF;
const FORM_BITS: u32 = 2;
const BANK_BITS: u32 = 6;
const ANSWER_BITS: u32 = 3;
const RATING_BITS: u32 = 2;

/// The answers a code carries, ready to be scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The form's id in the bank.
    pub form: String,
    /// Answers to the form's items; unanswered items are absent.
    pub answers: Answers,
    /// The activities rated, by id (none in a format 1 code).
    pub ratings: Ratings,
}

/// The code of `answers` to the form `form_id`, with no activity rated.
pub fn encode(
    bank: &QuestionBank,
    form_id: &str,
    answers: &Answers,
) -> Result<String, EncodeError> {
    encode_with(bank, form_id, answers, &Ratings::new())
}

/// The code of `answers` to the form `form_id` and of the activities' `ratings`,
/// grouped for reading. Answers to items outside the form, answers that do not fit
/// their item, and ratings of unknown activities are left out.
pub fn encode_with(
    bank: &QuestionBank,
    form_id: &str,
    answers: &Answers,
    ratings: &Ratings,
) -> Result<String, EncodeError> {
    let form_index = bank
        .forms
        .iter()
        .position(|f| f.id == form_id)
        .ok_or_else(|| EncodeError::UnknownForm(form_id.to_owned()))?;
    let form_index = u32::try_from(form_index)
        .ok()
        .filter(|i| *i < 1 << FORM_BITS)
        .ok_or(EncodeError::TooManyForms)?;
    let mut bits = Bits::default();
    bits.push(u32::from(FORMAT), 5);
    bits.push(form_index, FORM_BITS);
    bits.push(bank_tag(bank).into(), BANK_BITS);
    for item in bank.form_items(form_id) {
        let value = match answers.get(&*item.id) {
            Some(answer) if answer.check(item).is_ok() => match *answer {
                Answer::Agreement(v) => v,
                Answer::Choice(i) => i + 1,
            },
            _ => 0,
        };
        bits.push(value.into(), ANSWER_BITS);
    }
    for activity in bank.activities.iter() {
        let rating = ratings
            .get(activity.id.as_ref())
            .copied()
            .unwrap_or_default();
        bits.push(rating.liking.map_or(0, Liking::code).into(), RATING_BITS);
        bits.push(
            rating.difficulty.map_or(0, Difficulty::code).into(),
            RATING_BITS,
        );
    }
    let mut symbols = bits.into_symbols();
    let check = crc10(&symbols);
    symbols.push((check >> 5) as u8);
    symbols.push((check & 0x1F) as u8);
    Ok(group(&symbols))
}

/// Reads a code typed or pasted by a person.
pub fn decode(bank: &QuestionBank, text: &str) -> Result<Decoded, CodeError> {
    let symbols = symbols_of(text)?;
    let (&version, _) = symbols.split_first().ok_or(CodeError::Empty)?;
    let header_symbols = (5 + FORM_BITS + BANK_BITS).div_ceil(5) as usize;
    let checked = symbols.len() >= header_symbols + CHECK_SYMBOLS && {
        let (payload, check) = symbols.split_at(symbols.len() - CHECK_SYMBOLS);
        crc10(payload) == (u16::from(check[0]) << 5) | u16::from(check[1])
    };
    // Another format's code is recognised by its check, which every format keeps at its
    // end; text that neither starts like this format nor checks is no code at all.
    match version {
        1..=FORMAT => {}
        _ if !checked => return Err(CodeError::NotACode),
        v if v > FORMAT => return Err(CodeError::NewerFormat(v)),
        v => return Err(CodeError::UnknownFormat(v)),
    }
    // Format 1 has no activities.
    let activities = if version >= 2 {
        bank.activities.len()
    } else {
        0
    };
    if symbols.len() < header_symbols + CHECK_SYMBOLS {
        return Err(CodeError::TooShort);
    }
    if !checked {
        return Err(CodeError::Checksum);
    }
    let (payload, _) = symbols.split_at(symbols.len() - CHECK_SYMBOLS);
    let mut reader = Reader::new(payload);
    reader.take(5);
    let form_index = reader.take(FORM_BITS) as u8;
    let form = bank
        .forms
        .get(usize::from(form_index))
        .ok_or(CodeError::UnknownForm(form_index))?;
    let tag = reader.take(BANK_BITS) as u8;
    if tag != bank_tag(bank) {
        return Err(CodeError::OtherBank {
            code: tag,
            app: bank_tag(bank),
        });
    }
    let items: Vec<_> = bank.form_items(&form.id).collect();
    let expected = symbol_count(items.len(), activities);
    if symbols.len() != expected {
        return Err(CodeError::WrongLength {
            expected,
            found: symbols.len(),
        });
    }
    let mut answers = Answers::new();
    for (n, item) in items.iter().enumerate() {
        let value = reader.take(ANSWER_BITS) as u8;
        let answer = match (&item.kind, value) {
            (_, 0) => continue,
            (ItemKind::Statement { .. }, v) => Answer::Agreement(v),
            (ItemKind::Situation { .. }, v) => Answer::Choice(v - 1),
        };
        answer
            .check(item)
            .map_err(|_| CodeError::BadAnswer { question: n + 1 })?;
        answers.insert(item.id.to_string(), answer);
    }
    let mut ratings = Ratings::new();
    for activity in bank.activities.iter().take(activities) {
        let liking = reader.take(RATING_BITS) as u8;
        let difficulty = reader.take(RATING_BITS) as u8;
        let rating = Rating {
            liking: Liking::from_code(liking),
            difficulty: Difficulty::from_code(difficulty),
        };
        if !rating.is_empty() {
            ratings.insert(activity.id.to_string(), rating);
        }
    }
    if !reader.rest_is_zero() {
        // Only a typo the check missed, or a code made by hand, sets the padding.
        return Err(CodeError::Checksum);
    }
    Ok(Decoded {
        form: form.id.to_string(),
        answers,
        ratings,
    })
}

/// A code in its canonical spelling (upper case, grouped), for comparing codes typed
/// differently; `None` for a text with a character no code has.
pub fn canonical(text: &str) -> Option<String> {
    symbols_of(text).ok().map(|symbols| group(&symbols))
}

/// How many symbols a code for a form of `items` items and `activities` activities has.
fn symbol_count(items: usize, activities: usize) -> usize {
    let bits = 5
        + (FORM_BITS + BANK_BITS) as usize
        + ANSWER_BITS as usize * items
        + 2 * RATING_BITS as usize * activities;
    bits.div_ceil(5) + CHECK_SYMBOLS
}

/// The bank version as the code records it.
fn bank_tag(bank: &QuestionBank) -> u8 {
    (bank.version % (1 << BANK_BITS)) as u8
}

#[cfg(test)]
mod tests;
