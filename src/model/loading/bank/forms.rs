//! What each form must give every dimension it reports: enough items, keyed both ways,
//! statements and situations for qualities, one piece of evidence per item; and what
//! nearby roles may look at.

use super::MIN_MATCH_ITEMS;
use crate::model::assessment::answers::measured_dimensions;
use crate::model::assessment::scoring::{MIN_ANSWERS, SURE_MIN_ANSWERS};
use crate::model::role::quiz::{Family, Item, ItemKind, QuestionBank};

/// Each form: every item counts for one of its dimensions; every dimension with a
/// target has the form's `min_items`, the others [`MIN_ANSWERS`]; every dimension has a
/// reverse-keyed statement; qualities have statements and situations; a situation rates
/// at most one part of a broad dimension; nearby roles only look at dimensions every
/// form measures.
pub(super) fn coverage_problems(bank: &QuestionBank) -> Vec<String> {
    let mut p = Vec::new();
    for form in bank.forms.iter() {
        let at = format!("forms « {} »", form.id);
        if usize::from(form.min_items) < SURE_MIN_ANSWERS {
            p.push(format!(
                "{at}.min_items : {} ; il en faut au moins {SURE_MIN_ANSWERS} pour un score qui ne soit pas fragile",
                form.min_items
            ));
        }
        let dimensions: Vec<_> = bank.form_dimensions(&form.id).collect();
        let match_items = bank
            .form_items(&form.id)
            .filter(|item| {
                dimensions.iter().any(|d| {
                    d.family == Family::Interest
                        && d.target.is_some()
                        && measured_dimensions(item).into_iter().any(|m| d.takes(m))
                })
            })
            .count();
        if match_items < MIN_MATCH_ITEMS {
            p.push(format!(
                "{at} : {match_items} question(s) sur les intérêts du métier, il en faut {MIN_MATCH_ITEMS} pour que le hasard ne donne pas une forte affinité"
            ));
        }
        for item in bank.form_items(&form.id) {
            let counted: Vec<_> = dimensions
                .iter()
                .filter(|d| measured_dimensions(item).into_iter().any(|m| d.takes(m)))
                .collect();
            if counted.is_empty() {
                p.push(format!(
                    "{at} : l'item « {} » ne compte pour aucune dimension du formulaire",
                    item.id
                ));
            }
            for d in counted {
                let taken = measured_dimensions(item)
                    .into_iter()
                    .filter(|m| d.takes(m))
                    .count();
                if taken > 1 {
                    p.push(format!(
                        "{at} : l'item « {} » note {taken} parties de « {} », une seule est permise",
                        item.id, d.id
                    ));
                }
            }
        }
        for d in &dimensions {
            let items: Vec<&Item> = bank
                .form_items(&form.id)
                .filter(|item| measured_dimensions(item).into_iter().any(|m| d.takes(m)))
                .collect();
            let minimum = if d.target.is_some() {
                usize::from(form.min_items)
            } else {
                MIN_ANSWERS
            };
            if items.len() < minimum {
                p.push(format!(
                    "{at} : la dimension « {} » n'a que {} question(s), il en faut {minimum}",
                    d.id,
                    items.len()
                ));
            }
            let statements = || {
                items.iter().filter_map(|item| match &item.kind {
                    ItemKind::Statement { reverse, .. } => Some(*reverse),
                    ItemKind::Situation { .. } => None,
                })
            };
            if !statements().any(|reverse| reverse) {
                p.push(format!(
                    "{at} : la dimension « {} » n'a aucune affirmation inversée",
                    d.id
                ));
            }
            if d.family == Family::Quality {
                let situations = items
                    .iter()
                    .filter(|i| matches!(i.kind, ItemKind::Situation { .. }))
                    .count();
                if statements().count() == 0 || situations == 0 {
                    p.push(format!(
                        "{at} : la qualité « {} » doit avoir des affirmations et des situations",
                        d.id
                    ));
                }
            }
        }
        for role in bank.nearby_roles.iter() {
            for lean in role.when.iter() {
                let measured = bank
                    .dimension(&lean.dimension)
                    .is_some_and(|d| d.in_form(&form.id));
                if !measured {
                    p.push(format!(
                        "nearby_roles « {} ».when : « {} » n'est pas mesurée par le formulaire « {} »",
                        role.id, lean.dimension, form.id
                    ));
                }
            }
        }
    }
    p
}
