//! From dimension scores to the fit with the role: each family's fit and its range
//! (steps 4 and 5 of [`super`]), the match (the interests' fit), the bands it is said
//! in, and the headline: one band, or two when the range lies across a band's edge.

use super::{DimensionScore, INDIFFERENCE, agreement, points};
use crate::model::assessment::scoring::NOT_ENOUGH_ANSWERS;
use crate::model::role::quiz::Family;

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
/// The range: each dimension's margin (its range's half-width before it is cut to
/// 0–100) in agreement, combined as independent errors (root of the sum of squares,
/// weighted as the fit is).
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
        weighted += weight * agreement(score);
        let half = range.margin / INDIFFERENCE;
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

    /// A family's fit as precisely as the answers allow (« 62 % », « entre 40 et 75 % »),
    /// or that they are too few.
    pub fn describe(&self, family: Family) -> String {
        let fit = match family {
            Family::Interest => self.interests,
            Family::Quality => self.qualities,
        };
        fit.map_or_else(|| NOT_ENOUGH_ANSWERS.to_owned(), |f| f.describe())
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

/// Where each band starts, on the 0–100 match: "très forte" needs strong answers (on
/// average "tout à fait" on at least two answers in five, the rest "plutôt"); "plutôt
/// d'accord" throughout (50) sits inside "bonne"; "partielle" starts between neutral
/// and "plutôt".
pub const BAND_STARTS: [f64; 3] = [15.0, 40.0, 70.0];

impl Band {
    /// The band of a fit figure, 0–100.
    pub fn of(fit: f64) -> Band {
        let [partial, good, very_strong] = BAND_STARTS;
        match fit {
            f if f >= very_strong => Band::VeryStrong,
            f if f >= good => Band::Good,
            f if f >= partial => Band::Partial,
            _ => Band::Weak,
        }
    }

    /// The band's adjective, as the headline says it between two bands.
    pub fn adjective(self) -> &'static str {
        match self {
            Band::VeryStrong => "très forte",
            Band::Good => "bonne",
            Band::Partial => "partielle",
            Band::Weak => "faible",
        }
    }

    /// One sentence on what the band means.
    pub fn sentence(self) -> &'static str {
        match self {
            Band::VeryStrong => {
                "Ce qui t'attire rejoint très largement ce que fait ce métier au quotidien."
            }
            Band::Good => {
                "Ce qui t'attire rejoint en bonne partie ce que fait ce métier : quelques points restent à explorer."
            }
            Band::Partial => {
                "Une partie de ce qui t'attire rejoint le métier, une autre non : le détail montre lesquelles."
            }
            Band::Weak => {
                "Tes réponses ne montrent pas d'attrait net pour ce que fait ce métier. Une réponse neutre ne compte pas pour lui. Le détail montre pourquoi, et des métiers proches peuvent mieux te correspondre."
            }
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

/// What the result says first: the band the match's range lies in, or the two bands
/// it lies across (never a band the range contradicts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headline {
    pub low: Band,
    pub high: Band,
}

impl Headline {
    /// The bands the range of a fit touches.
    pub fn of(fit: &FamilyFit) -> Headline {
        Headline {
            low: Band::of(fit.low),
            high: Band::of(fit.high),
        }
    }

    /// Whether it names one band.
    pub fn is_one_band(&self) -> bool {
        self.low == self.high
    }

    /// Whether two headlines share a band: a second answering that says "bonne" agrees
    /// with a first that said "entre partielle et bonne".
    pub fn overlaps(&self, other: &Headline) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// One sentence on what it means: the band's, or why there are two.
    pub fn sentence(&self) -> String {
        if self.is_one_band() {
            self.low.sentence().to_owned()
        } else {
            format!(
                "Tes réponses te placent entre deux niveaux, {} et {} : elles ne suffisent pas \
                 à trancher. La version complète ou les activités « Essayer le métier » peuvent aider.",
                self.low.adjective(),
                self.high.adjective()
            )
        }
    }

    /// « Bonne affinité », or « Affinité entre partielle et bonne ».
    pub fn label(&self) -> String {
        if self.is_one_band() {
            self.low.label().to_owned()
        } else {
            format!(
                "Affinité entre {} et {}",
                self.low.adjective(),
                self.high.adjective()
            )
        }
    }
}
