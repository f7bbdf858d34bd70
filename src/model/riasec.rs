//! The RIASEC interest profile: the visitor's six scores and three-letter code, beside
//! the role's profile from O*NET (15-1252.00, on a 1–7 scale).

use std::collections::BTreeMap;

use super::quiz::{Family, Riasec};
use super::scoring::DimensionScore;
use super::small_sort::{collect_map, sort_by};

/// A RIASEC profile on a 0–100 scale; a type with no measured interest has no score.
#[derive(Debug, Clone, PartialEq)]
pub struct RiasecProfile {
    pub scores: BTreeMap<Riasec, f64>,
}

impl RiasecProfile {
    /// The visitor's profile: each type's score is the mean score of the interests
    /// mapped to it that have a score.
    pub fn of_visitor(scores: &[DimensionScore]) -> RiasecProfile {
        RiasecProfile::mean_of(scores.iter().filter_map(|s| {
            match (s.dimension.family, s.dimension.riasec, s.score) {
                (Family::Interest, Some(letter), Some(score)) => Some((letter, score)),
                _ => None,
            }
        }))
    }

    /// Each type's mean over the scores given for it; a type with none has no score.
    pub fn mean_of(scores: impl Iterator<Item = (Riasec, f64)>) -> RiasecProfile {
        let mut sums: BTreeMap<Riasec, (f64, u32)> = BTreeMap::new();
        for (letter, score) in scores {
            let entry = sums.entry(letter).or_default();
            entry.0 += score;
            entry.1 += 1;
        }
        RiasecProfile {
            scores: collect_map(
                sums.into_iter()
                    .map(|(letter, (sum, n))| (letter, sum / f64::from(n))),
            ),
        }
    }

    /// A profile given on O*NET's 1–7 scale, brought to 0–100.
    pub fn from_onet(levels: &[(Riasec, f64)]) -> RiasecProfile {
        RiasecProfile {
            scores: collect_map(
                levels.iter().map(|(letter, level)| {
                    (*letter, ((level - 1.0) / 6.0 * 100.0).clamp(0.0, 100.0))
                }),
            ),
        }
    }

    /// The three highest types, highest first; ties keep the R-I-A-S-E-C order.
    /// Shorter when fewer than three types have a score.
    pub fn code(&self) -> String {
        let mut letters: Vec<(Riasec, f64)> = self.scores.iter().map(|(l, s)| (*l, *s)).collect();
        sort_by(&mut letters, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        letters.iter().take(3).map(|(l, _)| l.letter()).collect()
    }
}
