//! Simulated respondents, generated from a bank, and the bands they get: the evidence
//! that the match tells people apart instead of flattering everyone.
//!
//! A population says how a simulated person answers each item, from the item's
//! dimension and keying alone, so that it applies to any role's bank. The native tests
//! hold the app to its promises on these populations (`calibration/tests.rs`), and
//! `scripts/calibration` prints their band distribution, with no activity done, and
//! with every activity of « Essayer le métier » liked or disliked.

use super::activity::tried::{Liking, Rating, Ratings};
use super::answers::{Answer, Answers};
use super::quiz::{Dimension, Family, Item, ItemKind, QuestionBank, Riasec};
use super::report::Report;
use super::scoring::Band;
use super::shuffle::Rng;

/// How a simulated person answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Population {
    /// "Ni d'accord ni pas d'accord" everywhere; any option of each situation.
    Neutral,
    /// Any answer to every item, uniformly.
    Random,
    /// The role's interests answered away from the role ("plutôt pas" or "pas du
    /// tout", keying respected); anything elsewhere.
    Away,
    /// The role's interests answered lukewarm (from "plutôt pas" to "plutôt oui");
    /// anything elsewhere.
    Lukewarm,
    /// Every statement on a dimension the role targets fully toward the role; anything
    /// elsewhere.
    Toward,
    /// The same keyed value `0..=4` on every statement of the role's interests, and
    /// neutral or the first option elsewhere: one step of a line from away to toward.
    Line(u8),
    /// Someone with a given taste, described by interest type.
    Persona(Persona),
}

/// A simulated person's tastes: a keyed leaning 0–4 per RIASEC type (interests of that
/// type are answered around it, ±1), and qualities answered around neutral.
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
            Population::Away => "à l'opposé des intérêts du métier".to_owned(),
            Population::Lukewarm => "tiède sur les intérêts du métier".to_owned(),
            Population::Toward => "vers le métier partout".to_owned(),
            Population::Line(k) => format!("ligne, valeur {k} sur 4"),
            Population::Persona(p) => format!("quelqu'un qui {}", p.name),
        }
    }
}

fn riasec_index(letter: Riasec) -> usize {
    Riasec::ALL.iter().position(|l| *l == letter).unwrap_or(0)
}

/// The agreement (1–5) that gives `keyed` (0–4) on a statement.
fn agreement_for(reverse: bool, keyed: u8) -> Answer {
    let keyed = keyed.min(4);
    Answer::Agreement(if reverse { 5 - keyed } else { keyed + 1 })
}

fn any_answer(item: &Item, rng: &mut Rng) -> Answer {
    match &item.kind {
        ItemKind::Statement { .. } => Answer::Agreement(1 + rng.below(5) as u8),
        ItemKind::Situation { options, .. } => {
            Answer::Choice(rng.below(options.len() as u64) as u8)
        }
    }
}

/// The keyed value a person of `population` gives a statement on `dimension`, or
/// `None` for "anything".
fn keyed_for(population: Population, dimension: &Dimension, rng: &mut Rng) -> Option<u8> {
    let role_interest = dimension.family == Family::Interest && dimension.target.is_some();
    match population {
        Population::Neutral => Some(2),
        Population::Random => None,
        Population::Away => role_interest.then(|| rng.below(2) as u8),
        Population::Lukewarm => role_interest.then(|| 1 + rng.below(3) as u8),
        Population::Toward => dimension.target.is_some().then_some(4),
        Population::Line(k) => Some(if role_interest { k.min(4) } else { 2 }),
        Population::Persona(p) => {
            let centre = match (dimension.family, dimension.riasec) {
                (Family::Interest, Some(letter)) => p.leaning[riasec_index(letter)],
                _ => 2,
            };
            Some((i16::from(centre) + rng.below(3) as i16 - 1).clamp(0, 4) as u8)
        }
    }
}

/// One simulated person's answers to every item of the form.
pub fn respondent(
    bank: &QuestionBank,
    form: &str,
    population: Population,
    rng: &mut Rng,
) -> Answers {
    bank.form_items(form)
        .map(|item| {
            let answer = match &item.kind {
                ItemKind::Statement {
                    dimension, reverse, ..
                } => bank
                    .dimension(dimension)
                    .and_then(|d| keyed_for(population, d, rng))
                    .map_or_else(|| any_answer(item, rng), |k| agreement_for(*reverse, k)),
                ItemKind::Situation { .. } => match population {
                    Population::Line(_) => Answer::Choice(0),
                    _ => any_answer(item, rng),
                },
            };
            (item.id.to_string(), answer)
        })
        .collect()
}

/// How a population came out: the band of the match as the scoring gives it (before the
/// validity checks), and how many the result screen would show no band to.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    pub respondents: usize,
    /// Weak, Partial, Good, VeryStrong, by the match alone.
    pub bands: [usize; 4],
    /// No match figure at all (too few answers).
    pub no_figure: usize,
    /// Shown an explanation instead of a band (a validity concern).
    pub withheld: usize,
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
        no_figure: 0,
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
        if report.band().is_none() {
            d.withheld += 1;
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
    let mut all = vec![
        Population::Neutral,
        Population::Random,
        Population::Away,
        Population::Lukewarm,
        Population::Toward,
    ];
    all.extend(PERSONAS.iter().map(|p| Population::Persona(*p)));
    all
}

/// The distribution of every population on one form, each respondent having rated the
/// activities as `ratings` says, as a Markdown table.
pub fn table(bank: &QuestionBank, form: &str, n: usize, seed: u64, ratings: &Ratings) -> String {
    let mut text = String::from(
        "| population | faible | partielle | bonne | très forte | moyenne | sans bande (validité) | avec pourcentage |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let pct = |k: usize| format!("{:.1} %", 100.0 * k as f64 / n.max(1) as f64);
    for population in populations() {
        let d = distribution_with(bank, form, population, n, seed, ratings);
        text.push_str(&format!(
            "| {} | {} | {} | {} | {} | {:.0} | {} | {} |\n",
            population.name(),
            pct(d.bands[0]),
            pct(d.bands[1]),
            pct(d.bands[2]),
            pct(d.bands[3]),
            d.mean,
            pct(d.withheld),
            pct(d.with_percentage),
        ));
    }
    text
}

#[cfg(test)]
mod tests;
