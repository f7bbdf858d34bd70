//! Scoring: from answers to a 0–100 score per dimension, how sure that score is, and the
//! match with the role.
//!
//! The steps, documented with a worked example in docs/quiz.md:
//! 1. every answer is brought to a keyed value 0–4 on each dimension it counts for
//!    (reverse statements flipped; a situation's option rates several qualities; in a
//!    form that reports a broad dimension, answers on its parts count for it);
//! 2. a dimension's score is the mean keyed value of its answered items in the form,
//!    times 25, so 50 is indifference; with fewer than [`MIN_ANSWERS`] answers it has no
//!    score. Its [`Range`] comes from the response model (`response_model`). The
//!    activities of « Essayer le métier » that the visitor rated and that name the
//!    dimension are their own piece of evidence: the mean keyed value of their ratings
//!    ([`Liking::keyed`]) weighs [`ACTIVITY_SHARE`] of the dimension's evidence, however
//!    many there are. How hard it felt never counts;
//! 3. a dimension's agreement with the role runs from −1 to 1 and is 0 at indifference:
//!    `(score − 50) / 50`, so it rises with every step from indifference ("plutôt
//!    d'accord" everywhere is ½) to full agreement ("tout à fait" everywhere is 1), and
//!    answering away from the role counts against it. Reaching the role's level makes
//!    the dimension a strength;
//! 4. a family's fit is the importance-weighted mean of its agreements, over the
//!    dimensions that have a score, provided they carry at least half the family's
//!    weight; shown as 0–100, where 0 means no evidence for the role (indifference, or
//!    answers against it);
//! 5. the match is the interests' fit alone, shown as a [`Band`]: interests say what
//!    will motivate. The qualities' fit is shown beside it and never moves it.

use super::answers::{Answer, Answers, KEYED_MAX, keyed_values};
use crate::model::assessment::ratings::{Liking, Ratings};
use crate::model::base::small_sort::sort_by_key;
use crate::model::base::text::lowercase;
use crate::model::role::activity::Activity;
use crate::model::role::quiz::{Dimension, Item, ItemKind, QuestionBank};

mod fit;
mod range;

pub use fit::{BAND_STARTS, Band, FIGURE_HALF_WIDTH, FamilyFit, Fit, Headline, family_fit, fit};

pub use range::{
    COVERAGE, FRAGILE_HALF_WIDTH, NEUTRAL_WEIGHT, RANGE_Z, Range, SURE_HALF_WIDTH,
    SURE_MIN_ANSWERS, Sureness,
};

/// The fewest answered items for a dimension to get a score.
pub const MIN_ANSWERS: usize = 2;

/// The share of a dimension's evidence that the activities naming it weigh together,
/// whatever their number: a quarter, so that four clicks never outweigh the answers.
pub const ACTIVITY_SHARE: f64 = 0.25;

/// The score of indifference: every answer neutral.
pub const INDIFFERENCE: f64 = 50.0;

/// What is said in place of a score, a fit or a profile that the answers are too few for.
pub const NOT_ENOUGH_ANSWERS: &str = "pas assez de réponses";

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
    /// A statement answered "ni d'accord ni pas d'accord".
    pub fn is_neutral_statement(&self) -> bool {
        matches!(self.item.kind, ItemKind::Statement { .. })
            && self.answer == Answer::Agreement(super::answers::NEUTRAL)
    }

    /// What the visitor answered, in one line: « « J'aime… » : tu as répondu plutôt
    /// d'accord », or « Situation « … » : tu as choisi « … » ».
    pub fn said(&self, bank: &QuestionBank) -> String {
        let label = self.answer.label(bank, self.item).unwrap_or_default();
        match &self.item.kind {
            ItemKind::Statement { text, .. } => {
                format!("« {text} » : tu as répondu {}", lowercase(label))
            }
            ItemKind::Situation { title, .. } => {
                format!("Situation « {title} » : tu as choisi « {label} »")
            }
        }
    }

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
        self.dimension.target.as_ref()?;
        Some(agreement(self.score?))
    }

    /// How far the score is below the role's level, in points (0 when it reaches it).
    pub fn gap(&self) -> Option<f64> {
        let target = self.dimension.target.as_ref()?;
        Some((f64::from(target.level) - self.score?).max(0.0))
    }

    /// Whether the score reaches the role's level.
    pub fn meets_target(&self) -> bool {
        self.gap().is_some_and(|g| g == 0.0)
    }

    /// The score in one line, with its range and how sure it is: « Rigueur : 62 sur
    /// 100, entre 50 et 75 (assez sûr) », or that the answers are too few.
    pub fn summary(&self) -> String {
        let name = &self.dimension.name;
        match (self.score, self.range) {
            (Some(score), Some(range)) => format!(
                "{name} : {} sur 100, entre {} et {} ({})",
                points(score),
                points(range.low),
                points(range.high),
                range.sureness.label()
            ),
            _ => format!("{name} : {NOT_ENOUGH_ANSWERS}"),
        }
    }
}

/// A 0–100 figure as the whole number shown to people. (Shown as an integer, it also
/// keeps float formatting code out of the app.)
pub fn points(value: f64) -> u8 {
    value.round().clamp(0.0, 100.0) as u8
}

/// Agreement of a score with the role, in −1 to 1: 0 at indifference (50), ½ at
/// "plutôt d'accord" (75), 1 at "tout à fait" (100), −1 at "pas du tout" (0). It rises
/// with every step, so a stronger answer always counts more.
pub fn agreement(score: f64) -> f64 {
    ((score - INDIFFERENCE) / INDIFFERENCE).clamp(-1.0, 1.0)
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
            let (score, range) = if evidence.len() >= MIN_ANSWERS {
                let n = evidence.len() as f64;
                let keyed: Vec<f64> = evidence.iter().map(|e| f64::from(e.keyed)).collect();
                let answered = keyed.iter().sum::<f64>() / n;
                let squares = keyed.iter().map(|k| (k - answered).powi(2)).sum::<f64>();
                let neutral = evidence.iter().filter(|e| e.is_neutral_statement()).count();
                let mean = if tried.is_empty() {
                    answered
                } else {
                    let liked = tried
                        .iter()
                        .map(|t| f64::from(t.liking.keyed()))
                        .sum::<f64>()
                        / tried.len() as f64;
                    (1.0 - ACTIVITY_SHARE) * answered + ACTIVITY_SHARE * liked
                };
                let range = Range::of(mean, evidence.len(), neutral, squares);
                (Some(mean * 25.0), Some(range))
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
