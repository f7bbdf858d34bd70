//! How sure a score is: the range it probably lies in, from the response model
//! (`response_model`), and that sureness in words.
//!
//! Under the model one answer spreads [`answer_spread`] keyed points around the
//! person's true score, so the mean of `n` answers spreads that much divided by √n.
//! Two things widen it: answers that disagree more than the model's noise (their own
//! spread is used instead, so a contradiction widens the range), and neutral answers,
//! which count as [`NEUTRAL_WEIGHT`] of an answer in how sure the score is: "ni
//! d'accord ni pas d'accord" may mean "I don't know", so it moves the score toward
//! indifference but says less about where the person stands.

use crate::model::assessment::response_model::answer_spread;

/// How wide a score's range is drawn: ± one standard error under the model. With the
/// widening by neutral answers and by the answers' own spread, it holds the true score
/// about 80 % of the time ([`COVERAGE`]; the calibration tests measure it).
pub const RANGE_Z: f64 = 1.0;
/// How often a range holds the true score under the response model: the stated
/// coverage, checked within ± 5 points by the calibration tests.
pub const COVERAGE: f64 = 0.8;

/// What a neutral answer to a statement counts as, in how sure a score is.
pub const NEUTRAL_WEIGHT: f64 = 1.0 / 3.0;

/// Fewer answers than this, or a range wider than [`FRAGILE_HALF_WIDTH`] on either
/// side, make an estimate fragile.
pub const SURE_MIN_ANSWERS: usize = 3;
/// A half-width (in points) above which an estimate is fragile.
pub const FRAGILE_HALF_WIDTH: f64 = 17.0;
/// A half-width (in points) up to which an estimate is fairly sure: three consistent
/// answers (about ± 11) are; three with one neutral (± 12.4) are not.
pub const SURE_HALF_WIDTH: f64 = 12.0;

/// How sure an estimate is, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sureness {
    /// Few answers or answers that disagree: the figure could be far off.
    Fragile,
    /// A rough figure.
    Approximate,
    /// Enough consistent answers for the figure to mean something.
    Sure,
}

impl Sureness {
    pub fn label(self) -> &'static str {
        match self {
            Sureness::Fragile => "estimation fragile",
            Sureness::Approximate => "à confirmer",
            Sureness::Sure => "assez sûr",
        }
    }
}

/// A 0–100 estimate and the range it probably lies in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub low: f64,
    pub high: f64,
    /// The half-width before the range is cut to 0–100, in points: what the match's
    /// range combines.
    pub margin: f64,
    pub sureness: Sureness,
}

impl Range {
    /// The range around a mean keyed value `mean` of `n` answers, `neutral` of them
    /// neutral statements, whose squared deviations from their mean sum to `squares`.
    pub(super) fn of(mean: f64, n: usize, neutral: usize, squares: f64) -> Range {
        let n_f = n as f64;
        let own = if n > 1 {
            (squares / (n_f - 1.0)).sqrt()
        } else {
            0.0
        };
        let spread = answer_spread().max(own);
        let weight = (n - neutral) as f64 + NEUTRAL_WEIGHT * neutral as f64;
        let half = RANGE_Z * 25.0 * spread / weight.sqrt();
        let score = mean * 25.0;
        Range {
            low: (score - half).max(0.0),
            high: (score + half).min(100.0),
            margin: half,
            sureness: sureness(n, half),
        }
    }

    /// Half the width, in points.
    pub fn half_width(&self) -> f64 {
        (self.high - self.low) / 2.0
    }
}

fn sureness(n: usize, half: f64) -> Sureness {
    if n < SURE_MIN_ANSWERS || half > FRAGILE_HALF_WIDTH {
        Sureness::Fragile
    } else if half > SURE_HALF_WIDTH {
        Sureness::Approximate
    } else {
        Sureness::Sure
    }
}
