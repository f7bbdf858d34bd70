//! Simulated respondents, generated from a bank, and the bands they get: the evidence
//! that the match tells people apart instead of flattering everyone.
//!
//! A population draws people from the response model ([`super::response_model`]): latent levels per
//! dimension and a style, from the dimensions' family and the role's targets alone, so
//! that it applies to any role's bank. The native tests hold the app to its promises on
//! these populations (`calibration/tests.rs`), and `scripts/calibration` prints their
//! band distribution (with no activity done, and with every activity of « Essayer le
//! métier » liked or disliked), the retest figure and the ranges' coverage ([`retest`]).

use super::answers::Answers;
use super::report::Report;
use super::scoring::Band;
use crate::model::assessment::ratings::{Liking, Rating, Ratings};
use crate::model::base::shuffle::Rng;
use crate::model::base::small_sort::sort_by_key;
use crate::model::role::quiz::{Dimension, Family, QuestionBank};

mod retest;

pub use retest::{Coverage, Retest, cohen_kappa, coverage, retest, true_scores};

use super::response_model::{Respondent, Style, normal, uniform};

/// A group of simulated people, each drawn from the response model ([`super::response_model`]).
/// "The role's interests" are the interests the role has a target on; "anywhere" is a
/// level drawn uniformly from 0 to 4.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Population {
    /// "Ni d'accord ni pas d'accord" everywhere, exactly; any option of each situation.
    Neutral,
    /// Any answer to every item, uniformly.
    Random,
    /// Random answers biased to the middle: indifferent, with a noise of 1 keyed point
    /// (about 7, 24, 38, 24 and 7 % on the five points).
    MiddleRandom,
    /// Mild yes-saying: indifferent, one agreement point added to every statement,
    /// reverse ones included (about 25 % "neutre", 50 % "plutôt d'accord", 25 % "tout à
    /// fait").
    YesSaying,
    /// The role's interests between "pas du tout" and "plutôt pas"; anywhere elsewhere.
    Away,
    /// The role's interests between "plutôt pas" and "plutôt d'accord"; anywhere
    /// elsewhere.
    Lukewarm,
    /// "Plutôt d'accord" on the role's interests (and the matching disagreement on their
    /// reverse statements), neutral elsewhere, exactly.
    Rather,
    /// "Tout à fait" on the role's interests, neutral elsewhere, exactly.
    Fully,
    /// "Tout à fait" on the role's two most important interests, neutral elsewhere.
    TwoStrong,
    /// Interested pupils: the role's interests above "plutôt d'accord", anywhere
    /// elsewhere, answered with the model's noise.
    Interested,
    /// No leaning: one level, drawn between "plutôt pas" and "plutôt d'accord", on every
    /// dimension, answered with the model's noise.
    Flat,
    /// A class: each pupil leans toward the role's interests by a level drawn anywhere,
    /// each of those interests within about half a point of it, anywhere elsewhere.
    Class,
    /// The same keyed value `0..=4` on every statement of the role's interests, and
    /// neutral elsewhere, exactly: one step of a line from away to toward.
    Line(u8),
    /// Someone with a given taste, described by interest type.
    Persona(Persona),
}

/// A simulated person's tastes: a latent level 0–4 per RIASEC type (interests of that
/// type get it), qualities indifferent, answered with the model's noise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Persona {
    pub name: &'static str,
    /// Leaning in R, I, A, S, E, C order.
    pub leaning: [u8; 6],
}

/// Three people the match must not mistake for the role, and one it must recognise.
pub const PERSONAS: [Persona; 3] = [
    Persona {
        name: "aime le design visuel",
        leaning: [2, 1, 4, 2, 2, 1],
    },
    Persona {
        name: "aime s'occuper des gens",
        leaning: [1, 1, 2, 4, 3, 1],
    },
    Persona {
        name: "aime les données",
        leaning: [2, 3, 1, 1, 1, 4],
    },
];

impl Population {
    /// A short French name for tables.
    pub fn name(&self) -> String {
        match self {
            Population::Neutral => "neutre partout".to_owned(),
            Population::Random => "au hasard".to_owned(),
            Population::MiddleRandom => "au hasard, vers le milieu".to_owned(),
            Population::YesSaying => "dit plutôt oui à tout".to_owned(),
            Population::Away => "à l'opposé des intérêts du métier".to_owned(),
            Population::Lukewarm => "tiède sur les intérêts du métier".to_owned(),
            Population::Rather => "« plutôt d'accord » sur les intérêts du métier".to_owned(),
            Population::Fully => "« tout à fait » sur les intérêts du métier".to_owned(),
            Population::TwoStrong => "deux intérêts du métier au maximum".to_owned(),
            Population::Interested => "élèves intéressés".to_owned(),
            Population::Flat => "sans préférence".to_owned(),
            Population::Class => "une classe".to_owned(),
            Population::Line(k) => format!("ligne, valeur {k} sur 4"),
            Population::Persona(p) => format!("quelqu'un qui {}", p.name),
        }
    }

    /// One person of the population.
    pub fn draw(&self, bank: &QuestionBank, rng: &mut Rng) -> Respondent {
        let exact = |role: f64| role_profile(bank, role, Style::EXACT);
        match *self {
            Population::Neutral => Respondent::flat(bank, 2.0, Style::EXACT),
            Population::Random => Respondent::flat(
                bank,
                2.0,
                Style {
                    random: 1.0,
                    ..Style::PLAIN
                },
            ),
            Population::MiddleRandom => Respondent::flat(
                bank,
                2.0,
                Style {
                    noise: 1.0,
                    ..Style::PLAIN
                },
            ),
            Population::YesSaying => Respondent::flat(
                bank,
                2.0,
                Style {
                    noise: 0.74,
                    acquiescence: 1.0,
                    ..Style::PLAIN
                },
            ),
            Population::Away => {
                role_profile(bank, 2.0, Style::PLAIN).drawn(bank, rng, |rng| uniform(rng, 0.0, 1.0))
            }
            Population::Lukewarm => {
                role_profile(bank, 2.0, Style::PLAIN).drawn(bank, rng, |rng| uniform(rng, 1.0, 3.0))
            }
            Population::Rather => exact(3.0),
            Population::Fully => exact(4.0),
            Population::Line(k) => exact(f64::from(k.min(4))),
            Population::TwoStrong => {
                let mut r = Respondent::flat(bank, 2.0, Style::EXACT);
                for id in strongest_interests(bank).into_iter().take(2) {
                    r.set(bank, id, 4.0);
                }
                r
            }
            Population::Flat => Respondent::flat(bank, uniform(rng, 1.0, 3.0), Style::PLAIN),
            Population::Interested => {
                role_profile(bank, 2.0, Style::PLAIN).drawn(bank, rng, |rng| uniform(rng, 3.0, 4.0))
            }
            Population::Class => {
                let lean = uniform(rng, 0.0, 4.0);
                role_profile(bank, 2.0, Style::PLAIN)
                    .drawn(bank, rng, |rng| lean + 0.5 * normal(rng))
            }
            Population::Persona(p) => {
                let mut r = Respondent::flat(bank, 2.0, Style::PLAIN);
                for d in bank.dimensions.iter() {
                    if let (Family::Interest, Some(letter)) = (d.family, d.riasec) {
                        r.set(bank, &d.id, f64::from(p.leaning[letter as usize]));
                    }
                }
                r
            }
        }
        .anywhere(bank, rng, *self)
    }
}

/// Whether the role has a target on this interest: the match is made of these.
fn is_role_interest(d: &Dimension) -> bool {
    d.family == Family::Interest && d.target.is_some()
}

/// The role's interests, most important first (the bank's order among equals).
pub fn strongest_interests(bank: &QuestionBank) -> Vec<&str> {
    let mut found: Vec<&Dimension> = bank
        .dimensions
        .iter()
        .filter(|d| is_role_interest(d))
        .collect();
    sort_by_key(&mut found, |d| {
        std::cmp::Reverse(d.target.as_ref().map_or(0, |t| t.importance))
    });
    found.into_iter().map(|d| &*d.id).collect()
}

/// A respondent at `role` on the role's interests and indifferent elsewhere; the
/// populations that answer "anywhere" elsewhere are completed by [`Respondent::anywhere`].
fn role_profile(bank: &QuestionBank, role: f64, style: Style) -> Respondent {
    let mut r = Respondent::flat(bank, 2.0, style);
    for d in bank.dimensions.iter().filter(|d| is_role_interest(d)) {
        r.set(bank, &d.id, role);
    }
    r
}

impl Respondent {
    /// Draws each of the role's interests from `level`.
    fn drawn(
        mut self,
        bank: &QuestionBank,
        rng: &mut Rng,
        level: impl Fn(&mut Rng) -> f64,
    ) -> Respondent {
        for d in bank.dimensions.iter().filter(|d| is_role_interest(d)) {
            let v = level(rng);
            self.set(bank, &d.id, v);
        }
        self
    }

    /// For the populations that answer anywhere outside the role's interests, draws
    /// every other dimension's level uniformly.
    fn anywhere(
        mut self,
        bank: &QuestionBank,
        rng: &mut Rng,
        population: Population,
    ) -> Respondent {
        use Population::*;
        if matches!(population, Away | Lukewarm | Interested | Class) {
            for d in bank.dimensions.iter().filter(|d| !is_role_interest(d)) {
                let v = uniform(rng, 0.0, 4.0);
                self.set(bank, &d.id, v);
            }
        }
        self
    }
}

/// One simulated person's answers to every item of the form.
pub fn respondent(
    bank: &QuestionBank,
    form: &str,
    population: Population,
    rng: &mut Rng,
) -> Answers {
    population.draw(bank, rng).answers(bank, form, rng)
}

/// How a population came out: the band of the match as the scoring gives it (before the
/// validity checks), the band shown, and how many the result screen would show no band
/// to.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    pub respondents: usize,
    /// Weak, Partial, Good, VeryStrong, by the match alone.
    pub bands: [usize; 4],
    /// The same, for those shown a result (after the validity checks).
    pub shown: [usize; 4],
    /// No match figure at all (too few answers).
    pub no_figure: usize,
    /// Shown an explanation instead of a band (a validity concern).
    pub withheld: usize,
    /// Shown a headline between two bands.
    pub between: usize,
    /// Mean match, 0–100, over those with a figure.
    pub mean: f64,
    /// Shown one percentage rather than a range or a band alone.
    pub with_percentage: usize,
}

impl Distribution {
    /// The share (0–1) of respondents whose match is at least `band`.
    pub fn share_at_least(&self, band: Band) -> f64 {
        let from = band as usize;
        self.bands[from..].iter().sum::<usize>() as f64 / self.respondents.max(1) as f64
    }

    /// The share (0–1) of respondents shown a result whose band is at least `band`.
    pub fn shown_at_least(&self, band: Band) -> f64 {
        let from = band as usize;
        self.shown[from..].iter().sum::<usize>() as f64 / self.respondents.max(1) as f64
    }

    /// The share (0–1) of respondents shown no result.
    pub fn withheld_share(&self) -> f64 {
        self.withheld as f64 / self.respondents.max(1) as f64
    }
}

/// Scores `n` respondents of `population` on the form, drawn from `seed`, who did no
/// activity.
pub fn distribution(
    bank: &QuestionBank,
    form: &str,
    population: Population,
    n: usize,
    seed: u64,
) -> Distribution {
    distribution_with(bank, form, population, n, seed, &Ratings::new())
}

/// Every activity of the bank rated `liking` (and no difficulty).
pub fn all_rated(bank: &QuestionBank, liking: Liking) -> Ratings {
    bank.activities
        .iter()
        .map(|a| {
            let rating = Rating {
                liking: Some(liking),
                difficulty: None,
            };
            (a.id.to_string(), rating)
        })
        .collect()
}

/// Scores `n` respondents of `population` on the form, drawn from `seed`, who all
/// rated the activities as `ratings` says.
pub fn distribution_with(
    bank: &QuestionBank,
    form: &str,
    population: Population,
    n: usize,
    seed: u64,
    ratings: &Ratings,
) -> Distribution {
    let mut rng = Rng::new(seed);
    let mut d = Distribution {
        respondents: n,
        bands: [0; 4],
        shown: [0; 4],
        no_figure: 0,
        between: 0,
        withheld: 0,
        mean: 0.0,
        with_percentage: 0,
    };
    let mut sum = 0.0;
    for _ in 0..n {
        let answers = respondent(bank, form, population, &mut rng);
        let Some(report) = Report::with_ratings(bank, form, &answers, ratings) else {
            d.no_figure += 1;
            continue;
        };
        match report.fit.overall() {
            Some(f) => {
                d.bands[Band::of(f) as usize] += 1;
                sum += f;
            }
            None => d.no_figure += 1,
        }
        match report.band() {
            Some(band) => d.shown[band as usize] += 1,
            None => d.withheld += 1,
        }
        if report.headline().is_some_and(|h| !h.is_one_band()) {
            d.between += 1;
        }
        if report.figure().is_some() {
            d.with_percentage += 1;
        }
    }
    let scored = n - d.no_figure;
    d.mean = if scored > 0 { sum / scored as f64 } else { 0.0 };
    d
}

/// The populations the tests and `scripts/calibration` report on.
pub fn populations() -> Vec<Population> {
    use Population::*;
    let mut all = vec![
        Neutral,
        Random,
        MiddleRandom,
        YesSaying,
        Away,
        Lukewarm,
        Rather,
        Fully,
        TwoStrong,
        Interested,
        Flat,
        Class,
    ];
    all.extend(PERSONAS.iter().map(|p| Population::Persona(*p)));
    all
}

/// The distribution of every population on one form, each respondent having rated the
/// activities as `ratings` says, as a Markdown table.
pub fn table(bank: &QuestionBank, form: &str, n: usize, seed: u64, ratings: &Ratings) -> String {
    let mut text = String::from(
        "| population | faible | partielle | bonne | très forte | moyenne | sans résultat (validité) | entre deux bandes | avec pourcentage |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let pct = |k: usize| format!("{:.1} %", 100.0 * k as f64 / n.max(1) as f64);
    for population in populations() {
        let d = distribution_with(bank, form, population, n, seed, ratings);
        text.push_str(&format!(
            "| {} | {} | {} | {} | {} | {:.0} | {} | {} | {} |\n",
            population.name(),
            pct(d.bands[0]),
            pct(d.bands[1]),
            pct(d.bands[2]),
            pct(d.bands[3]),
            d.mean,
            pct(d.withheld),
            pct(d.between),
            pct(d.with_percentage),
        ));
    }
    text
}

/// The retest figure of each population drawn from the model, on one form, as a
/// Markdown table: one profile answered twice.
pub fn retest_table(bank: &QuestionBank, form: &str, n: usize, seed: u64) -> String {
    let mut text = String::from(
        "| population | même bande | κ de Cohen | titres compatibles |\n|---|---:|---:|---:|\n",
    );
    for population in [
        Population::Class,
        Population::Interested,
        Population::Lukewarm,
    ] {
        let r = retest(bank, form, population, n, seed);
        text.push_str(&format!(
            "| {} | {:.1} % | {:.2} | {:.1} % |\n",
            population.name(),
            100.0 * r.same_band,
            r.kappa,
            100.0 * r.compatible,
        ));
    }
    text
}

/// How often the ranges hold the true score, on one form, as a Markdown table.
pub fn coverage_table(bank: &QuestionBank, form: &str, n: usize, seed: u64) -> String {
    let mut text = String::from(
        "| population | intérêts : fourchettes justes | affinité : fourchettes justes |\n|---|---:|---:|\n",
    );
    for population in [
        Population::Class,
        Population::Interested,
        Population::Lukewarm,
    ] {
        let c = coverage(bank, form, population, n, seed);
        text.push_str(&format!(
            "| {} | {:.1} % | {:.1} % ({} élèves) |\n",
            population.name(),
            100.0 * c.dimension_share(),
            100.0 * c.match_share(),
            c.matches,
        ));
    }
    text
}

#[cfg(test)]
mod tests;
