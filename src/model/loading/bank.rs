//! Checks of a question bank that serde cannot make: every reference resolves, ids are
//! unique, each form covers each dimension enough and keys it both ways, situations
//! have no obvious right answer, advice points to a fiche section that holds what it
//! names, values are in range, no text is empty. Each problem names the item or
//! dimension and the field.

use std::collections::BTreeSet;

mod advice;
mod forms;
mod situations;

use advice::section_text;
use forms::coverage_problems;
use situations::trade_off_problems;

use super::problems::id_problems;

use crate::model::assessment::answers::KEYED_MAX;
use crate::model::assessment::scoring::INDIFFERENCE;
use crate::model::base::text::Text;
use crate::model::role::fiche::{Block, Fiche};
use crate::model::role::quiz::{Family, ItemKind, QuestionBank, SituationOption};

/// The largest difference between the totals of two options of a situation. Options
/// rate the same 3 or 4 qualities on 0–4, so a total runs from 0 to 16; within one
/// point, choosing an option says which quality a person leans on, not how good they
/// are: the situation's share in a family's mean moves by at most a quarter of one
/// answer step.
pub const SITUATION_TOTAL_SPREAD: u32 = 1;

/// The fewest items on the role's interests a form must ask, since they alone make the
/// match. Measured on the test role: with 12 such items, 1.05 % of 2,000 random
/// respondents reached "très forte" (the calibration allows 1 %); with 15, none of the
/// calibration promises is broken.
pub const MIN_MATCH_ITEMS: usize = 15;

/// Everything wrong with a bank, given the fiche its sources and sections refer to.
pub fn bank_problems(bank: &QuestionBank, fiche: &Fiche) -> Vec<String> {
    let mut p = Vec::new();
    if bank.scale.len() != 5 {
        p.push(format!(
            "scale : {} libellés au lieu de 5",
            bank.scale.len()
        ));
    }
    let shows_nearby = fiche.sections.iter().any(|s| {
        s.blocks
            .iter()
            .any(|b| matches!(b, Block::NearbyRoles { .. }))
    });
    if shows_nearby && bank.nearby_roles.is_empty() {
        p.push(
            "nearby_roles : la fiche montre les métiers proches, et la liste est vide".to_owned(),
        );
    }
    let mut empty = |at: String, text: &str| {
        if text.trim().is_empty() {
            p.push(format!("{at} : texte vide"));
        }
    };
    for (i, label) in bank.scale.iter().enumerate() {
        empty(format!("scale[{i}]"), label);
    }
    for form in bank.forms.iter() {
        empty(format!("forms « {} ».name", form.id), &form.name);
        empty(
            format!("forms « {} ».description", form.id),
            &form.description,
        );
    }
    for d in bank.dimensions.iter() {
        let at = format!("dimensions « {} »", d.id);
        empty(format!("{at}.name"), &d.name);
        empty(format!("{at}.explanation"), &d.explanation);
        empty(format!("{at}.strength"), &d.strength);
        empty(format!("{at}.to_develop"), &d.to_develop);
        if let Some(t) = &d.target {
            empty(format!("{at}.target.rationale"), &t.rationale);
        }
        for (k, step) in d.next_steps.iter().enumerate() {
            empty(format!("{at}.next_steps[{k}].text"), &step.text);
        }
    }
    for item in bank.items.iter() {
        let at = format!("items « {} »", item.id);
        match &item.kind {
            ItemKind::Statement { text, .. } => empty(format!("{at}.text"), text),
            ItemKind::Situation {
                title,
                text,
                options,
            } => {
                empty(format!("{at}.title"), title);
                empty(format!("{at}.text"), text);
                for (k, o) in options.iter().enumerate() {
                    empty(format!("{at}.options[{k}].text"), &o.text);
                }
            }
        }
    }
    for role in bank.nearby_roles.iter() {
        let at = format!("nearby_roles « {} »", role.id);
        empty(format!("{at}.name"), &role.name);
        empty(format!("{at}.description"), &role.description);
        empty(format!("{at}.why"), &role.why);
    }

    p.extend(dimension_problems(bank, fiche));
    p.extend(item_problems(bank));
    p.extend(coverage_problems(bank));
    for role in bank.nearby_roles.iter() {
        let dimensions = role.when.iter().map(|lean| &lean.dimension);
        p.extend(reference_problems(
            &format!("nearby_roles « {} ».when", role.id),
            dimensions,
            "dimension inconnue",
            |d| bank.dimension(d).is_some(),
        ));
    }
    p
}

/// The problems of a list of references at `at`: empty, or naming what `known` does not
/// know (`unknown` says what, e.g. "source inconnue").
fn reference_problems<'a>(
    at: &str,
    ids: impl IntoIterator<Item = &'a Text>,
    unknown: &str,
    known: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut p = Vec::new();
    let mut empty = true;
    for id in ids {
        empty = false;
        if !known(id) {
            p.push(format!("{at} : {unknown} « {id} »"));
        }
    }
    if empty {
        p.push(format!("{at} : liste vide"));
    }
    p
}

/// The problems of the `forms` list of the dimension or item at `at`.
fn form_problems(bank: &QuestionBank, at: &str, forms: &[Text]) -> Vec<String> {
    reference_problems(&format!("{at}.forms"), forms, "formulaire inconnu", |f| {
        bank.form(f).is_some()
    })
}

#[expect(
    clippy::disallowed_methods,
    reason = "content checks are native-only: never in the wasm"
)]
fn dimension_problems(bank: &QuestionBank, fiche: &Fiche) -> Vec<String> {
    let mut p = Vec::new();
    let mut seen = BTreeSet::new();
    for d in bank.dimensions.iter() {
        let at = format!("dimensions « {} »", d.id);
        p.extend(id_problems(&at, &d.id, &mut seen));
        p.extend(reference_problems(
            &format!("{at}.sources"),
            d.sources.iter(),
            "source inconnue",
            |s| fiche.source(s).is_some(),
        ));
        if d.family == Family::Interest && d.riasec.is_none() {
            p.push(format!("{at}.riasec : manquant pour un centre d'intérêt"));
        }
        match (d.riasec.is_some(), d.riasec_reason.trim().is_empty()) {
            (true, true) => p.push(format!(
                "{at}.riasec_reason : manquant : dis pourquoi ce type, selon sa définition par O*NET"
            )),
            (false, false) => p.push(format!("{at}.riasec_reason : sans type RIASEC à justifier")),
            _ => {}
        }
        if d.family == Family::Quality && d.target.is_none() {
            p.push(format!("{at}.target : manquant pour une qualité"));
        }
        p.extend(form_problems(bank, &at, &d.forms));
        for part in d.parts.iter() {
            match bank.dimension(part) {
                None => p.push(format!("{at}.parts : dimension inconnue « {part} »")),
                Some(other) if other.family != d.family || !other.parts.is_empty() => {
                    p.push(format!(
                        "{at}.parts : « {part} » doit être une dimension simple de la même famille"
                    ))
                }
                Some(other) if other.forms.iter().any(|f| d.in_form(f)) => p.push(format!(
                    "{at}.parts : « {part} » est aussi mesurée dans un formulaire de « {} »",
                    d.id
                )),
                _ => {}
            }
        }
        if let Some(t) = &d.target {
            if f64::from(t.level) <= INDIFFERENCE || t.level > 100 {
                p.push(format!(
                    "{at}.target.level : {} hors de 51–100 (au-dessus de l'indifférence)",
                    t.level
                ));
            }
            if !(1..=5).contains(&t.importance) {
                p.push(format!(
                    "{at}.target.importance : {} hors de 1–5",
                    t.importance
                ));
            }
        }
        for (k, step) in d.next_steps.iter().enumerate() {
            let Some(section) = fiche.section(&step.section) else {
                p.push(format!(
                    "{at}.next_steps[{k}].section : section de fiche inconnue « {} »",
                    step.section
                ));
                continue;
            };
            if step.keywords.is_empty() {
                p.push(format!("{at}.next_steps[{k}].keywords : liste vide"));
            }
            let text = section_text(section, &bank.nearby_roles).to_lowercase();
            for word in step.keywords.iter() {
                if word.trim().is_empty() || !text.contains(&word.to_lowercase()) {
                    p.push(format!(
                        "{at}.next_steps[{k}].keywords : la section « {} » ne contient pas « {word} »",
                        step.section
                    ));
                }
            }
        }
        if d.target.is_some() && d.next_steps.is_empty() {
            p.push(format!("{at}.next_steps : liste vide"));
        }
    }
    p
}

fn item_problems(bank: &QuestionBank) -> Vec<String> {
    let mut p = Vec::new();
    let mut seen = BTreeSet::new();
    for item in bank.items.iter() {
        let at = format!("items « {} »", item.id);
        p.extend(id_problems(&at, &item.id, &mut seen));
        p.extend(form_problems(bank, &at, &item.forms));
        match &item.kind {
            ItemKind::Statement {
                dimension,
                reverse,
                pair,
                ..
            } => {
                if bank.dimension(dimension).is_none() {
                    p.push(format!(
                        "{at}.dimension : dimension inconnue « {dimension} »"
                    ));
                }
                let Some(pair) = pair else { continue };
                match bank.item(pair).map(|i| &i.kind) {
                    Some(ItemKind::Statement {
                        dimension: other_dimension,
                        reverse: other_reverse,
                        pair: other_pair,
                        ..
                    }) => {
                        if other_dimension != dimension || other_reverse == reverse {
                            p.push(format!(
                                "{at}.pair : « {pair} » doit mesurer la même dimension dans l'autre sens"
                            ));
                        }
                        if other_pair.as_deref() != Some(item.id.as_ref()) {
                            p.push(format!("{at}.pair : « {pair} » ne pointe pas en retour"));
                        }
                    }
                    _ => p.push(format!("{at}.pair : affirmation inconnue « {pair} »")),
                }
            }
            ItemKind::Situation { options, .. } => {
                if !(3..=4).contains(&options.len()) {
                    p.push(format!(
                        "{at}.options : {} options au lieu de 3 ou 4",
                        options.len()
                    ));
                }
                let rated = |o: &SituationOption| o.rated().map(str::to_owned).collect::<Vec<_>>();
                let keys = options.first().map(rated);
                for (k, option) in options.iter().enumerate() {
                    if Some(rated(option)) != keys {
                        p.push(format!(
                            "{at}.options[{k}].values : les options doivent noter les mêmes qualités"
                        ));
                    }
                    for (d, v) in option.values.iter() {
                        match bank.dimension(d) {
                            None => p.push(format!(
                                "{at}.options[{k}].values : dimension inconnue « {d} »"
                            )),
                            Some(dim) if dim.family != Family::Quality => p.push(format!(
                                "{at}.options[{k}].values : « {d} » n'est pas une qualité"
                            )),
                            _ => {}
                        }
                        if *v > KEYED_MAX {
                            p.push(format!(
                                "{at}.options[{k}].values.{d} : {v} hors de 0–{KEYED_MAX}"
                            ));
                        }
                    }
                }
                if keys.is_some_and(|k| k.is_empty()) {
                    p.push(format!("{at}.options[0].values : aucune qualité notée"));
                }
                p.extend(trade_off_problems(&at, options));
            }
        }
    }
    p
}
