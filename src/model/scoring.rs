//! Scoring: from answers to a 0–100 score per dimension, how sure that score is, and the
//! match with the role.
//!
//! The steps, documented with a worked example in docs/quiz.md:
//! 1. every answer is brought to a keyed value 0–4 on each dimension it counts for
//!    (reverse statements flipped; a situation's option rates several qualities; in a
//!    form that reports a broad dimension, answers on its parts count for it);
//! 2. a dimension's score is the mean keyed value of its answered items in the form,
//!    times 25, so 50 is indifference; with fewer than [`MIN_ANSWERS`] answers it has no
//!    score. Its [`Range`] comes from the number of answers and their spread. An
//!    activity of « Essayer le métier » that the visitor rated counts on each
//!    dimension it names as [`ACTIVITY_WEIGHT`] answers of the keyed value of the
//!    rating ([`Liking::keyed`]): liking a task one has just done says more than
//!    imagining it. How hard it felt never counts;
//! 3. a dimension's agreement with the role runs from −1 to 1 and is 0 at indifference:
//!    `(score − 50) / (level − 50)`, clipped, so reaching the role's level is a full 1
//!    and answering away from the role counts against it;
//! 4. a family's fit is the importance-weighted mean of its agreements, over the
//!    dimensions that have a score, provided they carry at least half the family's
//!    weight; shown as 0–100, where 0 means no evidence for the role (indifference, or
//!    answers against it);
//! 5. the match is the interests' fit alone, shown as a [`Band`]: interests say what
//!    will motivate. The qualities' fit is shown beside it and never moves it.

use super::activity::Activity;
use super::activity::tried::{Liking, Ratings};
use super::answers::{Answer, Answers, KEYED_MAX, keyed_values};
use super::quiz::{Dimension, Item, QuestionBank};
use super::small_sort::sort_by_key;

mod fit;
mod range;

pub use fit::{Band, FIGURE_HALF_WIDTH, FamilyFit, Fit, family_fit, fit};

pub use range::{
    FRAGILE_HALF_WIDTH, PRIOR_SPREAD, RANGE_Z, Range, SURE_HALF_WIDTH, SURE_MIN_ANSWERS, Sureness,
};

/// The fewest answered items for a dimension to get a score.
pub const MIN_ANSWERS: usize = 2;

/// How many answers to a statement one rated activity counts as, on each dimension it
/// names.
pub const ACTIVITY_WEIGHT: usize = 1;

/// The score of indifference: every answer neutral.
pub const INDIFFERENCE: f64 = 50.0;

/// One answered item's effect on one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence<'a> {
    pub item: &'a Item,
    /// The answer given.
    pub answer: Answer,
    /// The keyed value 0–4: above 2 raised the dimension, below 2 lowered it.
    pub keyed: u8,
}

/// One rated activity's effect on one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct TriedEvidence<'a> {
    pub activity: &'a Activity,
    pub liking: Liking,
}

/// Which way an answer pushed a dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Raised,
    Neutral,
    Lowered,
}

impl Evidence<'_> {
    pub fn effect(&self) -> Effect {
        match self.keyed.cmp(&(KEYED_MAX / 2)) {
            std::cmp::Ordering::Greater => Effect::Raised,
            std::cmp::Ordering::Equal => Effect::Neutral,
            std::cmp::Ordering::Less => Effect::Lowered,
        }
    }
}

/// A dimension's result.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore<'a> {
    pub dimension: &'a Dimension,
    /// Items of the form that count for it.
    pub asked: usize,
    /// The answers behind the score, strongest effect first.
    pub evidence: Vec<Evidence<'a>>,
    /// The rated activities behind the score, in the role's order.
    pub tried: Vec<TriedEvidence<'a>>,
    /// 0–100, or `None` when fewer than [`MIN_ANSWERS`] items were answered.
    pub score: Option<f64>,
    /// Where the score probably lies, when there is one.
    pub range: Option<Range>,
}

impl DimensionScore<'_> {
    /// Agreement with the role, −1 to 1, for a dimension the role has a target on and
    /// that has a score.
    pub fn agreement(&self) -> Option<f64> {
        let target = self.dimension.target.as_ref()?;
        Some(agreement(self.score?, target.level))
    }

    /// Whether the score reaches the role's level.
    pub fn meets_target(&self) -> bool {
        self.agreement().is_some_and(|a| a >= 1.0)
    }
}

/// A 0–100 figure as the whole number shown to people. (Shown as an integer, it also
/// keeps float formatting code out of the app.)
pub fn points(value: f64) -> u8 {
    value.round().clamp(0.0, 100.0) as u8
}

/// Agreement of a score with a level, in −1 to 1: 0 at indifference (50), 1 from the
/// level up, −1 as far below indifference as the level is above it. A level at or
/// below indifference is treated as one point above it.
pub fn agreement(score: f64, level: u8) -> f64 {
    let span = (f64::from(level) - INDIFFERENCE).max(1.0);
    ((score - INDIFFERENCE) / span).clamp(-1.0, 1.0)
}

/// The score of every dimension the form reports, in the bank's order, from the answers
/// to the form's items alone (no activity). See [`dimension_scores_with`].
pub fn dimension_scores<'a>(
    bank: &'a QuestionBank,
    form: &str,
    answers: &Answers,
) -> Vec<DimensionScore<'a>> {
    dimension_scores_with(bank, form, answers, &Ratings::new())
}

/// The score of every dimension the form reports, in the bank's order, from the answers
/// to the form's items and the activities rated in `ratings`. Answers to items outside
/// the form, to unknown items, or that do not fit their item are ignored, and so are
/// ratings of unknown activities. An item gives a dimension one piece of evidence at
/// most (the bank's checks see that a situation rates one part of a broad dimension).
pub fn dimension_scores_with<'a>(
    bank: &'a QuestionBank,
    form: &str,
    answers: &Answers,
    ratings: &Ratings,
) -> Vec<DimensionScore<'a>> {
    let items: Vec<&Item> = bank.form_items(form).collect();
    bank.form_dimensions(form)
        .map(|dimension| {
            let mut asked = 0;
            let mut evidence = Vec::new();
            for item in &items {
                let counts = super::answers::measured_dimensions(item)
                    .into_iter()
                    .any(|d| dimension.takes(d));
                if !counts {
                    continue;
                }
                asked += 1;
                if let Some(&answer) = answers.get(&*item.id) {
                    let keyed = keyed_values(item, answer)
                        .into_iter()
                        .find(|(d, _)| dimension.takes(d));
                    if let Some((_, keyed)) = keyed {
                        evidence.push(Evidence {
                            item,
                            answer,
                            keyed,
                        });
                    }
                }
            }
            let tried: Vec<TriedEvidence> = bank
                .activities
                .iter()
                .filter(|a| a.dimensions.iter().any(|d| dimension.takes(d)))
                .filter_map(|activity| {
                    let liking = ratings.get(activity.id.as_ref())?.liking?;
                    Some(TriedEvidence { activity, liking })
                })
                .collect();
            let keyed: Vec<(f64, f64)> = evidence
                .iter()
                .map(|e| (f64::from(e.keyed), 1.0))
                .chain(
                    tried
                        .iter()
                        .map(|t| (f64::from(t.liking.keyed()), ACTIVITY_WEIGHT as f64)),
                )
                .collect();
            let n = evidence.len() + ACTIVITY_WEIGHT * tried.len();
            let (score, range) = if n >= MIN_ANSWERS {
                let mean = keyed.iter().map(|(k, w)| k * w).sum::<f64>() / n as f64;
                let squares = keyed.iter().map(|(k, w)| w * (k - mean).powi(2)).sum();
                (Some(mean * 25.0), Some(Range::of(mean, n, squares)))
            } else {
                (None, None)
            };
            sort_by_key(&mut evidence, |e| {
                std::cmp::Reverse(e.keyed.abs_diff(KEYED_MAX / 2))
            });
            DimensionScore {
                dimension,
                asked,
                evidence,
                tried,
                score,
                range,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
