//! The result of an attempt, assembled from the scoring, the validity checks and the
//! RIASEC profiles: everything the result screen shows, decided here and not in the UI.

use super::answers::Answers;
use super::interests::RiasecProfile;
use super::scoring::{Band, DimensionScore, Fit, Headline, dimension_scores_with, fit, points};
use crate::model::assessment::ratings::Liking;
use crate::model::assessment::ratings::{Rating, Ratings};
use crate::model::role::activity::Activity;
use crate::model::role::quiz::{Family, Form, NearbyRole, QuestionBank};

/// How precisely the match can be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Precise enough for one percentage.
    Figure(u8),
    /// Only a range: the answers leave this much room.
    Range { low: u8, high: u8 },
    /// Nothing stands out in the profile: the band alone.
    BandOnly,
}

impl Precision {
    /// The match as precisely as it can be said: "62 %", "entre 40 et 75 %", or
    /// nothing beside the band.
    pub fn describe(self) -> Option<String> {
        match self {
            Precision::Figure(f) => Some(format!("{f} %")),
            Precision::Range { low, high } => Some(format!("entre {low} et {high} %")),
            Precision::BandOnly => None,
        }
    }

    /// What the precision means, in one sentence; nothing when the band is said alone
    /// (the concern that hides the figure says why).
    pub fn sentence(self) -> Option<String> {
        match self {
            Precision::Figure(_) => Some(
                "Ce pourcentage est assez sûr : tes réponses sont nombreuses et vont dans le \
                 même sens."
                    .to_owned(),
            ),
            Precision::Range { low, high } => Some(format!(
                "Pas de pourcentage précis : tes réponses placent ton affinité entre {low} et \
                 {high} %, sans plus de précision. C'est normal avec peu de questions ou des \
                 réponses qui changent sur un même sujet."
            )),
            Precision::BandOnly => None,
        }
    }

    /// How the match is given, in a word (the group view's CSV column).
    pub fn label(self) -> &'static str {
        match self {
            Precision::Figure(_) => "pourcentage",
            Precision::Range { .. } => "fourchette",
            Precision::BandOnly => "niveau seul",
        }
    }
}
use super::validity::{Concern, concerns};
use crate::model::assessment::scoring::MIN_ANSWERS;
use crate::model::base::small_sort::{sort_by, sort_by_key};

pub mod summary;

/// Everything known about one attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'a> {
    pub form: &'a Form,
    /// The result code of these answers (see `result_code`), when the form can be
    /// written in one.
    pub code: Option<String>,
    /// Items of the form, and how many have an answer that fits them.
    pub asked: usize,
    pub answered: usize,
    /// Every dimension of the bank, in the bank's order.
    pub dimensions: Vec<DimensionScore<'a>>,
    pub fit: Fit,
    pub concerns: Vec<Concern<'a>>,
    pub visitor_riasec: RiasecProfile,
    pub role_riasec: RiasecProfile,
    /// Roles suggested because the profile leans their way.
    pub nearby: Vec<&'a NearbyRole>,
    /// The activities of « Essayer le métier » the visitor rated, in the role's order.
    pub tried: Vec<(&'a Activity, Rating)>,
}

impl<'a> Report<'a> {
    /// Scores `answers` to the form `form_id`, with no activity rated; `None` if the
    /// bank has no such form.
    pub fn new(bank: &'a QuestionBank, form_id: &str, answers: &Answers) -> Option<Report<'a>> {
        Report::with_ratings(bank, form_id, answers, &Ratings::new())
    }

    /// Scores `answers` to the form `form_id` and the activities rated in `ratings`;
    /// `None` if the bank has no such form.
    pub fn with_ratings(
        bank: &'a QuestionBank,
        form_id: &str,
        answers: &Answers,
        ratings: &Ratings,
    ) -> Option<Report<'a>> {
        let form = bank.form(form_id)?;
        let asked = bank.form_items(form_id).count();
        let answered = bank
            .form_items(form_id)
            .filter(|item| {
                answers
                    .get(&*item.id)
                    .is_some_and(|a| a.check(item).is_ok())
            })
            .count();
        let dimensions = dimension_scores_with(bank, form_id, answers, ratings);
        let fit = fit(&dimensions);
        let concerns = concerns(bank, form_id, answers, &dimensions);
        let visitor_riasec = RiasecProfile::of_visitor(&dimensions);
        let nearby = nearby_roles(bank, &dimensions);
        Some(Report {
            form,
            code: super::result_code::encode_with(bank, form_id, answers, ratings).ok(),
            asked,
            answered,
            dimensions,
            fit,
            concerns,
            visitor_riasec,
            role_riasec: RiasecProfile::from_onet(&bank.role_riasec),
            nearby,
            tried: bank
                .activities
                .iter()
                .filter_map(|a| Some((a, *ratings.get(a.id.as_ref())?)))
                .collect(),
        })
    }

    /// Whether a result can be shown at all: no blocking concern and an overall fit.
    pub fn has_result(&self) -> bool {
        self.fit.overall().is_some() && !self.concerns.iter().any(Concern::is_blocking)
    }

    /// The match with the role (0–100), when there is a result.
    pub fn overall(&self) -> Option<f64> {
        self.fit.overall().filter(|_| self.has_result())
    }

    /// The band of the match, when there is a result.
    pub fn band(&self) -> Option<Band> {
        self.overall().map(Band::of)
    }

    /// What the result says first, when there is one: the band the match's range lies
    /// in, or the two bands it lies across.
    pub fn headline(&self) -> Option<Headline> {
        self.overall()?;
        self.fit.interests.as_ref().map(Headline::of)
    }

    /// How precisely the match can be said, when there is a result.
    pub fn precision(&self) -> Option<Precision> {
        self.overall()?;
        let fit = self.fit.interests?;
        Some(if self.concerns.iter().any(Concern::hides_figure) {
            Precision::BandOnly
        } else if fit.is_precise() {
            Precision::Figure(points(fit.value))
        } else {
            Precision::Range {
                low: points(fit.low),
                high: points(fit.high),
            }
        })
    }

    /// The match as one percentage, when its precision supports one.
    pub fn figure(&self) -> Option<u8> {
        match self.precision()? {
            Precision::Figure(f) => Some(f),
            _ => None,
        }
    }

    /// The names of the dimensions the role targets that have too few answers for a
    /// score: what is missing for a result.
    pub fn missing(&self) -> Vec<&'a str> {
        self.dimensions
            .iter()
            .filter(|s| s.dimension.target.is_some() && s.score.is_none())
            .map(|s| s.dimension.name.as_ref())
            .collect()
    }

    /// Why there is no result when no concern blocks it: the dimensions without enough
    /// answers, and how many each needs.
    pub fn missing_sentence(&self) -> String {
        format!(
            "Il manque des réponses pour calculer ton affinité avec le métier : chaque \
             dimension a besoin d'au moins {MIN_ANSWERS} réponses. Dimensions sans assez de \
             réponses : {}.",
            self.missing().join(", ")
        )
    }

    /// The dimensions of a family that the form reports, in the bank's order.
    pub fn family(&self, family: Family) -> impl Iterator<Item = &DimensionScore<'a>> {
        self.dimensions
            .iter()
            .filter(move |s| s.dimension.family == family)
    }

    /// Dimensions where the visitor reaches the role's level, most important first.
    pub fn strengths(&self) -> Vec<&DimensionScore<'a>> {
        let mut found: Vec<_> = self
            .dimensions
            .iter()
            .filter(|s| s.meets_target())
            .collect();
        sort_by_key(&mut found, |s| {
            std::cmp::Reverse(s.dimension.target.as_ref().map_or(0, |t| t.importance))
        });
        found
    }

    /// Dimensions below the role's level, the largest weighted gap first.
    pub fn to_develop(&self) -> Vec<&DimensionScore<'a>> {
        let gap = |s: &DimensionScore| {
            let importance = s
                .dimension
                .target
                .as_ref()
                .map_or(0.0, |t| f64::from(t.importance));
            importance * s.gap().unwrap_or(0.0)
        };
        let mut found: Vec<_> = self
            .dimensions
            .iter()
            .filter(|s| s.gap().is_some_and(|g| g > 0.0))
            .collect();
        sort_by(&mut found, |a, b| gap(b).total_cmp(&gap(a)));
        found
    }

    /// The activities of « Essayer le métier » in one plain sentence, as evidence of
    /// their own: « Tu as aimé 3 tâches sur 4. »; `None` when none was rated.
    pub fn tried_sentence(&self) -> Option<String> {
        let rated: Vec<Liking> = self.tried.iter().filter_map(|(_, r)| r.liking).collect();
        if rated.is_empty() {
            return None;
        }
        let liked = rated.iter().filter(|l| **l == Liking::Liked).count();
        let total = rated.len();
        Some(match (liked, total) {
            (0, 1) => "Tu n'as pas aimé la tâche essayée.".to_owned(),
            (0, _) => format!("Tu n'as aimé aucune des {total} tâches essayées."),
            (1, _) => format!("Tu as aimé 1 tâche sur {total}."),
            _ => format!("Tu as aimé {liked} tâches sur {total}."),
        })
    }

    /// The title of the result's section on the activities: what they showed, when any
    /// was rated, or what the section holds.
    pub fn tried_title(&self) -> String {
        self.tried_sentence().map_or_else(
            || "Les activités « Essayer le métier »".to_owned(),
            |sentence| format!("Tu as essayé le métier. {sentence}"),
        )
    }
}

/// How far a score must be above the visitor's own mean interest score to count as a
/// real lean (points): nearly one step of the scale.
pub const LEAN_MARGIN: f64 = 20.0;

/// The nearby roles the profile really leans toward: each dimension a role names has a
/// score whose range lies above neutral, at least the role's `at_least`, and at least
/// [`LEAN_MARGIN`] above the visitor's mean over the interests.
pub fn nearby_roles<'a>(
    bank: &'a QuestionBank,
    dimensions: &[DimensionScore],
) -> Vec<&'a NearbyRole> {
    let interests: Vec<f64> = dimensions
        .iter()
        .filter(|s| s.dimension.family == Family::Interest)
        .filter_map(|s| s.score)
        .collect();
    if interests.is_empty() {
        return Vec::new();
    }
    let own_mean = interests.iter().sum::<f64>() / interests.len() as f64;
    let leans = |id: &str, at_least: u8| {
        dimensions.iter().any(|s| {
            s.dimension.id == id
                && matches!((s.score, s.range), (Some(score), Some(range))
                    if range.low > super::scoring::INDIFFERENCE
                        && score >= f64::from(at_least)
                        && score >= own_mean + LEAN_MARGIN)
        })
    };
    bank.nearby_roles
        .iter()
        .filter(|role| {
            role.when
                .iter()
                .all(|lean| leans(&lean.dimension, lean.at_least))
        })
        .collect()
}
