//! The result of an attempt, assembled from the scoring, the validity checks and the
//! RIASEC profiles: everything the result screen shows, decided here and not in the UI.

use super::answers::Answers;
use super::quiz::{Family, Form, NearbyRole, QuestionBank};
use super::riasec::RiasecProfile;
use super::scoring::{Band, DimensionScore, Fit, dimension_scores, fit, points};
use super::small_sort::{sort_by, sort_by_key};
use super::validity::{Concern, concerns};

/// Everything known about one attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'a> {
    pub form: &'a Form,
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
}

impl<'a> Report<'a> {
    /// Scores `answers` to the form `form_id`; `None` if the bank has no such form.
    pub fn new(bank: &'a QuestionBank, form_id: &str, answers: &Answers) -> Option<Report<'a>> {
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
        let dimensions = dimension_scores(bank, form_id, answers);
        let fit = fit(&dimensions);
        let concerns = concerns(bank, form_id, answers, &dimensions);
        let visitor_riasec = RiasecProfile::of_visitor(&dimensions);
        let nearby = bank
            .nearby_roles
            .iter()
            .filter(|role| {
                role.when.iter().all(|lean| {
                    dimensions.iter().any(|s| {
                        s.dimension.id == lean.dimension
                            && s.score.is_some_and(|v| v >= f64::from(lean.at_least))
                    })
                })
            })
            .collect();
        Some(Report {
            form,
            asked,
            answered,
            dimensions,
            fit,
            concerns,
            visitor_riasec,
            role_riasec: RiasecProfile::from_onet(&bank.role_riasec),
            nearby,
        })
    }

    /// Whether a result can be shown at all: no blocking concern and an overall fit.
    pub fn has_result(&self) -> bool {
        self.fit.overall.is_some() && !self.concerns.iter().any(Concern::is_blocking)
    }

    /// The band of the overall fit, when there is a result.
    pub fn band(&self) -> Option<Band> {
        self.fit.overall.filter(|_| self.has_result()).map(Band::of)
    }

    /// The overall figure, rounded, when it can be shown without false precision.
    pub fn figure(&self) -> Option<u8> {
        self.band()?;
        self.concerns
            .is_empty()
            .then(|| self.fit.overall.map(points))
            .flatten()
    }

    /// The dimensions of a family, in the bank's order.
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
            importance * (1.0 - s.agreement().unwrap_or(1.0))
        };
        let mut found: Vec<_> = self
            .dimensions
            .iter()
            .filter(|s| s.agreement().is_some_and(|a| a < 1.0))
            .collect();
        sort_by(&mut found, |a, b| gap(b).total_cmp(&gap(a)));
        found
    }
}
