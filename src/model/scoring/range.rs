//! How sure a score is: the range it probably lies in, from the number of answers and
//! their spread, and that sureness in words.

/// How wide a score's range is drawn: ±1.28 standard errors, an 80 % interval.
pub const RANGE_Z: f64 = 1.28;

/// The spread assumed before seeing any answer (in keyed points, 0–4), counted as one
/// answer's worth. Without it, two identical answers would look perfectly precise.
pub const PRIOR_SPREAD: f64 = 1.0;

/// Fewer answers than this, or a range wider than [`FRAGILE_HALF_WIDTH`] on either
/// side, make an estimate fragile.
pub const SURE_MIN_ANSWERS: usize = 3;
/// A half-width (in points) above which an estimate is fragile.
pub const FRAGILE_HALF_WIDTH: f64 = 20.0;
/// A half-width (in points) up to which an estimate is fairly sure.
pub const SURE_HALF_WIDTH: f64 = 10.0;

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
    pub sureness: Sureness,
}

impl Range {
    /// The range around a mean of `n` keyed values whose squared deviations from their
    /// mean sum to `squares`.
    pub(super) fn of(mean: f64, n: usize, squares: f64) -> Range {
        let n_f = n as f64;
        let variance = (squares + PRIOR_SPREAD * PRIOR_SPREAD) / n_f;
        let half = RANGE_Z * 25.0 * (variance / n_f).sqrt();
        let score = mean * 25.0;
        Range {
            low: (score - half).max(0.0),
            high: (score + half).min(100.0),
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
