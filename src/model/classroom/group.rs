//! The facilitator's group view: result codes pasted one per line, read line by line,
//! and the group's anonymous figures.
//!
//! Every line is untrusted text. A paste longer than [`MAX_LINES`] codes or
//! [`MAX_CHARACTERS`] characters is refused whole, before any line is read, so that a
//! huge paste cannot block the page. A line that is not a code is reported with its
//! number and the reason; a code seen before is flagged and counted once. Each participant is
//! scored with the same [`Report`] as the result screen, then kept as whole points only,
//! exactly what the CSV export holds: averages and spreads computed in a spreadsheet
//! from the CSV are the ones shown here.

use std::collections::BTreeMap;

use crate::model::assessment::interests::RiasecProfile;
use crate::model::assessment::ratings::{Difficulty, Liking, Rating, Ratings};
use crate::model::assessment::report::{Precision, Report};
use crate::model::assessment::result_code::{CodeError, Decoded, canonical, decode};
use crate::model::assessment::scoring::{Band, Headline, points};
use crate::model::base::small_sort::sort_by;
use crate::model::role::activity::Activity;
use crate::model::role::quiz::{Dimension, Form, QuestionBank};

mod csv;
mod spread;

pub use spread::Spread;

/// One participant, as far as the group view knows them: a code and its figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The line of the paste it was read from, from 1.
    pub line: usize,
    /// The code in its canonical spelling.
    pub code: String,
    pub form: String,
    /// The match in whole points, when the answers give a reliable one.
    pub overall: Option<u8>,
    pub band: Option<Band>,
    /// What their result screen says first: the band, or the two bands the range lies
    /// across.
    pub headline: Option<Headline>,
    /// How precisely the match is known, as the result screen says it.
    pub precision: Option<Precision>,
    /// The range the match probably lies in, in whole points.
    pub range: Option<(u8, u8)>,
    /// Each dimension's score in whole points, in the bank's order; `None` where the
    /// form does not measure it or the answers are too few.
    pub scores: Vec<Option<u8>>,
    pub riasec: RiasecProfile,
    /// The activities of « Essayer le métier » the participant rated, by id.
    pub ratings: Ratings,
}

impl Participant {
    /// Scores one participant's decoded code (answers to a form, and ratings of
    /// activities); `None` if the bank has no such form.
    pub fn of(
        bank: &QuestionBank,
        line: usize,
        code: String,
        decoded: &Decoded,
    ) -> Option<Participant> {
        let report = Report::with_ratings(bank, &decoded.form, &decoded.answers, &decoded.ratings)?;
        Some(Participant {
            line,
            code,
            form: decoded.form.clone(),
            overall: report.overall().map(points),
            band: report.band(),
            headline: report.headline(),
            precision: report.precision(),
            range: report
                .fit
                .interests
                .filter(|_| report.has_result())
                .map(|f| (points(f.low), points(f.high))),
            scores: bank
                .dimensions
                .iter()
                .map(|d| {
                    let score = report.dimensions.iter().find(|s| s.dimension.id == d.id);
                    score.and_then(|s| s.score).map(points)
                })
                .collect(),
            riasec: report.visitor_riasec,
            ratings: decoded.ratings.clone(),
        })
    }
}

/// A line that is not a readable code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub error: CodeError,
}

/// A line whose code was already read on an earlier line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duplicate {
    pub line: usize,
    pub first: usize,
}

/// Everything read from one paste.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    /// One per distinct code, in the order of the paste.
    pub participants: Vec<Participant>,
    pub errors: Vec<LineError>,
    pub duplicates: Vec<Duplicate>,
}

/// The bands in the order the group view lists them, ending with "no reliable result".
pub const BAND_ORDER: [Option<Band>; 5] = [
    Some(Band::VeryStrong),
    Some(Band::Good),
    Some(Band::Partial),
    Some(Band::Weak),
    None,
];

/// A band's name in the group view: its label, or that the answers gave no reliable
/// result.
pub fn band_label(band: Option<Band>) -> &'static str {
    band.map_or("Sans résultat fiable", Band::label)
}

/// The most codes (non-blank lines) one paste may hold: several workshop groups.
pub const MAX_LINES: usize = 500;

/// The most characters one paste may hold: [`MAX_LINES`] codes of the full form (56
/// characters with their hyphens) with room for spaces and line ends. Characters are
/// counted as the browser counts a field's `maxlength` (UTF-16 code units), so that the
/// field, capped one character over, and this check agree.
pub const MAX_CHARACTERS: usize = 40_000;

/// Why a paste is refused whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLarge {
    /// More than [`MAX_CHARACTERS`] characters.
    Characters,
    /// More than [`MAX_LINES`] non-blank lines.
    Lines,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (what, most) = match self {
            TooLarge::Characters => ("caractères", MAX_CHARACTERS),
            TooLarge::Lines => ("codes", MAX_LINES),
        };
        write!(
            f,
            "Trop de texte : la vue de groupe lit au plus {} {what} à la fois. \
             Collez les codes en plusieurs fois.",
            thousands(most)
        )
    }
}

/// A whole number with a space between thousands, as French writes it.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(digit);
    }
    out
}

/// Refused lines in a few words, for the field they came from: "3 lignes refusées :
/// lignes 2, 5, 9" (the first ten numbers, then "…"); `None` when none was refused.
pub fn refused_summary(errors: &[LineError]) -> Option<String> {
    let n = errors.len();
    if n == 0 {
        return None;
    }
    let mut lines: Vec<String> = errors.iter().take(10).map(|e| e.line.to_string()).collect();
    if n > 10 {
        lines.push("…".to_owned());
    }
    Some(if n == 1 {
        format!("1 ligne refusée : ligne {}", lines[0])
    } else {
        format!("{n} lignes refusées : lignes {}", lines.join(", "))
    })
}

/// Whether `text` fits the caps, checked in at most [`MAX_CHARACTERS`] steps whatever
/// its length.
pub fn check_size(text: &str) -> Result<(), TooLarge> {
    if text.encode_utf16().nth(MAX_CHARACTERS).is_some() {
        return Err(TooLarge::Characters);
    }
    let mut codes = text.lines().filter(|line| !line.trim().is_empty());
    match codes.nth(MAX_LINES) {
        Some(_) => Err(TooLarge::Lines),
        None => Ok(()),
    }
}

impl Group {
    /// Reads a paste: one code per line; blank lines are skipped. A paste over the caps
    /// is refused whole ([`check_size`]) before any line is read.
    pub fn read(bank: &QuestionBank, text: &str) -> Result<Group, TooLarge> {
        check_size(text)?;
        Ok(Group::read_lines(bank, text))
    }

    fn read_lines(bank: &QuestionBank, text: &str) -> Group {
        let mut group = Group::default();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            if line.trim().is_empty() {
                continue;
            }
            let decoded = match decode(bank, line) {
                Ok(decoded) => decoded,
                Err(error) => {
                    group.errors.push(LineError {
                        line: number,
                        error,
                    });
                    continue;
                }
            };
            // A code that decodes has only code characters, so it has a canonical form.
            let code = canonical(line).unwrap_or_default();
            if let Some(&first) = seen.get(&code) {
                group.duplicates.push(Duplicate {
                    line: number,
                    first,
                });
                continue;
            }
            seen.insert(code.clone(), number);
            group
                .participants
                .extend(Participant::of(bank, number, code, &decoded));
        }
        group
    }

    /// How many participants fall in each band, in [`BAND_ORDER`].
    pub fn bands(&self) -> [(Option<Band>, usize); 5] {
        BAND_ORDER.map(|band| {
            let count = self.participants.iter().filter(|p| p.band == band).count();
            (band, count)
        })
    }

    /// How many participants took each form of the bank, in the bank's order.
    pub fn forms<'a>(&self, bank: &'a QuestionBank) -> Vec<(&'a Form, usize)> {
        bank.forms
            .iter()
            .map(|form| {
                let count = self
                    .participants
                    .iter()
                    .filter(|p| p.form == form.id)
                    .count();
                (form, count)
            })
            .collect()
    }

    /// Each dimension of the bank with the spread of its scores, in the bank's order.
    pub fn dimensions<'a>(&self, bank: &'a QuestionBank) -> Vec<(&'a Dimension, Option<Spread>)> {
        bank.dimensions
            .iter()
            .enumerate()
            .map(|(i, dimension)| {
                let scores = self
                    .participants
                    .iter()
                    .filter_map(|p| p.scores.get(i).copied().flatten());
                (dimension, Spread::of(scores))
            })
            .collect()
    }

    /// How precisely each participant's match is known: how many got one percentage, a
    /// range, or the band alone (the rest have no reliable result).
    pub fn precisions(&self) -> [(&'static str, usize); 3] {
        let count = |wanted: fn(&Precision) -> bool| {
            self.participants
                .iter()
                .filter(|p| p.precision.as_ref().is_some_and(wanted))
                .count()
        };
        [
            (
                "Avec un pourcentage",
                count(|p| matches!(p, Precision::Figure(_))),
            ),
            (
                "Avec une fourchette",
                count(|p| matches!(p, Precision::Range { .. })),
            ),
            (
                "Niveau seul (profil plat)",
                count(|p| matches!(p, Precision::BandOnly)),
            ),
        ]
    }

    /// Each activity of the bank with how many participants rated how much they liked
    /// it, in [`Liking::ALL`]'s order, and how many rated it at all.
    pub fn likings<'a>(&self, bank: &'a QuestionBank) -> Vec<(&'a Activity, [usize; 3], usize)> {
        self.tally(bank, |r| r.liking.map(Liking::code))
    }

    /// Each activity of the bank with how many participants found it easy, medium or
    /// hard, in [`Difficulty::ALL`]'s order, and how many said how hard it was.
    pub fn difficulties<'a>(
        &self,
        bank: &'a QuestionBank,
    ) -> Vec<(&'a Activity, [usize; 3], usize)> {
        self.tally(bank, |r| r.difficulty.map(Difficulty::code))
    }

    /// Each activity with how many participants gave each answer to one of its
    /// ratings (`answer` gives its code, 1 to 3), and how many gave one at all.
    fn tally<'a>(
        &self,
        bank: &'a QuestionBank,
        answer: fn(&Rating) -> Option<u8>,
    ) -> Vec<(&'a Activity, [usize; 3], usize)> {
        bank.activities
            .iter()
            .map(|activity| {
                let mut counts = [0; 3];
                for p in &self.participants {
                    let code = p.ratings.get(activity.id.as_ref()).and_then(answer);
                    if let Some(n) =
                        code.and_then(|c| counts.get_mut(usize::from(c).checked_sub(1)?))
                    {
                        *n += 1;
                    }
                }
                (activity, counts, counts.iter().sum())
            })
            .collect()
    }

    /// The spread of the overall fit, over participants with a reliable result.
    pub fn overall(&self) -> Option<Spread> {
        Spread::of(self.participants.iter().filter_map(|p| p.overall))
    }

    /// Participants' three-letter RIASEC codes with how many have each, most common
    /// first (ties in alphabetical order).
    pub fn riasec_codes(&self) -> Vec<(String, usize)> {
        // At most 120 different codes: a list searched in order is enough.
        let mut codes: Vec<(String, usize)> = Vec::new();
        for code in self.participants.iter().map(|p| p.riasec.code()) {
            match codes.iter_mut().find(|(c, _)| *c == code) {
                Some((_, n)) => *n += 1,
                None if code.is_empty() => {}
                None => codes.push((code, 1)),
            }
        }
        sort_by(&mut codes, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        codes
    }

    /// The group's mean RIASEC profile: each type's mean over participants who have it.
    pub fn riasec_profile(&self) -> RiasecProfile {
        RiasecProfile::mean_of(self.participants.iter().flat_map(|p| p.riasec.scored()))
    }
}

#[cfg(test)]
mod tests;
