//! The checks of the accessibility audit (`data/accessibilite.json`) that serde cannot
//! do: every criterion of RGAA 4.1 listed once, in order, under its theme, with a
//! summary and how it was checked; dates and links (the statement's and the sources')
//! well formed; audited pages that are screens of the app.

use crate::model::role::audit::{Audit, THEMES};
use crate::model::shell::route::Route;

/// Everything wrong with an audit, each naming its field: every criterion of the
/// reference listed once, in order, under its theme; dates and links well formed.
pub fn audit_problems(audit: &Audit) -> Vec<String> {
    let mut p = Vec::new();
    let expected: Vec<(String, &str)> = THEMES
        .iter()
        .enumerate()
        .flat_map(|(t, (theme, count))| {
            (1..=*count).map(move |n| (format!("{}.{n}", t + 1), *theme))
        })
        .collect();
    for (i, criterion) in audit.criteria.iter().enumerate() {
        let at = format!("criteria[{i}] « {} »", criterion.id);
        match expected.get(i) {
            None => p.push(format!("{at} : critère en trop (le RGAA 4.1 en a 106)")),
            Some((id, _)) if criterion.id != *id => {
                p.push(format!("{at} : attendu le critère {id} à cette place"))
            }
            Some((_, theme)) if criterion.theme != *theme => {
                p.push(format!("{at}.theme : attendu « {theme} »"))
            }
            Some(_) => {}
        }
        for (field, text) in [("summary", &criterion.summary), ("how", &criterion.how)] {
            if text.trim().is_empty() {
                p.push(format!("{at}.{field} : texte vide"));
            }
        }
    }
    if let Some((id, _)) = expected.get(audit.criteria.len()) {
        p.push(format!(
            "criteria : {} critères sur 106, le premier qui manque est le {id}",
            audit.criteria.len()
        ));
    }
    if crate::model::base::date::french_from_iso(&audit.audited_on).is_none() {
        p.push("audited_on : date attendue au format AAAA-MM-JJ".to_owned());
    }
    if audit.pages.is_empty() {
        p.push("pages : liste vide".to_owned());
    }
    for (i, page) in audit.pages.iter().enumerate() {
        if matches!(Route::parse(&page.route), Route::NotFound(_)) {
            p.push(format!(
                "pages[{i}].route : « {} » n'est pas un écran de l'app",
                page.route
            ));
        }
    }
    for (i, part) in audit.statement.iter().enumerate() {
        for (j, link) in part.links.iter().enumerate() {
            if !link.url.starts_with("https://") {
                p.push(format!(
                    "statement[{i}].links[{j}].url : adresse https:// attendue"
                ));
            }
        }
    }
    if audit.sources.is_empty() {
        p.push("sources : liste vide".to_owned());
    }
    for (i, source) in audit.sources.iter().enumerate() {
        if !source.url.starts_with("https://") {
            p.push(format!("sources[{i}].url : adresse https:// attendue"));
        }
        if crate::model::base::date::french_from_iso(&source.consulted).is_none() {
            p.push(format!(
                "sources[{i}].consulted : date attendue au format AAAA-MM-JJ"
            ));
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::loading::AUDIT_DATA;

    #[test]
    fn the_published_audit_lists_every_criterion_once() {
        let audit: Audit = AUDIT_DATA
            .parse(audit_problems)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(audit.criteria.len(), 106);
        let counts = audit.counts();
        assert_eq!(counts.applicable() + counts.non_applicable, 106);
        for (theme, criteria, _) in audit.themes() {
            let expected = THEMES.iter().find(|(t, _)| *t == theme).unwrap().1;
            assert_eq!(criteria.len(), expected, "{theme}");
        }
    }

    #[test]
    fn a_missing_or_misplaced_criterion_is_named() {
        let mut audit: Audit = AUDIT_DATA.parse(|_: &Audit| Vec::new()).unwrap();
        let mut criteria = audit.criteria.to_vec();
        criteria.swap(0, 1);
        criteria.pop();
        audit.criteria = criteria.into();
        let problems = audit_problems(&audit);
        assert!(
            problems
                .iter()
                .any(|p| p.contains("attendu le critère 1.1")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("le premier qui manque est le 13.12")),
            "{problems:?}"
        );
    }
}
