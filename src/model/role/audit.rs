//! The accessibility audit the accessibility statement publishes
//! (`data/accessibilite.json`): the statement's text, the pages audited, and every
//! criterion of the RGAA 4.1 reference with its state and how it was checked, from
//! which the conformance rate is computed as the RGAA defines it: the criteria met,
//! divided by the criteria that apply. A criterion that applies but was not fully
//! verified (7.1 and 7.5 need a screen reader's rendering, and none was used yet) is
//! not counted as met: the declared state cannot be total while one is left. The
//! content checks (`loading::audit`) make sure every criterion is listed once, in order.

use serde::Deserialize;

use crate::model::base::text::{List, Text};

/// The RGAA 4.1 themes, in order, with how many criteria each has (106 in all).
pub const THEMES: [(&str, usize); 13] = [
    ("Images", 9),
    ("Cadres", 2),
    ("Couleurs", 3),
    ("Multimédia", 13),
    ("Tableaux", 8),
    ("Liens", 2),
    ("Scripts", 5),
    ("Éléments obligatoires", 10),
    ("Structuration de l'information", 4),
    ("Présentation de l'information", 14),
    ("Formulaires", 13),
    ("Navigation", 11),
    ("Consultation", 12),
];

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Audit {
    /// The reference and its version, e.g. "RGAA 4.1.2".
    pub reference: Text,
    /// The day of the audit, `AAAA-MM-JJ`.
    pub audited_on: Text,
    pub pages: List<AuditedPage>,
    /// The statement's text, part by part.
    pub statement: List<StatementPart>,
    /// How the rate is computed, in words, naming its source.
    pub rate_rule: Text,
    pub sources: List<AuditSource>,
    /// Every criterion of the reference, in order.
    pub criteria: List<Criterion>,
}

/// One screen or state the audit looked at.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct AuditedPage {
    pub name: Text,
    /// Its address in the app, e.g. `#/fiche`.
    pub route: Text,
}

/// A part of the statement: an optional title, paragraphs, a list, then links.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct StatementPart {
    pub title: Text,
    pub paragraphs: List<Text>,
    pub items: List<Text>,
    pub links: List<StatementLink>,
}

/// A link of the statement (the Défenseur des droits's pages, for instance).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct StatementLink {
    pub text: Text,
    pub url: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct AuditSource {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    pub url: Text,
    /// When it was consulted, `AAAA-MM-JJ`.
    pub consulted: Text,
}

/// One criterion of the reference, as this app meets it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Its number in the reference, `theme.criterion` (e.g. "8.7").
    pub id: Text,
    /// Its theme, one of [`THEMES`].
    pub theme: Text,
    /// What it asks, in the project's words.
    pub summary: Text,
    pub status: Status,
    pub by: CheckedBy,
    /// How it was checked (the test, the axe rule, what was looked at), or why it does
    /// not apply, or what fails.
    pub how: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum Status {
    Conforme,
    NonConforme,
    NonApplicable,
    /// Applies, but its tests were not all done (those that need a screen reader, for
    /// instance): neither met nor failed, and not counted as met.
    NonVerifie,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Conforme => "Conforme",
            Status::NonConforme => "Non conforme",
            Status::NonApplicable => "Non applicable",
            Status::NonVerifie => "Non vérifié",
        }
    }
}

/// How a criterion was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum CheckedBy {
    /// By axe-core, on every screen and state, at each change.
    Axe,
    /// By a named end-to-end or native test, at each change.
    Test,
    /// By hand, once, on the audited pages.
    Main,
}

impl CheckedBy {
    pub fn label(self) -> &'static str {
        match self {
            CheckedBy::Axe => "axe-core",
            CheckedBy::Test => "test automatique",
            CheckedBy::Main => "à la main",
        }
    }
}

/// How many criteria are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub conforme: usize,
    pub non_conforme: usize,
    pub non_applicable: usize,
    pub non_verifie: usize,
}

impl Counts {
    fn of<'a>(criteria: impl Iterator<Item = &'a Criterion>) -> Counts {
        let mut counts = Counts::default();
        for criterion in criteria {
            match criterion.status {
                Status::Conforme => counts.conforme += 1,
                Status::NonConforme => counts.non_conforme += 1,
                Status::NonApplicable => counts.non_applicable += 1,
                Status::NonVerifie => counts.non_verifie += 1,
            }
        }
        counts
    }

    /// The criteria that apply: met, failed, or not verified yet.
    pub fn applicable(&self) -> usize {
        self.conforme + self.non_conforme + self.non_verifie
    }

    /// The conformance rate in percent: criteria met over criteria that apply (one not
    /// verified is not met); `None` when none applies.
    pub fn rate(&self) -> Option<f64> {
        (self.applicable() > 0).then(|| 100.0 * self.conforme as f64 / self.applicable() as f64)
    }
}

impl Counts {
    /// The rate as the statement writes it, with one decimal and a French comma
    /// ("87,5 %"); `None` when no criterion applies. In tenths, rounded half to even as
    /// `{:.1}` rounds, by integer arithmetic: formatting an `f64` would bring the float
    /// printing code into the wasm (15 KB raw, 7 KB brotli), for this one figure.
    pub fn rate_text(&self) -> Option<String> {
        let (met, applicable) = (self.conforme * 1000, self.applicable());
        (applicable > 0).then(|| {
            let (tenths, rest) = (met / applicable, met % applicable);
            let up = 2 * rest > applicable || (2 * rest == applicable && tenths % 2 == 1);
            let tenths = tenths + usize::from(up);
            format!("{},{} %", tenths / 10, tenths % 10)
        })
    }
}

/// The state a statement declares, from the rate (DINUM, « Déclaration d'accessibilité :
/// contenu et format »): totally conformant when every criterion that applies is met
/// (and so verified), partially from half of them, not conformant below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conformity {
    Total,
    Partial,
    None,
}

impl Conformity {
    /// The statement's sentence for this state.
    pub fn sentence(self) -> &'static str {
        match self {
            Conformity::Total => {
                "L'app est totalement conforme : elle respecte tous les critères qui la concernent."
            }
            Conformity::Partial => {
                "L'app est partiellement conforme : au moins la moitié des critères qui la concernent sont respectés et vérifiés, mais pas encore tous."
            }
            Conformity::None => {
                "L'app n'est pas conforme : elle respecte moins de la moitié des critères qui la concernent."
            }
        }
    }
}

impl Counts {
    /// The state these counts give; `None` when no criterion applies.
    pub fn conformity(&self) -> Option<Conformity> {
        let applicable = self.applicable();
        (applicable > 0).then(|| match self.conforme {
            met if met == applicable => Conformity::Total,
            met if 2 * met >= applicable => Conformity::Partial,
            _ => Conformity::None,
        })
    }
}

impl Audit {
    /// The counts over every criterion.
    pub fn counts(&self) -> Counts {
        Counts::of(self.criteria.iter())
    }

    /// The criteria in this state, in order (the failures, those not verified yet).
    pub fn with_status(&self, status: Status) -> impl Iterator<Item = &Criterion> {
        self.criteria.iter().filter(move |c| c.status == status)
    }

    /// Each theme with its criteria and their counts, in the reference's order.
    pub fn themes(&self) -> Vec<(&'static str, Vec<&Criterion>, Counts)> {
        THEMES
            .iter()
            .map(|(theme, _)| {
                let criteria: Vec<&Criterion> =
                    self.criteria.iter().filter(|c| c.theme == *theme).collect();
                let counts = Counts::of(criteria.iter().copied());
                (*theme, criteria, counts)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
