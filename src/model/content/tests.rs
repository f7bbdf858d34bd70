//! Tests of the embedded content: the real back-end fiche must be valid and complete,
//! and a broken file must be reported with its file name and the faulty field.

use super::*;
use crate::model::fiche::Block;

fn back_end() -> Role {
    BACK_END_DATA.load().unwrap_or_else(|e| panic!("{e}"))
}

fn fiche(json: &'static str) -> Result<Fiche, ContentError> {
    DataFile {
        path: "data/roles/essai/fiche.json",
        json,
    }
    .parse(fiche_problems)
}

fn broken(json: &'static str) -> ContentError {
    fiche(json).expect_err("this fiche should be refused")
}

/// A minimal valid fiche, to be broken one field at a time.
const MINIMAL: &str = r#"{
  "id": "essai", "title": "Essai", "app": {"name": "Essai ?", "storage_key": "essai", "onet_code": "00-0000.00"}, "aliases": [], "summary": ["Un métier d'essai."],
  "key_figures": [{"label": "Salaire", "values": [{"value": "1 €", "unit": "par an", "source": "a"}]}],
  "sections": [{"id": "resume", "title": "Résumé",
    "blocks": [{"kind": "paragraph", "text": "Du texte.", "sources": ["a"]}]}],
  "sources": [{"id": "a", "title": "Source A", "short": "A", "publisher": "Éditeur",
    "description": "Une source.", "reference": "https://example.org", "consulted": "2026-12-01"}]
}"#;

#[test]
fn minimal_fiche_loads() {
    assert_eq!(fiche(MINIMAL).map(|f| f.id), Ok("essai".into()));
}

#[test]
fn back_end_fiche_is_valid() {
    let role = back_end();
    assert_eq!(role.fiche.id, "developpeur-back-end");
}

#[test]
fn back_end_fiche_has_every_required_section() {
    let role = back_end();
    let required = [
        "resume",
        "missions",
        "responsabilites",
        "competences-techniques",
        "qualites",
        "formation",
        "experience",
        "environnement",
        "freelance",
        "salaires",
        "evolution",
        "tendances",
        "avantages-inconvenients",
        "secteurs",
        "conseils",
        "faq",
        "reperes-onet",
        "journee-type",
        "pour-toutes-et-tous",
    ];
    for id in required {
        assert!(
            role.fiche.section(id).is_some(),
            "section « {id} » is missing"
        );
    }
}

#[test]
fn both_rome_codes_are_shown_with_their_sources() {
    let role = back_end();
    let codes: Vec<(&str, &str)> = role
        .fiche
        .key_figures
        .iter()
        .flat_map(|k| k.values.iter())
        .map(|f| (&*f.value, &*f.source))
        .collect();
    assert!(
        codes
            .iter()
            .any(|(v, s)| v.contains("M1805") && *s == "rome"),
        "{codes:?}"
    );
    assert!(
        codes
            .iter()
            .any(|(v, s)| v.contains("M1802") && *s == "developpeur-back-end"),
        "{codes:?}"
    );
    assert!(codes.iter().any(|(v, _)| v.contains("M2Z")), "{codes:?}");
}

/// Every value of the key-figures card.
fn key_figures(role: &Role) -> impl Iterator<Item = &crate::model::fiche::Figure> {
    role.fiche.key_figures.iter().flat_map(|k| k.values.iter())
}

/// Today's ROME: version 4.0, with the current title of M1805 and where the back-end
/// job title sits, beside the source's older code.
#[test]
fn the_rome_figure_says_its_version() {
    let role = back_end();
    let rome = key_figures(&role)
        .find(|f| f.source == "rome")
        .expect("a ROME figure from the ROME source");
    assert!(
        rome.value
            .contains("Développeur / Développeuse informatique"),
        "{rome:?}"
    );
    assert_eq!(rome.unit, "ROME 4.0");
    assert!(
        rome.note.contains("20 mars 2023") && rome.note.contains("M1855"),
        "{rome:?}"
    );
    let source = role.fiche.source("rome").unwrap();
    assert!(
        source
            .link()
            .is_some_and(|url| url.contains("repertoire-operationnel"))
    );
}

/// Everything a section says, in one lowercase string.
fn section_words(role: &Role, id: &str) -> String {
    let section = role
        .fiche
        .section(id)
        .unwrap_or_else(|| panic!("section {id}"));
    let mut text = section.title.to_string();
    for block in section.blocks.iter() {
        match block {
            Block::Paragraph { text: t, .. } => text.push_str(t),
            Block::List { title, items, .. } => {
                text.push_str(title);
                items.iter().for_each(|i| text.push_str(i));
            }
            Block::Figures { caption, rows } => {
                text.push_str(caption);
                for r in rows.iter() {
                    text.push_str(&format!(
                        "{} {} {} {}",
                        r.label, r.figure.value, r.figure.unit, r.figure.note
                    ));
                }
            }
            Block::Faq { entries } => entries.iter().for_each(|e| text.push_str(&e.answer)),
        }
        text.push('\n');
    }
    text.to_lowercase()
}

/// Every row of the figures tables of one section.
fn figure_rows<'a>(
    role: &'a Role,
    id: &str,
) -> impl Iterator<Item = &'a crate::model::fiche::FigureRow> {
    let section = role
        .fiche
        .section(id)
        .unwrap_or_else(|| panic!("section {id}"));
    section.blocks.iter().flat_map(|b| match b {
        Block::Figures { rows, .. } => rows.iter().collect(),
        _ => Vec::new(),
    })
}

/// The routes into the job in France, each with its level and its own source.
#[test]
fn the_routes_into_the_job_have_their_level_and_source() {
    let role = back_end();
    let routes: Vec<_> = figure_rows(&role, "formation")
        .map(|r| {
            (
                r.label.to_string(),
                r.figure.value.to_string(),
                r.figure.source.to_string(),
            )
        })
        .collect();
    for (route, level) in [
        ("BTS SIO", "Bac+2"),
        ("BUT informatique", "Bac+3"),
        ("Licence informatique", "Bac+3"),
        ("MIAGE", "Bac+5"),
        ("École d'ingénieurs", "Bac+5"),
        ("Concepteur développeur d'applications", "Niveau 6"),
    ] {
        assert!(
            routes
                .iter()
                .any(|(l, v, s)| l.contains(route) && v == level && !s.is_empty()),
            "{route} ({level}) missing in {routes:?}"
        );
    }
    let words = section_words(&role, "formation");
    for topic in [
        "alternance",
        "parcoursup",
        "afpa",
        "greta",
        "stage d'observation",
        "troisième",
        "seconde",
        "bac+2",
    ] {
        assert!(
            words.contains(topic),
            "formation says nothing of « {topic} »"
        );
    }
}

/// Every gross figure has a net estimate beside it, the rate has its source, and the
/// Smic is there as a landmark.
#[test]
fn pay_is_given_net_as_well_as_gross() {
    let role = back_end();
    let tables = role
        .fiche
        .sections
        .iter()
        .flat_map(|s| figure_rows(&role, &s.id).map(|r| &r.figure));
    let figures = key_figures(&role).chain(tables);
    for figure in figures.filter(|f| f.unit.contains("brut") && f.value.contains('€')) {
        assert!(
            figure.note.to_lowercase().contains("net"),
            "no net beside {figure:?}"
        );
    }
    let words = section_words(&role, "salaires");
    assert!(words.contains("24 %") && words.contains("smic") && words.contains("cadre"));
    let sources: Vec<&str> = figure_rows(&role, "salaires")
        .map(|r| r.figure.source.as_ref())
        .collect();
    assert!(
        sources.contains(&"insee-salaires") && sources.contains(&"oreco-smic"),
        "{sources:?}"
    );
}

/// Each net estimate is the gross figure less the 24 % of the rate row, to within the
/// rounding to ten euros.
#[test]
fn net_estimates_follow_the_stated_rate() {
    let role = back_end();
    let number = |s: &str| {
        s.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse::<f64>()
            .ok()
    };
    let mut checked = 0;
    for row in figure_rows(&role, "salaires").filter(|r| r.figure.unit == "brut par mois") {
        let note = &row.figure.note;
        let Some(at) = note.find("Net estimé : environ ") else {
            continue;
        };
        let rest = &note[at + "Net estimé : environ ".len()..];
        let nets: Vec<f64> = rest
            .split(" € ")
            .next()
            .unwrap()
            .split(" à ")
            .filter_map(number)
            .collect();
        let grosses: Vec<f64> = row.figure.value.split(" à ").filter_map(number).collect();
        assert_eq!(nets.len(), grosses.len(), "{row:?}");
        for (net, gross) in nets.iter().zip(&grosses) {
            assert!(
                (gross * (1.0 - 0.243) - net).abs() <= 10.0,
                "{gross} → {net}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "{checked} net estimates checked");
}

/// Who hires in France and who the job is open to, from sourced facts.
#[test]
fn employers_and_openness_are_covered() {
    let role = back_end();
    assert!(section_words(&role, "secteurs").contains("esn"));
    assert!(section_words(&role, "freelance").contains("micro-entreprise"));
    assert!(section_words(&role, "freelance").contains("portage salarial"));
    let open = section_words(&role, "pour-toutes-et-tous");
    for topic in ["femmes", "rqth", "agefiph", "télétravail"] {
        assert!(open.contains(topic), "{topic}");
    }
    assert!(section_words(&role, "journee-type").contains("bug"));
}

/// A counsellor can check every source: publisher, date consulted, and a link for the
/// ones on the web.
#[test]
fn every_source_says_who_publishes_it_and_when_it_was_read() {
    let role = back_end();
    for source in role.fiche.sources.iter() {
        assert!(!source.publisher.trim().is_empty(), "{}", source.id);
        assert!(source.consulted_on().is_some(), "{}", source.id);
    }
    let linked = role
        .fiche
        .sources
        .iter()
        .filter(|s| s.link().is_some())
        .count();
    assert!(linked >= 30, "{linked} sources with a link");
}

#[test]
fn a_source_without_a_date_is_refused_with_its_field() {
    let json: &'static str = Box::leak(
        MINIMAL
            .replace(r#""consulted": "2026-12-01""#, r#""consulted": "hier""#)
            .into_boxed_str(),
    );
    let error = broken(json);
    assert!(
        error
            .to_string()
            .contains("« a ».consulted : « hier » n'est pas une date"),
        "{error}"
    );
    let json: &'static str = Box::leak(
        MINIMAL
            .replace(r#", "consulted": "2026-12-01""#, "")
            .into_boxed_str(),
    );
    assert!(
        broken(json)
            .to_string()
            .contains("missing field `consulted`")
    );
}

#[test]
fn a_long_sentence_is_refused_with_its_field() {
    let long = "mot ".repeat(26);
    let json: &'static str = Box::leak(
        MINIMAL
            .replace(
                r#""summary": ["Un métier d'essai."]"#,
                &format!(r#""summary": ["{long}."]"#),
            )
            .into_boxed_str(),
    );
    assert_ne!(json, MINIMAL);
    assert!(
        broken(json)
            .to_string()
            .contains("summary[0] : phrase de 26 mots"),
        "{}",
        broken(json)
    );
}

#[test]
fn every_salary_figure_of_the_sources_is_in_the_salary_table() {
    let role = back_end();
    let rows: Vec<String> = figure_rows(&role, "salaires")
        .map(|r| format!("{} {} [{}]", r.figure.value, r.figure.unit, r.figure.source))
        .collect();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    for (figure, source) in [
        ("2000", "developpeur-back-end"),
        ("4000", "developpeur-back-end"),
        ("2917", "ingenieur-back-end"),
        ("5833", "ingenieur-back-end"),
        ("35000", "ingenieur-back-end"),
        ("70000", "ingenieur-back-end"),
        ("30000", "lehibou"),
    ] {
        assert!(
            rows.iter()
                .any(|r| digits(r).contains(figure) && r.ends_with(&format!("[{source}]"))),
            "{figure} from {source} missing in {rows:#?}"
        );
    }
    for row in &rows {
        assert!(!row.contains("  ["), "a salary without unit: {row}");
    }
}

#[test]
fn onet_is_credited_under_its_licence() {
    let role = back_end();
    let onet = role.fiche.source("onet").expect("O*NET source");
    assert!(onet.licence.contains("CC BY 4.0"), "{}", onet.licence);
    assert!(onet.title.contains("15-1252.00"), "{}", onet.title);
}

#[test]
fn malformed_json_names_the_file_and_position() {
    let error = broken("{ \"id\": ");
    assert_eq!(error.file, "data/roles/essai/fiche.json");
    assert!(error.to_string().contains("data/roles/essai/fiche.json"));
    assert!(error.problems[0].contains("line 1"), "{error}");
}

#[test]
fn missing_field_is_named() {
    let error = broken(r#"{"id": "essai", "title": "Essai"}"#);
    assert!(error.problems[0].contains("missing field `app`"), "{error}");
}

#[test]
fn misspelt_field_is_named() {
    let json = Box::leak(
        MINIMAL
            .replace("\"summary\"", "\"sumary\"")
            .into_boxed_str(),
    );
    let error = broken(json);
    assert!(error.problems[0].contains("sumary"), "{error}");
}

#[test]
fn unknown_source_is_named_with_its_place() {
    let json = Box::leak(
        MINIMAL
            .replace(r#""sources": ["a"]"#, r#""sources": ["zz"]"#)
            .into_boxed_str(),
    );
    let error = broken(json);
    assert!(
        error
            .problems
            .iter()
            .any(|p| p.contains("sections[0] « resume ».blocks[0].sources")
                && p.contains("« zz »")),
        "{error}"
    );
}

#[test]
fn empty_text_and_bad_section_id_are_named() {
    let json = Box::leak(
        MINIMAL
            .replace(r#""text": "Du texte.""#, r#""text": " ""#)
            .replace(r#""id": "resume""#, r#""id": "Résumé""#)
            .into_boxed_str(),
    );
    let error = broken(json);
    let text = error.to_string();
    assert!(text.contains("blocks[0].text : texte vide"), "{text}");
    assert!(text.contains("sections[0] « Résumé ».id"), "{text}");
}

#[test]
fn uncited_source_is_reported() {
    let json = Box::leak(
        MINIMAL
            .replace(
                r#""sources": [{"id": "a""#,
                r#""sources": [{"id": "b", "title": "B", "short": "B", "publisher": "P", "description": "D", "reference": "R", "consulted": "2026-12-01"}, {"id": "a""#,
            )
            .into_boxed_str(),
    );
    let error = broken(json);
    assert!(
        error.to_string().contains("« b » : n'est citée nulle part"),
        "{error}"
    );
}

fn essai_bank_with(from: &str, to: &str) -> ContentError {
    use crate::model::test_support::ESSAI;
    let fiche: Fiche = ESSAI.fiche.parse(fiche_problems).unwrap();
    let json: &'static str = Box::leak(ESSAI.quiz.json.replacen(from, to, 1).into_boxed_str());
    assert_ne!(
        json, ESSAI.quiz.json,
        "the replacement must change the bank"
    );
    DataFile {
        path: ESSAI.quiz.path,
        json,
    }
    .parse(|bank| crate::model::content::bank::bank_problems(bank, &fiche))
    .expect_err("this bank should be refused")
}

/// The essai bank with `from` replaced by `to` is refused, with `expected` in the error.
fn assert_bank_refused(from: &str, to: &str, expected: &str) {
    let error = essai_bank_with(from, to).to_string();
    assert!(
        error.contains(expected),
        "expected « {expected} » in:\n{error}"
    );
}

#[test]
fn back_end_bank_is_valid_and_sized_as_designed() {
    let role = back_end();
    // About 30 questions for the short form (5 minutes), 3 per dimension that counts,
    // and two statements per broad quality.
    assert_eq!(role.bank.form_items("court").count(), 35);
    assert_eq!(role.bank.form_items("complet").count(), 62);
    let situations = role
        .bank
        .items
        .iter()
        .filter(|i| matches!(i.kind, crate::model::quiz::ItemKind::Situation { .. }))
        .count();
    assert!(situations >= 6, "{situations} situations");
}

#[test]
fn a_bank_error_names_the_item_and_the_field() {
    let error = essai_bank_with(r#""dimension": "lire""#, r#""dimension": "lecture""#);
    assert_eq!(error.file, "src/model/testdata/essai-quiz.json");
    assert!(
        error
            .to_string()
            .contains("items « st-lire-1 ».dimension : dimension inconnue « lecture »"),
        "{error}"
    );
}

#[test]
fn bank_checks_catch_each_kind_of_mistake() {
    for (from, to, expected) in [
        (
            r#""id": "st-classer-1""#,
            r#""id": "st-lire-1""#,
            "items « st-lire-1 ».id : déjà utilisé",
        ),
        (
            r#""patience": 4, "accueil": 2"#,
            r#""patience": 7, "accueil": 2"#,
            "items « sit-file ».options[0].values.patience : 7 hors de 0–4",
        ),
        (
            r#""patience": 4, "accueil": 2"#,
            r#""patience": 4"#,
            "les options doivent noter les mêmes qualités",
        ),
        (
            r#""patience": 2, "accueil": 4"#,
            r#""patience": 4, "accueil": 4"#,
            "items « sit-file ».options[1] : au moins aussi bonne que toutes les autres sur chaque qualité",
        ),
        (
            r#""patience": 3, "accueil": 3"#,
            r#""patience": 3, "accueil": 1"#,
            "items « sit-file ».options : totaux de 4 à 6, écart au plus 1",
        ),
        (
            r#""dimension": "vendre", "reverse": true"#,
            r#""dimension": "vendre""#,
            "forms « court » : la dimension « vendre » n'a aucune affirmation inversée",
        ),
        (
            r#""keywords": ["licence"]"#,
            r#""keywords": ["bibliothèque"]"#,
            "dimensions « lire ».next_steps[0].keywords : la section « formation » ne contient pas « bibliothèque »",
        ),
        (
            r#""level": 80"#,
            r#""level": 50"#,
            "dimensions « lire ».target.level : 50 hors de 51–100",
        ),
        (
            r#""forms": ["court"],
     "parts""#,
            r#""forms": ["court", "complet"],
     "parts""#,
            "dimensions « tenue ».parts : « patience » est aussi mesurée dans un formulaire de « tenue »",
        ),
        (
            r#""id": "sit-attente", "forms": ["complet"]"#,
            r#""id": "sit-attente", "forms": ["court", "complet"]"#,
            "forms « court » : l'item « sit-attente » note 2 parties de « tenue », une seule est permise",
        ),
        (
            r#"{"dimension": "vendre", "at_least": 60}"#,
            r#"{"dimension": "patience", "at_least": 60}"#,
            "nearby_roles « libraire ».when : « patience » n'est pas mesurée par le formulaire « court »",
        ),
        (
            r#""id": "st-numeriser-3", "forms": ["court", "complet"]"#,
            r#""id": "st-numeriser-3", "forms": ["complet"]"#,
            "forms « court » : 14 question(s) sur les intérêts du métier, il en faut 15",
        ),
        (
            r#""section": "formation""#,
            r#""section": "nulle-part""#,
            "dimensions « lire ».next_steps[0].section : section de fiche inconnue « nulle-part »",
        ),
        (
            r#""sources": ["essai"]"#,
            r#""sources": ["inconnue"]"#,
            "dimensions « lire ».sources : source inconnue « inconnue »",
        ),
        (
            r#""importance": 5"#,
            r#""importance": 9"#,
            "dimensions « lire ».target.importance : 9 hors de 1–5",
        ),
        (
            r#""forms": ["court", "complet"], "kind": "statement", "text": "J'aime lire.""#,
            r#""forms": ["complet"], "kind": "statement", "text": "J'aime lire.""#,
            "forms « court » : la dimension « lire » n'a que 2 question(s), il en faut 3",
        ),
        (
            r#""pair": "st-lire-1""#,
            r#""pair": "st-classer-1""#,
            "items « st-lire-2 ».pair : « st-classer-1 » doit mesurer la même dimension dans l'autre sens",
        ),
        (
            r#""text": "J'aime lire.""#,
            r#""text": "  ""#,
            "items « st-lire-1 ».text : texte vide",
        ),
        (
            r#", "riasec_reason": "Lire, c'est s'exprimer et imaginer.""#,
            "",
            "dimensions « lire ».riasec_reason : manquant : dis pourquoi ce type, selon sa définition par O*NET",
        ),
        (
            r#", "pair_reason": "Aimer lire et s'ennuyer en lisant sont contraires.""#,
            "",
            "item « st-lire-1 » : champ « pair_reason » manquant",
        ),
        (
            r#""reverse": true, "pair": "st-lire-1""#,
            r#""reverse": true, "pair": "st-lire-1", "pair_reason": "Contraires.""#,
            "item « st-lire-2 » : « pair_reason » s'écrit sur l'affirmation directe de la paire, pas sur l'inverse",
        ),
        (
            r#""text": "J'aime vendre.", "dimension": "vendre""#,
            r#""text": "J'aime vendre.", "dimension": "vendre", "pair_reason": "Contraires.""#,
            "item « st-vendre-1 » : « pair_reason » sans « pair » : il n'y a pas de paire à justifier",
        ),
        (
            r#""reverse": true, "pair": "st-lire-1""#,
            r#""revers": true, "pair": "st-lire-1""#,
            "unknown field `revers`",
        ),
    ] {
        assert_bank_refused(from, to, expected);
    }
}

#[test]
fn a_block_with_a_field_of_another_kind_or_without_its_own_is_named() {
    for (from, to, expected) in [
        (
            r#""kind": "paragraph", "text""#,
            r#""kind": "paragraph", "items": [], "text""#,
            "bloc « Paragraph » : le champ « items » ne va pas avec ce type de bloc",
        ),
        (
            r#""kind": "paragraph", "text": "Du texte.", "#,
            r#""kind": "paragraph", "#,
            "bloc « Paragraph » : champ « text » manquant",
        ),
        (
            r#""kind": "paragraph""#,
            r#""kind": "video""#,
            "unknown variant `video`",
        ),
    ] {
        let json = Box::leak(MINIMAL.replacen(from, to, 1).into_boxed_str());
        assert_ne!(json, MINIMAL, "{from}");
        let error = broken(json).to_string();
        assert!(
            error.contains(expected),
            "expected « {expected} » in:\n{error}"
        );
    }
}

#[test]
fn a_figure_row_is_read_flat_and_refuses_unknown_fields() {
    let row = r#"{"kind": "figures", "caption": "Salaires", "rows": [{"label": "Débutant", "value": "1 €", "source": "a"}]}"#;
    let json = Box::leak(
        MINIMAL
            .replacen(
                r#"{"kind": "paragraph", "text": "Du texte.", "sources": ["a"]}"#,
                row,
                1,
            )
            .into_boxed_str(),
    );
    let parsed = fiche(json).unwrap();
    let Block::Figures { rows, .. } = &parsed.sections[0].blocks[0] else {
        panic!("a figures block");
    };
    assert_eq!(
        (rows[0].label.as_ref(), rows[0].figure.value.as_ref()),
        ("Débutant", "1 €")
    );
    let misspelt = Box::leak(
        json.replacen(r#""value""#, r#""valeur""#, 1)
            .into_boxed_str(),
    );
    assert!(
        broken(misspelt)
            .to_string()
            .contains("unknown field `valeur`")
    );
}

#[test]
fn an_item_with_a_field_of_another_kind_or_without_its_own_is_named() {
    for (from, to, expected) in [
        (
            r#""kind": "statement", "text": "J'aime lire.""#,
            r#""kind": "statement", "title": "Lire", "text": "J'aime lire.""#,
            "item « st-lire-1 » : le champ « title » ne va pas avec ce type d'item",
        ),
        (
            r#""kind": "statement", "text": "J'aime lire.""#,
            r#""kind": "statement""#,
            "item « st-lire-1 » : champ « text » manquant",
        ),
        (
            r#""kind": "situation", "title""#,
            r#""kind": "situation", "dimension": "lire", "title""#,
            "item « sit-file » : le champ « dimension » ne va pas avec ce type d'item",
        ),
        (
            r#""kind": "statement""#,
            r#""kind": "question""#,
            "unknown variant `question`",
        ),
    ] {
        assert_bank_refused(from, to, expected);
    }
}

#[test]
fn english_passages_are_marked_wherever_they_appear() {
    use crate::model::language::{Span, spans};
    // The English names the fiche and the bank quote (RGAA 8.7); loanwords in common
    // French use (back-end, DevOps, freelance) are not on this list.
    const ENGLISH: [&str; 13] = [
        "Analytical Thinking",
        "Attention to Detail",
        "Cooperation",
        "Persistence",
        "Dependability",
        "Adaptability",
        "Independence",
        "Software Developers",
        "National Center for O*NET Development",
        "Master of Science",
        "Data analyst",
        "data engineer",
        "Chief Technology Officer",
    ];
    for file in [BACK_END_DATA.fiche, BACK_END_DATA.quiz, GLOSSARY_DATA] {
        let value: serde_json::Value = serde_json::from_str(file.json).unwrap();
        let mut texts = Vec::new();
        collect_strings(&value, &mut texts);
        for text in texts
            .iter()
            .filter(|t| ENGLISH.iter().any(|e| t.contains(e)))
        {
            for span in spans(text) {
                if let Span::Page(page) = span {
                    for english in ENGLISH.iter().filter(|e| page.contains(*e)) {
                        // A glossary alias is matched in French texts, not shown.
                        let is_alias = texts.iter().any(|t| t == english);
                        assert!(
                            is_alias && *text == *english,
                            "{}: « {english} » not marked in « {text} »",
                            file.path
                        );
                    }
                }
            }
        }
    }
}

fn collect_strings(value: &serde_json::Value, into: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => into.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, into)),
        serde_json::Value::Object(fields) => fields.values().for_each(|v| collect_strings(v, into)),
        _ => {}
    }
}
