//! The response model: how a simulated person answers, stated once and used by the
//! calibration, the retest and coverage figures, and the ranges of the scoring.
//!
//! A respondent has a **latent level** per dimension, on the keyed scale 0–4 (2 is
//! indifference, 3 "plutôt", 4 "tout à fait" toward the dimension). To a statement they
//! answer their level, keyed the statement's way, plus a normal noise of standard
//! deviation [`ANSWER_NOISE`], rounded to the scale. Optional response styles:
//! *yes-saying* adds a shift in agreement points before the reverse keying (so it lowers
//! the keyed value of reverse statements), *middle-answering* pulls the answer toward
//! the neutral point, and *random* answers a share of the items uniformly. To a
//! situation they choose an option with a probability that grows with how well its
//! values fit their latent qualities (a softmax of temperature [`CHOICE_NOISE`]). They
//! like an activity of « Essayer le métier » when their mean level on its dimensions,
//! plus noise, is above "plutôt" halfway, and say « Pas du tout » when it is below
//! "plutôt pas" halfway.

use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::ratings::{Liking, Rating, Ratings};
use crate::model::base::shuffle::Rng;
use crate::model::role::quiz::{Item, ItemKind, QuestionBank};

/// The standard deviation of the noise around the latent level, in keyed points.
pub const ANSWER_NOISE: f64 = 0.7;
/// The temperature of a situation's choice: a lower one follows the latent qualities
/// more closely.
pub const CHOICE_NOISE: f64 = 1.0;

/// The standard deviation of one answer around its expected value under the model
/// (noise and rounding), in keyed points: what the ranges of the scoring assume.
pub fn answer_spread() -> f64 {
    (ANSWER_NOISE * ANSWER_NOISE + 1.0 / 12.0).sqrt()
}

/// How a respondent answers, beside their levels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// The noise around the level, in keyed points (0: always the level, rounded).
    pub noise: f64,
    /// Agreement points added to every statement before reverse keying (yes-saying).
    pub acquiescence: f64,
    /// 0–1: how far every answer is pulled toward the neutral point.
    pub middle: f64,
    /// 0–1: the share of items answered uniformly at random.
    pub random: f64,
}

impl Style {
    /// Answers around the level with the model's noise, and no style.
    pub const PLAIN: Style = Style {
        noise: ANSWER_NOISE,
        acquiescence: 0.0,
        middle: 0.0,
        random: 0.0,
    };
    /// Always the level itself.
    pub const EXACT: Style = Style {
        noise: 0.0,
        ..Style::PLAIN
    };
}

/// One simulated respondent: a latent level per dimension of the bank (in the bank's
/// order) and a style.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondent {
    pub levels: Vec<f64>,
    pub style: Style,
}

/// A draw from the standard normal distribution (Box–Muller).
pub fn normal(rng: &mut Rng) -> f64 {
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let v = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    (-2.0 * (1.0 - u).ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

/// A number drawn uniformly in `low..high`.
pub fn uniform(rng: &mut Rng, low: f64, high: f64) -> f64 {
    low + (high - low) * (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// The standard normal distribution function (Abramowitz and Stegun 7.1.26, error
/// below 1e-7).
pub fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * z);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-z * z).exp();
    if x >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

impl Respondent {
    /// The same level on every dimension of the bank.
    pub fn flat(bank: &QuestionBank, level: f64, style: Style) -> Respondent {
        Respondent {
            levels: vec![level; bank.dimensions.len()],
            style,
        }
    }

    /// The latent level on the dimension `id` (indifference if the bank has none).
    pub fn level(&self, bank: &QuestionBank, id: &str) -> f64 {
        bank.dimensions
            .iter()
            .position(|d| d.id == id)
            .and_then(|i| self.levels.get(i).copied())
            .unwrap_or(2.0)
    }

    /// Sets the level on the dimension `id`.
    pub fn set(&mut self, bank: &QuestionBank, id: &str, level: f64) {
        if let Some(i) = bank.dimensions.iter().position(|d| d.id == id) {
            self.levels[i] = level.clamp(0.0, 4.0);
        }
    }

    /// The centre (1–5, before rounding) and spread of the agreement given to a
    /// statement on `dimension`.
    fn agreement_centre(&self, bank: &QuestionBank, dimension: &str, reverse: bool) -> (f64, f64) {
        let level = self.level(bank, dimension);
        let agreement = if reverse { 5.0 - level } else { 1.0 + level };
        let pulled = 1.0 - self.style.middle;
        (
            3.0 + pulled * (agreement + self.style.acquiescence - 3.0),
            pulled * self.style.noise,
        )
    }

    /// How likely each option of a situation is chosen (uniform when no option fits
    /// the levels better than another).
    fn choice_probabilities(&self, bank: &QuestionBank, item: &Item) -> Vec<f64> {
        let ItemKind::Situation { options, .. } = &item.kind else {
            return Vec::new();
        };
        let utility: Vec<f64> = options
            .iter()
            .map(|o| {
                o.values
                    .iter()
                    .map(|(d, v)| (f64::from(*v) - 2.0) * (self.level(bank, d) - 2.0))
                    .sum::<f64>()
                    / CHOICE_NOISE
            })
            .collect();
        let top = utility.iter().copied().fold(f64::MIN, f64::max);
        let weights: Vec<f64> = utility.iter().map(|u| (u - top).exp()).collect();
        let total: f64 = weights.iter().sum();
        let random = self.style.random;
        let uniform = 1.0 / options.len().max(1) as f64;
        weights
            .iter()
            .map(|w| (1.0 - random) * w / total + random * uniform)
            .collect()
    }

    /// One answer to `item`.
    pub fn answer(&self, bank: &QuestionBank, item: &Item, rng: &mut Rng) -> Answer {
        match &item.kind {
            ItemKind::Statement {
                dimension, reverse, ..
            } => {
                if self.style.random > 0.0 && uniform(rng, 0.0, 1.0) < self.style.random {
                    return Answer::Agreement(1 + rng.below(5) as u8);
                }
                let (centre, spread) = self.agreement_centre(bank, dimension, *reverse);
                let drawn = centre + spread * normal(rng);
                Answer::Agreement(drawn.round().clamp(1.0, 5.0) as u8)
            }
            ItemKind::Situation { .. } => {
                let p = self.choice_probabilities(bank, item);
                let mut x = uniform(rng, 0.0, 1.0);
                for (i, pi) in p.iter().enumerate() {
                    if x < *pi {
                        return Answer::Choice(i as u8);
                    }
                    x -= pi;
                }
                Answer::Choice(p.len().saturating_sub(1) as u8)
            }
        }
    }

    /// Answers to every item of the form.
    pub fn answers(&self, bank: &QuestionBank, form: &str, rng: &mut Rng) -> Answers {
        bank.form_items(form)
            .map(|item| (item.id.to_string(), self.answer(bank, item, rng)))
            .collect()
    }

    /// How much the respondent likes each activity of the bank.
    pub fn ratings(&self, bank: &QuestionBank, rng: &mut Rng) -> Ratings {
        bank.activities
            .iter()
            .map(|a| {
                let n = a.dimensions.len().max(1) as f64;
                let level = a
                    .dimensions
                    .iter()
                    .map(|d| self.level(bank, d))
                    .sum::<f64>()
                    / n;
                let felt = level + self.style.noise * normal(rng);
                let liking = if felt >= 2.5 {
                    Liking::Liked
                } else if felt >= 1.5 {
                    Liking::Meh
                } else {
                    Liking::Disliked
                };
                let rating = Rating {
                    liking: Some(liking),
                    difficulty: None,
                };
                (a.id.to_string(), rating)
            })
            .collect()
    }

    /// The keyed value (0–4) `item` gives the dimension `measured` (an id the item
    /// names) on average over endless answerings: the respondent's true score on it.
    pub fn expected_keyed(&self, bank: &QuestionBank, item: &Item, measured: &str) -> f64 {
        match &item.kind {
            ItemKind::Statement {
                dimension, reverse, ..
            } => {
                let (centre, spread) = self.agreement_centre(bank, dimension, *reverse);
                let mean_agreement = (1..=5u8)
                    .map(|a| {
                        let a = f64::from(a);
                        let cdf = |x: f64| {
                            if spread == 0.0 {
                                if centre.round() <= x { 1.0 } else { 0.0 }
                            } else {
                                normal_cdf((x - centre) / spread)
                            }
                        };
                        let below = if a == 1.0 { 0.0 } else { cdf(a - 0.5) };
                        let up_to = if a == 5.0 { 1.0 } else { cdf(a + 0.5) };
                        a * (up_to - below)
                    })
                    .sum::<f64>();
                let random = self.style.random;
                let agreement = (1.0 - random) * mean_agreement + random * 3.0;
                if *reverse {
                    5.0 - agreement
                } else {
                    agreement - 1.0
                }
            }
            ItemKind::Situation { options, .. } => self
                .choice_probabilities(bank, item)
                .iter()
                .zip(options.iter())
                .map(|(p, o)| {
                    let v = o
                        .values
                        .iter()
                        .find(|(d, _)| d == measured)
                        .map_or(2, |v| v.1);
                    p * f64::from(v)
                })
                .sum(),
        }
    }
}
