//! From dimension scores to the fit with the role: each family's fit and its range
//! (steps 4 and 5 of [`super`]), the match (the interests' fit), and the bands it is
//! said in.

use super::{DimensionScore, agreement, points};
use crate::model::quiz::Family;

/// A family's fit: a 0–100 figure and the range it probably lies in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FamilyFit {
    /// 0 means no evidence for the role; 100, the role's level reached everywhere.
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

/// The widest range (half-width in points) for which a fit is said as one percentage;
/// a wider one is said as a range.
pub const FIGURE_HALF_WIDTH: f64 = 10.0;

impl FamilyFit {
    /// Half the width of the range, in points.
    pub fn half_width(&self) -> f64 {
        (self.high - self.low) / 2.0
    }

    /// Whether the range is narrow enough for one percentage.
    pub fn is_precise(&self) -> bool {
        self.half_width() <= FIGURE_HALF_WIDTH
    }

    /// The fit as precisely as the answers allow: "62 %" or "entre 40 et 75 %".
    pub fn describe(&self) -> String {
        if self.is_precise() {
            format!("{} %", points(self.value))
        } else {
            format!("entre {} et {} %", points(self.low), points(self.high))
        }
    }
}

/// A family's fit, or `None` when the dimensions with a score carry less than half of
/// the family's importance.
///
/// The range: each dimension's agreement is read at both ends of its score's range,
/// and the half-differences are combined as independent errors (root of the sum of
/// squares, weighted as the fit is).
pub fn family_fit(scores: &[DimensionScore], family: Family) -> Option<FamilyFit> {
    let mut total_weight = 0.0;
    let mut measured_weight = 0.0;
    let mut weighted = 0.0;
    let mut squares = 0.0;
    for s in scores.iter().filter(|s| s.dimension.family == family) {
        let Some(target) = &s.dimension.target else {
            continue;
        };
        let weight = f64::from(target.importance);
        total_weight += weight;
        let (Some(score), Some(range)) = (s.score, s.range) else {
            continue;
        };
        measured_weight += weight;
        weighted += weight * agreement(score, target.level);
        let half = (agreement(range.high, target.level) - agreement(range.low, target.level)) / 2.0;
        squares += (weight * half).powi(2);
    }
    if total_weight == 0.0 || measured_weight * 2.0 < total_weight {
        return None;
    }
    let fit = weighted / measured_weight;
    let half = squares.sqrt() / measured_weight;
    let shown = |f: f64| 100.0 * f.clamp(0.0, 1.0);
    Some(FamilyFit {
        value: shown(fit),
        low: shown(fit - half),
        high: shown(fit + half),
    })
}

/// The fit with the role, family by family.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// The match: interests decide it.
    pub interests: Option<FamilyFit>,
    /// Shown beside the match as strengths and points to develop; never part of it.
    pub qualities: Option<FamilyFit>,
}

impl Fit {
    /// The match with the role, 0–100: the interests' fit.
    pub fn overall(&self) -> Option<f64> {
        self.interests.map(|f| f.value)
    }
}

pub fn fit(scores: &[DimensionScore]) -> Fit {
    Fit {
        interests: family_fit(scores, Family::Interest),
        qualities: family_fit(scores, Family::Quality),
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
