//! The data files and their validation.
//!
//! Every role lives in `data/roles/<id>/` (`fiche.json`, `quiz.json`, `activites.json`). Loading parses
//! the JSON and then checks what serde cannot: every citation resolves, ids are unique
//! and URL-safe, no text is empty, every text follows the writing rules. A problem is reported as a [`ContentError`] naming
//! the file and the field, so that whoever edits the data knows exactly what to fix.
//!
//! The app itself never parses content: the tests load and validate each file here,
//! then generate the statics of [`super::role::embedded`] from the result. This module and
//! the checks it runs (`bank` for question banks, `writing` for every text) and
//! the writer of the generated statics (`literal`, test builds only) are
//! compiled for native builds only
//! (tests, examples), the mirror of the gate that keeps `ui` out of them.
//!
//! May import any folder of the model; only tests, examples and the generator import it.

use std::fmt;

use serde::de::DeserializeOwned;

pub mod activities;
pub mod audit;
pub mod bank;
pub mod glossary;
#[cfg(test)]
pub mod literal;
mod problems;
pub mod writing;

use activities::{ActivitiesFile, activities_problems};
use bank::bank_problems;

use super::role::Role;
use super::role::fiche::{Fiche, Layer, SHORT_NAME_MAX, SOURCES_SECTION};
use super::role::quiz::QuestionBank;
use super::shell::route::is_slug;
use problems::Problems;

/// One data file: its path relative to the repository root, for error messages, and
/// its text.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    pub path: &'static str,
    pub json: &'static str,
}

/// A role's content as written in its data files.
#[derive(Debug, Clone, Copy)]
pub struct RoleSource {
    pub fiche: DataFile,
    pub quiz: DataFile,
    /// The hands-on tasks of « Essayer le métier ».
    pub activities: DataFile,
}

/// A data file of the repository, by its path from the root, with its text compiled in.
macro_rules! data_file {
    ($path:literal) => {
        $crate::model::loading::DataFile {
            path: $path,
            json: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)),
        }
    };
}
#[cfg(test)]
pub(crate) use data_file;

/// The back-end developer role, the one this app presents.
pub const BACK_END_DATA: RoleSource = RoleSource {
    fiche: data_file!("data/roles/developpeur-back-end/fiche.json"),
    quiz: data_file!("data/roles/developpeur-back-end/quiz.json"),
    activities: data_file!("data/roles/developpeur-back-end/activites.json"),
};

/// The glossary shared by every role.
pub const GLOSSARY_DATA: DataFile = data_file!("data/glossaire.json");

/// The accessibility audit the accessibility statement publishes.
pub const AUDIT_DATA: DataFile = data_file!("data/accessibilite.json");

/// What is wrong with a data file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to the repository root.
    pub file: String,
    /// Each problem found, naming the field it is in.
    pub problems: Vec<String>,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} :", self.file)?;
        for problem in self.problems.iter() {
            write!(f, "\n  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentError {}

impl RoleSource {
    /// Parses and validates the role: the fiche first, then the question bank, whose
    /// sources and next steps refer to the fiche, then the activities, which name
    /// sections of the fiche and dimensions of the bank and join the bank.
    pub fn load(&self) -> Result<Role, ContentError> {
        let fiche: Fiche = self.fiche.parse(fiche_problems)?;
        let mut bank: QuestionBank = self.quiz.parse(|bank| bank_problems(bank, &fiche))?;
        let file: ActivitiesFile = self
            .activities
            .parse(|file| activities_problems(file, &fiche, &bank))?;
        bank.activities = file.activities;
        Ok(Role { fiche, bank })
    }
}

impl DataFile {
    /// Parses the file, runs `problems` on the result and the writing rules
    /// ([`writing`]) on every text; any problem is an error naming this file.
    pub fn parse<T: DeserializeOwned>(
        &self,
        problems: impl FnOnce(&T) -> Vec<String>,
    ) -> Result<T, ContentError> {
        let error = |problems| ContentError {
            file: self.path.to_owned(),
            problems,
        };
        let value: T = serde_json::from_str(self.json)
            .map_err(|e| error(vec![format!("JSON illisible : {e}")]))?;
        let mut found = problems(&value);
        found.extend(writing::json_problems(self.json));
        match found {
            found if found.is_empty() => Ok(value),
            found => Err(error(found)),
        }
    }
}

/// Everything wrong with a parsed fiche, each naming its field; empty when it is valid.
pub fn fiche_problems(fiche: &Fiche) -> Vec<String> {
    let mut p = Problems::default();
    p.text("app.name", &fiche.app.name);
    p.text("app.short_name", &fiche.app.short_name);
    if fiche.app.short_name.chars().count() > SHORT_NAME_MAX {
        p.push(format!(
            "app.short_name : « {} » a plus de {SHORT_NAME_MAX} caractères ; un écran d'accueil le couperait sous l'icône",
            fiche.app.short_name
        ));
    }
    p.text("app.onet_code", &fiche.app.onet_code);
    if !is_slug(&fiche.app.storage_key) {
        p.push(format!(
            "app.storage_key : « {} » doit être en minuscules, chiffres et tirets",
            fiche.app.storage_key
        ));
    }
    let known = |id: &str| fiche.sources.iter().any(|s| s.id == id);

    p.text("id", &fiche.id);
    if !is_slug(&fiche.id) {
        p.push(format!(
            "id « {} » : lettres minuscules, chiffres et tirets seulement",
            fiche.id
        ));
    }
    p.text("title", &fiche.title);
    p.non_empty("summary", fiche.summary.len());
    for (i, text) in fiche.summary.iter().enumerate() {
        p.text(&format!("summary[{i}]"), text);
    }
    for (i, alias) in fiche.aliases.iter().enumerate() {
        p.text(&format!("aliases[{i}]"), alias);
    }

    p.each(
        "key_figures",
        &fiche.key_figures,
        |k| &k.label,
        |p, at, _, key| {
            p.text(&format!("{at}.label"), &key.label);
            p.non_empty(&format!("{at}.values"), key.values.len());
            for (j, figure) in key.values.iter().enumerate() {
                p.figure(&format!("{at}.values[{j}]"), figure, &known);
            }
        },
    );

    p.each(
        "sections",
        &fiche.sections,
        |s| &s.id,
        |p, at, i, section| {
            if !is_slug(&section.id) {
                p.push(format!(
                    "{at}.id : lettres minuscules, chiffres et tirets seulement"
                ));
            }
            if fiche.sections[..i].iter().any(|s| s.id == section.id) {
                p.push(format!("{at}.id : déjà utilisé par une section précédente"));
            }
            if section.layer == Layer::Essentiel
                && fiche.sections[..i]
                    .iter()
                    .any(|s| s.layer == Layer::PlusLoin)
            {
                p.push(format!(
                    "{at}.layer : une section « essentiel » vient avant toute section « plus-loin »"
                ));
            }
            if section.id == SOURCES_SECTION {
                p.push(format!(
                    "{at}.id : « {SOURCES_SECTION} » est réservé à la liste des sources"
                ));
            }
            p.text(&format!("{at}.title"), &section.title);
            p.non_empty(&format!("{at}.blocks"), section.blocks.len());
            for (j, block) in section.blocks.iter().enumerate() {
                p.block(&format!("{at}.blocks[{j}]"), block, &known);
            }
        },
    );

    if fiche.layer(Layer::Essentiel).next().is_none() {
        p.push("sections : aucune section « essentiel »".to_owned());
    }

    p.each("sources", &fiche.sources, |s| &s.id, |p, at, i, source| {
        if fiche.sources[..i].iter().any(|s| s.id == source.id) {
            p.push(format!("{at}.id : déjà utilisé par une source précédente"));
        }
        // One id per document: the same page under two ids would look like two sources.
        if let Some(earlier) = fiche.sources[..i]
            .iter()
            .find(|s| s.link().is_some() && s.link() == source.link())
        {
            p.push(format!(
                "{at}.reference : même adresse que la source « {} » ; une page n'a qu'un id",
                earlier.id
            ));
        }
        if source.publisher.contains("non indiqué") {
            p.push(format!("{at}.publisher : chaque source nomme qui la publie"));
        }
        p.texts(
            at,
            &[
                ("id", &source.id),
                ("title", &source.title),
                ("short", &source.short),
                ("publisher", &source.publisher),
                ("description", &source.description),
                ("reference", &source.reference),
            ],
        );
        if source.consulted_on().is_none() {
            p.push(format!(
                "{at}.consulted : « {} » n'est pas une date AAAA-MM-JJ ; chaque source dit quand elle a été consultée",
                source.consulted
            ));
        }
        if !fiche.cited().any(|id| id == source.id) {
            p.push(format!("{at} : n'est citée nulle part"));
        }
    });
    p.0
}

#[cfg(test)]
mod tests;
