//! The result's first view, in words: what a pupil reads in two minutes before opening
//! any detail. The headline (a band, or two when the answers cannot choose), one
//! sentence on which of the role's interests carried the match, up to three strengths,
//! one or two things to try (the first next step of the points most worth developing)
//! and the next step. Everything else of the result screen sits in sections a pupil
//! opens. A report with no result has no summary: the screen says why instead.

use super::Report;
use crate::model::assessment::scoring::{DimensionScore, INDIFFERENCE};
use crate::model::base::text::lowercase;
use crate::model::role::quiz::{Dimension, Family, NextStep, QuestionBank};
use crate::model::shell::home::{Link, try_link};
use crate::model::shell::route::Route;

/// The most strengths the first view names.
pub const MAX_STRENGTHS: usize = 3;
/// The most things to try it gives.
pub const MAX_TO_TRY: usize = 2;

/// The first view's fixed words, shown around the parts: the screen's title first.
pub const TITLE: &str = "Ton résultat";
pub const STRENGTHS_TITLE: &str = "Tes points forts";
pub const TO_TRY_TITLE: &str = "À essayer";
pub const NEXT_TITLE: &str = "Et maintenant ?";
/// Said in place of the strengths when no dimension reaches the role's level.
pub const NO_STRENGTH: &str =
    "Aucun point n'atteint encore le niveau du métier : les pistes ci-dessous t'aident à explorer.";
/// The link after each thing to try, to the fiche section it comes from (drawn between
/// brackets, outside the link).
pub const SEE_FICHE: &str = "voir la fiche";

/// The end of that link's name, for who hears it out of context: the section's title.
pub fn see_fiche_context(section_title: &str) -> String {
    format!(" : section « {section_title} »")
}
/// What the result is, and is not.
pub const CAVEAT: &str = "Ce résultat est un point de départ pour en parler. Ce n'est ni un test de capacités ni un verdict.";

/// What to do next, chosen from the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextMove {
    /// The headline names two bands and a longer form exists: it can decide.
    LongerForm,
    /// No activity of « Essayer le métier » is rated yet.
    TryActivities,
    /// The rest: talk it over, the result in hand.
    TalkItOver,
}

impl NextMove {
    pub fn sentence(self) -> &'static str {
        match self {
            NextMove::LongerForm => {
                "Pour choisir entre les deux niveaux, réponds aussi à la version complète du questionnaire."
            }
            NextMove::TryActivities => {
                "Fais les activités « Essayer le métier » : ton avis sur elles comptera dans ton résultat."
            }
            NextMove::TalkItOver => {
                "Montre ce résultat à une conseillère ou un conseiller d'orientation : c'est une bonne base pour en parler."
            }
        }
    }

    /// The link that takes the step in the app, if there is one: the same offer of the
    /// activities as on the home screen.
    fn link(self, bank: &QuestionBank) -> Option<Link> {
        match self {
            NextMove::LongerForm => Some(Link {
                label: "Choisir la version complète".to_owned(),
                route: Route::Quiz,
            }),
            NextMove::TryActivities => try_link(bank),
            NextMove::TalkItOver => None,
        }
    }
}

/// What the first view says.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'a> {
    /// « Bonne affinité », or « Affinité entre partielle et bonne ».
    pub headline: String,
    /// The match as precisely as it can be said beside the headline (« 62 % », « entre
    /// 40 et 75 % »), or nothing.
    pub figure: Option<String>,
    /// One sentence: which of the role's interests carried the match.
    pub why: String,
    /// At most [`MAX_STRENGTHS`] dimensions at the role's level, most important first.
    pub strengths: Vec<&'a Dimension>,
    /// One or two next steps (at most [`MAX_TO_TRY`]), each from a different dimension.
    pub to_try: Vec<&'a NextStep>,
    pub next: NextMove,
    /// The link that takes the next step, if it is in the app.
    pub next_link: Option<Link>,
}

impl<'a> Summary<'a> {
    /// The first view of `report`, a report of `bank`; `None` when it has no result.
    pub fn of(bank: &QuestionBank, report: &Report<'a>) -> Option<Summary<'a>> {
        let headline = report.headline()?;
        let longer = bank.forms.iter().any(|f| f.minutes > report.form.minutes);
        let next = if !headline.is_one_band() && longer {
            NextMove::LongerForm
        } else if report.tried.is_empty() && !bank.activities.is_empty() {
            NextMove::TryActivities
        } else {
            NextMove::TalkItOver
        };
        let strengths: Vec<&'a Dimension> = report
            .strengths()
            .into_iter()
            .map(|s| s.dimension)
            .take(MAX_STRENGTHS)
            .collect();
        Some(Summary {
            headline: headline.label(),
            figure: report.precision().and_then(|p| p.describe()),
            why: why(report),
            to_try: to_try(report),
            strengths,
            next,
            next_link: next.link(bank),
        })
    }

    /// Every text the first view shows, in order, its fixed words included: what a
    /// pupil reads (its length is held to about 150 words by the tests).
    pub fn texts(&self) -> Vec<&str> {
        let mut all = vec![TITLE, self.headline.as_str()];
        all.extend(self.figure.as_deref());
        all.extend([self.why.as_str(), STRENGTHS_TITLE]);
        if self.strengths.is_empty() {
            all.push(NO_STRENGTH);
        }
        all.extend(self.strengths.iter().map(|d| &*d.name));
        all.push(TO_TRY_TITLE);
        for step in &self.to_try {
            all.extend([&*step.text, SEE_FICHE]);
        }
        all.extend([NEXT_TITLE, self.next.sentence()]);
        all.extend(self.next_link.as_ref().map(|l| l.label.as_str()));
        all.push(CAVEAT);
        all
    }
}

/// The role's interests with a score above indifference, the largest share of the match
/// first (importance times agreement).
fn carried<'s, 'a>(report: &'s Report<'a>) -> Vec<&'s DimensionScore<'a>> {
    let share = |s: &DimensionScore| {
        let importance = s.dimension.target.as_ref().map_or(0, |t| t.importance);
        f64::from(importance) * s.agreement().unwrap_or(0.0)
    };
    let mut found: Vec<_> = report
        .family(Family::Interest)
        .filter(|s| s.agreement().is_some_and(|a| a > 0.0))
        .collect();
    crate::model::base::small_sort::sort_by(&mut found, |a, b| share(b).total_cmp(&share(a)));
    found
}

/// Which interests carried the match, in one sentence; when only one did, the one that
/// holds it back most (a sentence with two would be too long to read).
fn why(report: &Report) -> String {
    let name = |s: &DimensionScore| lowercase(&s.dimension.name);
    let carried: Vec<String> = carried(report).into_iter().take(2).map(name).collect();
    let least = report
        .family(Family::Interest)
        .filter(|s| s.dimension.target.is_some())
        .filter(|s| s.score.is_some_and(|v| v < INDIFFERENCE))
        .min_by(|a, b| a.score.unwrap_or(0.0).total_cmp(&b.score.unwrap_or(0.0)));
    let against = least.map(|s| format!(" ; {} t'attire moins", name(s)));
    match carried.as_slice() {
        [] => "Aucun des centres d'intérêt du métier ne ressort de tes réponses : elles restent \
               neutres ou s'en éloignent."
            .to_owned(),
        [one] => format!(
            "Ce qui te rapproche le plus du métier : {one}{}.",
            against.unwrap_or_default()
        ),
        [first, second, ..] => {
            format!("Ce qui te rapproche le plus du métier : {first}, puis {second}.")
        }
    }
}

/// The first next step of the points most worth developing, one per dimension; when
/// every point reaches the role's level, of the main strength, to go further.
fn to_try<'a>(report: &Report<'a>) -> Vec<&'a NextStep> {
    let first_step = |s: &&DimensionScore<'a>| s.dimension.next_steps.first();
    let steps: Vec<&'a NextStep> = report
        .to_develop()
        .iter()
        .filter_map(first_step)
        .take(MAX_TO_TRY)
        .collect();
    if !steps.is_empty() {
        return steps;
    }
    report
        .strengths()
        .iter()
        .filter_map(first_step)
        .take(1)
        .collect()
}

#[cfg(test)]
mod tests;
