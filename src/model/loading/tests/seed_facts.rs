//! The table of the seed pages' facts (`data/roles/developpeur-back-end/faits-des-sources.tsv`):
//! every fact of the three private pages the fiche started from is either kept, with the
//! section that says it (and cites that page), or left out, with the reason.

use crate::model::test_support::back_end;

const TABLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/roles/developpeur-back-end/faits-des-sources.tsv"
));

/// The fiche's id of the source each seed page is.
fn seed_source(seed: &str) -> Option<&'static str> {
    match seed {
        "000" => Some("prepeers"),
        "001" => Some("quest-education"),
        "003" => Some("lehibou"),
        _ => None,
    }
}

/// One row of the table, checked: `None` when it is sound, or what is wrong.
fn row_problem(fields: &[&str], fiche: &crate::model::role::fiche::Fiche) -> Option<String> {
    let [_, at, fact, decision, what] = fields else {
        return Some(format!("{} colonnes au lieu de 5", fields.len()));
    };
    if fact.trim().is_empty() {
        return Some("fait vide".into());
    }
    let seed = at.split(':').next().unwrap_or_default();
    let Some(source) = seed_source(seed) else {
        return Some(format!("page d'origine inconnue « {at} »"));
    };
    match *decision {
        "gardé" if *what == "résumé" => None,
        "gardé" => match fiche.section(what) {
            None => Some(format!("section inconnue « {what} »")),
            Some(section) if !section.cited().contains(&source) => Some(format!(
                "la section « {what} » ne cite pas la source « {source} »"
            )),
            Some(_) => None,
        },
        "écarté" if what.split_whitespace().count() < 2 => {
            Some("un fait écarté dit pourquoi".into())
        }
        "écarté" => None,
        other => Some(format!("décision « {other} » : gardé ou écarté")),
    }
}

#[test]
fn every_seed_fact_is_kept_where_it_is_said_or_left_out_with_a_reason() {
    let fiche = back_end().fiche;
    let mut lines = TABLE.lines();
    assert_eq!(
        lines.next(),
        Some("id\tsource\tfait\tdécision\toù ou pourquoi")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    // The review counted 140 distinct facts in the three pages; none is forgotten.
    assert_eq!(rows.len(), 140);
    let mut problems = Vec::new();
    for (i, fields) in rows.iter().enumerate() {
        if fields.first() != Some(&(i + 1).to_string().as_str()) {
            problems.push(format!(
                "ligne {} : id {:?} au lieu de {}",
                i + 2,
                fields.first(),
                i + 1
            ));
        }
        if let Some(problem) = row_problem(fields, &fiche) {
            problems.push(format!("ligne {} : {problem}", i + 2));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let kept = rows.iter().filter(|r| r.get(3) == Some(&"gardé")).count();
    println!("seed facts: {kept} kept, {} left out", rows.len() - kept);
}

/// The check refuses each kind of bad row, so that it cannot pass by accident.
#[test]
fn a_bad_row_is_named() {
    let fiche = back_end().fiche;
    let problem = |row: &str| row_problem(&row.split('\t').collect::<Vec<_>>(), &fiche);
    assert_eq!(problem("1\t000:5\tUn fait\tgardé\tmissions"), None);
    assert_eq!(problem("1\t000:5\tUn fait\técarté\tformule vague"), None);
    assert!(problem("1\t000:5\tUn fait\tgardé\tnulle-part").is_some());
    assert!(problem("1\t000:5\tUn fait\técarté\t").is_some());
    assert!(problem("1\t000:5\tUn fait\tpeut-être\tmissions").is_some());
    assert!(problem("1\t009:5\tUn fait\tgardé\tmissions").is_some());
    // « codes » cites Quest Education, not Prepeers.
    assert!(problem("1\t000:5\tUn fait\tgardé\tcodes").is_some());
}
