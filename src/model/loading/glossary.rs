//! The checks of the glossary (`data/glossaire.json`) that serde cannot make: ids
//! unique and URL-safe, no empty text, at least one way of writing each term.

use std::collections::BTreeSet;

use super::problems::id_problems;
use crate::model::role::glossary::Glossary;

/// Everything wrong with the glossary, naming entry and field.
pub fn glossary_problems(glossary: &Glossary) -> Vec<String> {
    let mut p = Vec::new();
    let mut ids = BTreeSet::new();
    for entry in glossary.entries.iter() {
        let at = format!("entries « {} »", entry.id);
        p.extend(id_problems(&at, &entry.id, &mut ids));
        for (field, text) in [
            ("term", &entry.term),
            ("definition", &entry.definition),
            ("example", &entry.example),
        ] {
            if text.trim().is_empty() {
                p.push(format!("{at}.{field} : texte vide"));
            }
        }
        if entry.aliases.is_empty() || entry.aliases.iter().any(|a| a.trim().is_empty()) {
            p.push(format!(
                "{at}.aliases : il faut au moins une graphie, sans texte vide"
            ));
        }
    }
    p
}
