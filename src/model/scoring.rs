//! Scoring: from answers to a 0–100 score per dimension, then to the fit with the role.
//!
//! The steps, documented with a worked example in ARCHITECTURE.md:
//! 1. every answer is brought to a keyed value 0–4 per dimension it measures (reverse
//!    statements flipped; a situation's option rates several qualities);
//! 2. a dimension's score is the mean keyed value of its answered items in the form,
//!    times 25; with fewer than [`MIN_ANSWERS`] answers it has no score;
//! 3. a dimension's agreement with the role is `min(score, target) / target`: reaching
//!    the role's level is enough, going beyond it is not penalised;
//! 4. a family's fit is the importance-weighted mean of its agreements, over the
//!    dimensions that have a score, provided they carry at least half the family's weight;
//! 5. the overall fit is the mean of the two families' fits, shown as a [`Band`].

use super::answers::{Answers, KEYED_MAX, keyed_values};
use super::quiz::{Dimension, Family, Item, QuestionBank};
use super::small_sort::sort_by_key;

/// The fewest answered items for a dimension to get a score.
pub const MIN_ANSWERS: usize = 2;

/// One answered item's effect on one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence<'a> {
    pub item: &'a Item,
    /// The keyed value 0–4: above 2 raised the dimension, below 2 lowered it.
    pub keyed: u8,
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
    /// Items of the form that measure it.
    pub asked: usize,
    /// The answers behind the score, strongest effect first.
    pub evidence: Vec<Evidence<'a>>,
    /// 0–100, or `None` when fewer than [`MIN_ANSWERS`] items were answered.
    pub score: Option<f64>,
}

impl DimensionScore<'_> {
    /// Agreement with the role, 0–1, for a dimension the role has a target on and that
    /// has a score.
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

/// `min(score, level) / level`, in 0–1; a zero level is always met.
pub fn agreement(score: f64, level: u8) -> f64 {
    if level == 0 {
        1.0
    } else {
        (score / f64::from(level)).clamp(0.0, 1.0)
    }
}

/// The score of every dimension of the bank, in the bank's order, from the answers to
/// the form's items. Answers to items outside the form, to unknown items, or that do
/// not fit their item are ignored.
pub fn dimension_scores<'a>(
    bank: &'a QuestionBank,
    form: &str,
    answers: &Answers,
) -> Vec<DimensionScore<'a>> {
    let items: Vec<&Item> = bank.form_items(form).collect();
    bank.dimensions
        .iter()
        .map(|dimension| {
            let mut asked = 0;
            let mut evidence = Vec::new();
            for item in &items {
                let measures =
                    super::answers::measured_dimensions(item).contains(&dimension.id.as_ref());
                if !measures {
                    continue;
                }
                asked += 1;
                if let Some(answer) = answers.get(&*item.id) {
                    evidence.extend(
                        keyed_values(item, *answer)
                            .into_iter()
                            .filter(|(d, _)| *d == dimension.id)
                            .map(|(_, keyed)| Evidence { item, keyed }),
                    );
                }
            }
            let score = (evidence.len() >= MIN_ANSWERS).then(|| {
                let sum: u32 = evidence.iter().map(|e| u32::from(e.keyed)).sum();
                f64::from(sum) * 100.0 / (f64::from(KEYED_MAX) * evidence.len() as f64)
            });
            sort_by_key(&mut evidence, |e| {
                std::cmp::Reverse(e.keyed.abs_diff(KEYED_MAX / 2))
            });
            DimensionScore {
                dimension,
                asked,
                evidence,
                score,
            }
        })
        .collect()
}

/// A family's fit, 0–100, or `None` when the dimensions with a score carry less than
/// half of the family's importance.
pub fn family_fit(scores: &[DimensionScore], family: Family) -> Option<f64> {
    let mut total_weight = 0.0;
    let mut measured_weight = 0.0;
    let mut weighted = 0.0;
    for s in scores.iter().filter(|s| s.dimension.family == family) {
        let Some(target) = &s.dimension.target else {
            continue;
        };
        let weight = f64::from(target.importance);
        total_weight += weight;
        if let Some(agreement) = s.agreement() {
            measured_weight += weight;
            weighted += weight * agreement;
        }
    }
    (total_weight > 0.0 && measured_weight * 2.0 >= total_weight)
        .then(|| 100.0 * weighted / measured_weight)
}

/// The fit with the role, family by family and overall.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub interests: Option<f64>,
    pub qualities: Option<f64>,
    /// The mean of the two, when both exist.
    pub overall: Option<f64>,
}

pub fn fit(scores: &[DimensionScore]) -> Fit {
    let interests = family_fit(scores, Family::Interest);
    let qualities = family_fit(scores, Family::Quality);
    let overall = interests.zip(qualities).map(|(i, q)| (i + q) / 2.0);
    Fit {
        interests,
        qualities,
        overall,
    }
}

/// How a fit figure is said in words, rather than shown with false precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    Weak,
    Partial,
    Good,
    VeryStrong,
}

impl Band {
    /// The band of a fit figure, 0–100.
    pub fn of(fit: f64) -> Band {
        match fit {
            f if f >= 80.0 => Band::VeryStrong,
            f if f >= 65.0 => Band::Good,
            f if f >= 45.0 => Band::Partial,
            _ => Band::Weak,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::VeryStrong => "Très forte affinité",
            Band::Good => "Bonne affinité",
            Band::Partial => "Affinité partielle",
            Band::Weak => "Faible affinité",
        }
    }
}

#[cfg(test)]
mod tests;
