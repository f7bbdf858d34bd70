//! Tests of the embedded content: the real back-end fiche must be valid and complete,
//! and a broken file must be reported with its file name and the faulty field. What the
//! back-end fiche says, checked as a counsellor would, is in `tests/back_end_fiche.rs`;
//! the table of the seed pages' facts in `tests/seed_facts.rs`.

use super::*;
use crate::model::role::fiche::Block;

mod back_end_fiche;
mod seed_facts;

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
  "id": "essai", "title": "Essai", "app": {"name": "Essai ?", "short_name": "Essai ?", "storage_key": "essai", "onet_code": "00-0000.00"}, "aliases": [], "summary": ["Un métier d'essai."],
  "key_figures": [{"label": "Salaire", "values": [{"value": "1 €", "unit": "par an", "year": 2026, "source": "a"}]}],
  "sections": [{"id": "resume", "title": "Résumé", "layer": "essentiel",
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

/// The name under an installed app's icon is cut past 12 characters: the load refuses it.
#[test]
fn a_short_name_longer_than_a_launcher_shows_is_refused() {
    let json: &'static str = Box::leak(
        MINIMAL
            .replace(
                r#""short_name": "Essai ?""#,
                r#""short_name": "Essai de métier ?""#,
            )
            .into_boxed_str(),
    );
    assert!(
        broken(json)
            .to_string()
            .contains("app.short_name : « Essai de métier ? » a plus de 12 caractères")
    );
    let twelve = MINIMAL.replace(
        r#""short_name": "Essai ?""#,
        r#""short_name": "Essai métier""#,
    );
    assert!(fiche(Box::leak(twelve.into_boxed_str())).is_ok());
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

/// The minimal fiche with a second source « b » at `reference`, cited by the paragraph
/// when `cited`.
fn with_source_b(reference: &str, cited: bool) -> &'static str {
    let source = format!(
        r#""sources": [{{"id": "b", "title": "B", "short": "B", "publisher": "P", "description": "D", "reference": "{reference}", "consulted": "2026-12-01"}}, {{"id": "a""#
    );
    let json = MINIMAL.replace(r#""sources": [{"id": "a""#, &source);
    let json = match cited {
        true => json.replace(r#""sources": ["a"]"#, r#""sources": ["a", "b"]"#),
        false => json,
    };
    Box::leak(json.into_boxed_str())
}

#[test]
fn uncited_source_is_reported() {
    let json = with_source_b("R", false);
    let error = broken(json);
    assert!(
        error.to_string().contains("« b » : n'est citée nulle part"),
        "{error}"
    );
}

fn test_role_bank_with(from: &str, to: &str) -> ContentError {
    use crate::model::test_support::TEST_ROLE;
    let fiche: Fiche = TEST_ROLE.fiche.parse(fiche_problems).unwrap();
    let json: &'static str = Box::leak(TEST_ROLE.quiz.json.replacen(from, to, 1).into_boxed_str());
    assert_ne!(
        json, TEST_ROLE.quiz.json,
        "the replacement must change the bank"
    );
    DataFile {
        path: TEST_ROLE.quiz.path,
        json,
    }
    .parse(|bank| crate::model::loading::bank::bank_problems(bank, &fiche))
    .expect_err("this bank should be refused")
}

/// The test role's bank with `from` replaced by `to` is refused, with `expected` in the error.
fn assert_bank_refused(from: &str, to: &str, expected: &str) {
    let error = test_role_bank_with(from, to).to_string();
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
        .filter(|i| matches!(i.kind, crate::model::role::quiz::ItemKind::Situation { .. }))
        .count();
    assert!(situations >= 6, "{situations} situations");
}

#[test]
fn a_bank_error_names_the_item_and_the_field() {
    let error = test_role_bank_with(r#""dimension": "lire""#, r#""dimension": "lecture""#);
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
    let row = r#"{"kind": "figures", "caption": "Salaires", "rows": [{"label": "Débutant", "value": "1 €", "year": 2026, "source": "a"}]}"#;
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
    use crate::model::base::language::{Span, spans};
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

/// Two ids for one web page would count one source twice.
#[test]
fn a_page_cited_under_two_ids_is_refused() {
    let json = with_source_b("https://example.org", true);
    let error = broken(json).to_string();
    assert!(
        error.contains("« a ».reference : même adresse que la source « b »"),
        "{error}"
    );
}

/// « L'essentiel » comes first; a figure without a plausible year is refused.
#[test]
fn layers_in_order_and_figure_years_are_checked() {
    let json = Box::leak(
        MINIMAL
            .replace(r#""layer": "essentiel""#, r#""layer": "plus-loin""#)
            .replace(r#""year": 2026"#, r#""year": 26"#)
            .into_boxed_str(),
    );
    let error = broken(json).to_string();
    assert!(error.contains("aucune section « essentiel »"), "{error}");
    assert!(
        error.contains("values[0].year : « 26 » n'est pas une année"),
        "{error}"
    );
    let json = Box::leak(
        MINIMAL
            .replace(r#""year": 2026"#, "")
            .replace(r#""unit": "par an", "#, r#""unit": "par an""#)
            .into_boxed_str(),
    );
    assert!(broken(json).to_string().contains("missing field `year`"));
}
