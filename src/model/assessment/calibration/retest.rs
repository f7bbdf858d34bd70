//! Two figures of trust under the response model: how often one person answering twice
//! gets the same band (retest, with Cohen's κ), and how often a range holds the score
//! the person would get on average over endless answerings (coverage).

use super::Population;
use crate::model::assessment::answers::measured_dimensions;
use crate::model::assessment::report::Report;
use crate::model::assessment::response_model::Respondent;
use crate::model::assessment::scoring::{Band, DimensionScore, dimension_scores, family_fit};
use crate::model::base::shuffle::Rng;
use crate::model::role::quiz::{Family, QuestionBank};

/// One profile answered twice, `pupils` times.
#[derive(Debug, Clone, PartialEq)]
pub struct Retest {
    pub pupils: usize,
    /// Pupils with a match both times.
    pub scored: usize,
    /// Share (0–1) of those whose two matches fall in the same band.
    pub same_band: f64,
    /// Cohen's κ of the two bands: agreement beyond what chance gives.
    pub kappa: f64,
    /// Share (0–1) of all pupils whose two headlines are compatible (see
    /// [`Report::headline`]): both withheld, or both shown with a band in common.
    pub compatible: f64,
}

/// Cohen's κ of a square table of counts (rows: first answering, columns: second).
pub fn cohen_kappa(table: &[[usize; 4]; 4]) -> f64 {
    let total: usize = table.iter().flatten().sum();
    if total == 0 {
        return 0.0;
    }
    let n = total as f64;
    let observed = (0..4).map(|i| table[i][i]).sum::<usize>() as f64 / n;
    let expected = (0..4)
        .map(|i| {
            let row: usize = table[i].iter().sum();
            let column: usize = table.iter().map(|r| r[i]).sum();
            row as f64 * column as f64 / (n * n)
        })
        .sum::<f64>();
    if expected >= 1.0 {
        1.0
    } else {
        (observed - expected) / (1.0 - expected)
    }
}

/// `pupils` people of `population`, each answering the form twice.
pub fn retest(
    bank: &QuestionBank,
    form: &str,
    population: Population,
    pupils: usize,
    seed: u64,
) -> Retest {
    let mut rng = Rng::new(seed);
    let mut table = [[0usize; 4]; 4];
    let mut compatible = 0;
    for _ in 0..pupils {
        let person = population.draw(bank, &mut rng);
        let [first, second] = [(); 2].map(|_| person.answers(bank, form, &mut rng));
        let (Some(first), Some(second)) = (
            Report::new(bank, form, &first),
            Report::new(bank, form, &second),
        ) else {
            continue;
        };
        if let (Some(a), Some(b)) = (first.fit.overall(), second.fit.overall()) {
            table[Band::of(a) as usize][Band::of(b) as usize] += 1;
        }
        let agree = match (first.headline(), second.headline()) {
            (Some(a), Some(b)) => a.overlaps(&b),
            (a, b) => a.is_none() && b.is_none(),
        };
        compatible += usize::from(agree);
    }
    let scored: usize = table.iter().flatten().sum();
    let same: usize = (0..4).map(|i| table[i][i]).sum();
    Retest {
        pupils,
        scored,
        same_band: same as f64 / scored.max(1) as f64,
        kappa: cohen_kappa(&table),
        compatible: compatible as f64 / pupils.max(1) as f64,
    }
}

/// How often ranges hold the true score.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Ranges of interest scores drawn, and how many held the true score.
    pub dimensions: usize,
    pub dimensions_covered: usize,
    /// Ranges of the match drawn (for pupils whose true match is above 0, where the
    /// range is not cut at 0), and how many held it.
    pub matches: usize,
    pub matches_covered: usize,
}

impl Coverage {
    pub fn dimension_share(&self) -> f64 {
        self.dimensions_covered as f64 / self.dimensions.max(1) as f64
    }

    pub fn match_share(&self) -> f64 {
        self.matches_covered as f64 / self.matches.max(1) as f64
    }
}

/// The score each dimension would get on average over endless answerings of the form
/// by `person` (the same dimensions, in the same order, as [`dimension_scores`]).
pub fn true_scores(bank: &QuestionBank, form: &str, person: &Respondent) -> Vec<Option<f64>> {
    bank.form_dimensions(form)
        .map(|dimension| {
            let keyed: Vec<f64> = bank
                .form_items(form)
                .filter_map(|item| {
                    let measured = measured_dimensions(item)
                        .into_iter()
                        .find(|d| dimension.takes(d))?;
                    Some(person.expected_keyed(bank, item, measured))
                })
                .collect();
            (!keyed.is_empty()).then(|| 25.0 * keyed.iter().sum::<f64>() / keyed.len() as f64)
        })
        .collect()
}

/// The ranges of `pupils` people of `population` answering the form once (no activity).
pub fn coverage(
    bank: &QuestionBank,
    form: &str,
    population: Population,
    pupils: usize,
    seed: u64,
) -> Coverage {
    let mut rng = Rng::new(seed);
    let mut c = Coverage {
        dimensions: 0,
        dimensions_covered: 0,
        matches: 0,
        matches_covered: 0,
    };
    let holds = |low: f64, high: f64, truth: f64| low - 1e-9 <= truth && truth <= high + 1e-9;
    for _ in 0..pupils {
        let person = population.draw(bank, &mut rng);
        let answers = person.answers(bank, form, &mut rng);
        let scores = dimension_scores(bank, form, &answers);
        let truths = true_scores(bank, form, &person);
        for (s, truth) in scores.iter().zip(&truths) {
            if s.dimension.family != Family::Interest {
                continue;
            }
            if let (Some(range), Some(truth)) = (s.range, truth) {
                c.dimensions += 1;
                c.dimensions_covered += usize::from(holds(range.low, range.high, *truth));
            }
        }
        let true_dimensions: Vec<DimensionScore> = scores
            .iter()
            .zip(&truths)
            .map(|(s, truth)| DimensionScore {
                score: *truth,
                ..s.clone()
            })
            .collect();
        let (Some(fit), Some(truth)) = (
            family_fit(&scores, Family::Interest),
            family_fit(&true_dimensions, Family::Interest),
        ) else {
            continue;
        };
        if truth.value > 0.0 {
            c.matches += 1;
            c.matches_covered += usize::from(holds(fit.low, fit.high, truth.value));
        }
    }
    c
}
