//! The stored document: every released schema reads with its answers, migration,
//! merging two tabs, finishing an attempt, and total reading of any text.

use proptest::prelude::*;

use super::*;
use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::progress::Progress;
use crate::model::assessment::report::Report;
use crate::model::document::settings::{Settings, Theme};
use crate::model::test_support::{any_answers, back_end};

/// Every released schema, as a golden file written by the first app of its schema: each
/// must keep reading, with its answers.
const FIXTURES: [(u32, &str); 2] = [
    (1, include_str!("../../testdata/stored/v1.json")),
    (2, include_str!("../../testdata/stored/v2.json")),
];

#[test]
fn every_released_schema_reads_with_its_answers() {
    let role = back_end();
    for (schema, text) in FIXTURES {
        let (document, report) =
            read(text, &role.bank).unwrap_or_else(|e| panic!("v{schema}: {e}"));
        assert_eq!(document.schema, SCHEMA);
        assert_eq!(
            report.migrated_from,
            (schema < SCHEMA).then_some(schema),
            "v{schema}"
        );
        // The fixtures were written with the first question bank: its situations were
        // all rewritten under new ids in bank 2, so the answer to one is dropped and
        // reported, never read as an answer to another question.
        assert_eq!(report.bank_changed_from, Some(1), "v{schema}");
        assert_eq!(
            report.dropped.unknown_items,
            ["sit-bug-vendredi"],
            "v{schema}: {:?}",
            report.dropped
        );
        assert_eq!(
            document.progress.form.as_deref(),
            Some("court"),
            "v{schema}"
        );
        assert_eq!(document.progress.answers.len(), 2, "v{schema}");
        assert!(!document.progress.answers.contains_key("sit-bug-vendredi"));
        assert_eq!(document.progress.position, 3, "v{schema}");
        // A migrated document writes and reads back as the current schema.
        let (again, _) = read(&write(&document), &role.bank).unwrap();
        assert_eq!(again, document);
    }
}

/// Each schema has its golden file, named after it, whose `schema` says so: a new
/// schema cannot be released without one.
#[test]
fn every_schema_has_its_golden_file() {
    let versions: Vec<u32> = FIXTURES.iter().map(|(v, _)| *v).collect();
    assert_eq!(versions, (1..=SCHEMA).collect::<Vec<_>>());
    for (version, text) in FIXTURES.into_iter().chain([(SCHEMA, WRITTEN)]) {
        let value = json::parse(text).unwrap();
        assert_eq!(codec::schema(&value), Ok(version));
    }
}

/// What this version writes for a document with every field set, byte for byte:
/// the stored format, pinned. It reads back as the same document.
const WRITTEN: &str = include_str!("../../testdata/stored/v2-written.json");

/// The document of [`WRITTEN`].
fn every_field() -> Document {
    let progress = Progress {
        form: Some("complet".to_owned()),
        answers: [
            ("st-logique-1".to_owned(), Answer::Agreement(5)),
            ("sit-panne-paiement".to_owned(), Answer::Choice(2)),
        ]
        .into(),
        answered_at: [
            ("st-logique-1".to_owned(), 1_764_000_001_000),
            ("sit-panne-paiement".to_owned(), 1_764_000_002_000),
        ]
        .into(),
        position: 7,
        finished: true,
        started_at: 1_764_000_000_000,
        updated_at: 1_764_000_003_000,
    };
    let attempt = Attempt {
        started_at: 1_763_900_000_000,
        finished_at: 1_763_900_400_000,
        form: "court".to_owned(),
        bank_version: 3,
        overall: Some(64),
        interests: Some(64),
        qualities: None,
        dimensions: [("logique".to_owned(), 81), ("rigueur".to_owned(), 50)].into(),
    };
    let record = crate::model::document::tried::Record {
        response: vec![3, 0, 2],
        checked: true,
        liking: Some(1),
        difficulty: None,
        updated_at: 1_764_000_004_000,
    };
    Document {
        schema: SCHEMA,
        bank_version: 3,
        progress,
        history: vec![attempt],
        settings: Settings {
            theme: Theme::Dark,
            large_text: true,
            spacious: false,
        },
        tried: [("journal-erreurs".to_owned(), record)].into(),
    }
}

#[test]
fn the_written_format_is_its_golden_file() {
    let document = every_field();
    assert_eq!(export(&document), WRITTEN.trim_end());
    let one_line = json::write(&json::parse(WRITTEN).unwrap(), false);
    assert_eq!(write(&document), one_line);
    for text in [WRITTEN, &one_line] {
        let value = json::parse(text).unwrap();
        assert_eq!(codec::document(&value), Ok(document.clone()));
    }
    // The app reads it with the current bank.
    assert!(read(WRITTEN, &back_end().bank).is_ok());
}

#[test]
fn a_version_one_document_migrates_with_empty_history() {
    let role = back_end();
    let (document, _) = read(FIXTURES[0].1, &role.bank).unwrap();
    assert!(document.history.is_empty());
    assert_eq!(document.progress.started_at, 0);
}

#[test]
fn a_changed_bank_is_reported() {
    let role = back_end();
    let text = FIXTURES[1]
        .1
        .replace(r#""bank_version": 1"#, r#""bank_version": 0"#);
    let (document, report) = read(&text, &role.bank).unwrap();
    assert_eq!(report.bank_changed_from, Some(0));
    assert_eq!(document.bank_version, role.bank.version);
}

/// Answers given to bank 2 (`testdata/stored/bank-2.json`): those to unchanged questions
/// are kept; those to questions rewritten in bank 3, which have new ids, are dropped and
/// reported, never read as answers to the new wording.
#[test]
fn answers_to_bank_2_keep_only_the_unchanged_questions() {
    let role = back_end();
    let text = include_str!("../../testdata/stored/bank-2.json");
    let (document, report) = read(text, &role.bank).unwrap();
    assert_eq!(report.bank_changed_from, Some(2));
    assert_eq!(
        report.dropped.unknown_items,
        ["st-apprendre-4", "st-construire-2", "st-coulisses-2"]
    );
    assert_eq!(
        document.progress.answers.keys().collect::<Vec<_>>(),
        ["sit-panne-paiement", "st-logique-1", "st-organisation-2"]
    );
    assert_eq!(document.progress.answered_at.len(), 3);
    assert_eq!(document.history.len(), 1);
    assert_eq!(
        crate::model::document::notices::of_report(&report),
        [
            "Le questionnaire a été mis à jour depuis ta dernière visite. Tes réponses aux \
          questions qui n'ont pas changé sont gardées ; 3 réponse(s) à des questions \
          retirées ont été enlevées."
        ]
    );
}

#[test]
fn a_saved_document_reads_back() {
    let role = back_end();
    let mut progress = Progress::default();
    let first = role.bank.form_items("court").next().unwrap();
    progress.start("court", 1);
    assert!(progress.answer(&role.bank, &first.id, Answer::Agreement(4), 2));
    let document = Document::new(&role.bank, progress, Vec::new(), Settings::default());
    let (read_back, report) = read(&write(&document), &role.bank).unwrap();
    assert_eq!(read_back, document);
    assert_eq!(report, ReadReport::default());
    let (imported, _) = read(&export(&document), &role.bank).unwrap();
    assert_eq!(imported, document);
}

#[test]
fn unknown_items_and_bad_values_are_dropped_and_counted() {
    let role = back_end();
    let item = &role.bank.items[0].id;
    let text = format!(
        r#"{{"schema":1,"bank_version":1,"progress":{{"form":"court","answers":{{
            "{item}":{{"agreement":9}},"disparu":{{"agreement":2}}}},"position":999,"finished":false}}}}"#
    );
    let (document, report) = read(&text, &role.bank).unwrap();
    let dropped = report.dropped;
    assert!(document.progress.answers.is_empty());
    assert_eq!(dropped.unknown_items, ["disparu"]);
    assert_eq!(dropped.invalid_values, std::slice::from_ref(item));
    assert_eq!(
        document.progress.position,
        role.bank.form_items("court").count() - 1
    );
}

#[test]
fn an_unknown_form_is_dropped() {
    let role = back_end();
    let text = r#"{"schema":1,"bank_version":1,"progress":{"form":"ancien","answers":{},"position":0,"finished":true}}"#;
    let (document, report) = read(text, &role.bank).unwrap();
    let dropped = report.dropped;
    assert_eq!(document.progress.form, None);
    assert_eq!(dropped.unknown_form.as_deref(), Some("ancien"));
}

#[test]
fn a_future_schema_is_refused_by_name() {
    let role = back_end();
    let text = r#"{"schema":99,"something":"new"}"#;
    assert_eq!(
        read(text, &role.bank),
        Err(ReadError::Newer {
            found: 99,
            reads: SCHEMA
        })
    );
}

#[test]
fn names_from_the_file_are_echoed_without_their_invisible_characters() {
    let role = back_end();
    let progress = r#""progress":{"form":null,"answers":{},"position":0,"finished":false}"#;
    for (text, said) in [
        (
            format!(r#"{{"schema":2,"bank_version":1,{progress},"history":[],"\u202ex":1}}"#),
            "champ inconnu « U+202Ex »",
        ),
        (
            format!(
                r#"{{"schema":2,"bank_version":1,{progress},"history":[],"settings":{{"theme":"\u202enoir"}}}}"#
            ),
            "thème inconnu « U+202Enoir »",
        ),
    ] {
        let Err(ReadError::Unreadable(why)) = read(&text, &role.bank) else {
            panic!("{text} is read");
        };
        assert!(why.contains(said) && !why.contains('\u{202E}'), "{why}");
    }
}

#[test]
fn wrong_types_are_unreadable() {
    let role = back_end();
    for text in [
        "",
        r#"{"schema":0}"#,
        r#"{"schema":2,"bank_version":1,"progress":{"form":null,"answers":{},"position":0,"finished":false},"history":[],"extra":1}"#,
        "null",
        "[]",
        "{",
        r#"{"schema":"1"}"#,
        r#"{"schema":1,"bank_version":1,"progress":{"answers":[]}}"#,
    ] {
        assert!(
            matches!(read(text, &role.bank), Err(ReadError::Unreadable(_))),
            "{text}"
        );
    }
}

fn document_with(answers: Answers, at: u64, theme: u8) -> Document {
    let role = back_end();
    let mut progress = Progress::default();
    progress.start("court", at);
    for (id, answer) in answers {
        progress.answer(&role.bank, &id, answer, at + 1);
    }
    let theme = [Theme::System, Theme::Light, Theme::Dark][usize::from(theme % 3)];
    Document::new(
        &role.bank,
        progress,
        Vec::new(),
        Settings {
            theme,
            ..Settings::default()
        },
    )
}

#[test]
fn a_document_is_empty_until_anything_is_started_finished_set_or_tried() {
    let role = back_end();
    let empty = || {
        Document::new(
            &role.bank,
            Progress::default(),
            Vec::new(),
            Settings::default(),
        )
    };
    assert!(empty().is_empty());
    let mut started = empty();
    started.progress.start("court", 1);
    let mut finished = empty();
    let report = Report::new(&role.bank, "court", &Answers::new()).unwrap();
    finished
        .history
        .push(Attempt::of(&report, 1, 2, role.bank.version));
    let mut set = empty();
    set.settings.large_text = true;
    // Only « Essayer le métier »: one activity rated, the quiz never opened.
    let mut tried = empty();
    let activity = role.bank.activities[0].id.to_string();
    tried.tried.entry(activity).or_default().liking = Some(1);
    for document in [started, finished, set, tried] {
        assert!(!document.is_empty(), "{document:?}");
    }
}

#[test]
fn finishing_records_the_attempt_once() {
    let role = back_end();
    let answers = role
        .bank
        .form_items("court")
        .map(|i| {
            (
                i.id.to_string(),
                crate::model::test_support::role_direction(&role.bank, i, true),
            )
        })
        .collect();
    let mut document = document_with(answers, 10, 0);
    document.finish(&role.bank, 20);
    assert!(document.progress.finished);
    assert_eq!(document.history.len(), 1);
    assert_eq!(document.history[0].finished_at, 20);
    assert_eq!(document.history[0].overall, Some(100));
    // Asked again after a review: the same attempt, recorded once, at its new time.
    document.finish(&role.bank, 30);
    assert_eq!(document.history.len(), 1);
    assert_eq!(document.history[0].finished_at, 30);
}

/// The report of the current attempt counts its answers and the activities rated, and
/// there is none before a form is chosen.
#[test]
fn the_report_is_the_attempts_with_the_activities_rated() {
    let role = back_end();
    let bank = &role.bank;
    let answers: Answers = bank
        .form_items("court")
        .map(|i| {
            let answer = crate::model::test_support::role_direction(bank, i, true);
            (i.id.to_string(), answer)
        })
        .collect();
    let mut document = document_with(answers.clone(), 10, 0);
    let activity = bank.activities[0].id.to_string();
    document.tried.entry(activity).or_default().liking = Some(1);
    let report = document.report(bank).unwrap();
    assert_eq!(report.form.id, "court");
    assert_eq!(report.answered, report.asked);
    assert_eq!(report.tried.len(), 1);
    let ratings = crate::model::document::tried::ratings(&document.tried);
    assert_eq!(
        Some(report),
        Report::with_ratings(bank, "court", &answers, &ratings)
    );
    document.progress.restart(20);
    assert_eq!(document.report(bank), None);
}

/// « Mes données » says what a document holds: the form under way and how far, the
/// results kept, and the day it last changed, on the device's calendar.
#[test]
fn the_summary_says_what_the_document_holds() {
    let role = back_end();
    let bank = &role.bank;
    let paris = |ms| crate::model::base::date::french_date(ms, -60);
    let empty = Document::new(bank, Progress::default(), Vec::new(), Settings::default());
    assert_eq!(
        empty.summary(bank, paris),
        "aucun questionnaire en cours, 0 résultat(s) enregistré(s)"
    );
    let first = bank.form_items("court").next().unwrap().id.to_string();
    // 22 November 2025, 23:30 in UTC: already the 23rd in Paris.
    let late = 1_763_854_200_000;
    let mut document = document_with([(first, Answer::Agreement(4))].into(), late - 1, 0);
    let report = Report::new(bank, "court", &Answers::new()).unwrap();
    document
        .history
        .push(Attempt::of(&report, 1, 2, bank.version));
    assert_eq!(
        document.summary(bank, paris),
        "version courte en cours, 1 réponse(s) sur 35, 1 résultat(s) enregistré(s), \
         modifié le 23/11/2025"
    );
}

proptest! {
    /// The merge keeps every answer of both tabs, takes the other tab's settings, and
    /// changes nothing when both tabs hold the same document.
    #[test]
    fn merging_keeps_answers_and_takes_the_later_settings(
        mine in any_answers(&back_end().bank),
        theirs in any_answers(&back_end().bank),
        my_theme in 0u8..3,
        their_theme in 0u8..3,
    ) {
        let a = document_with(mine.clone(), 5, my_theme);
        let mut b = document_with(theirs.clone(), 5, their_theme);
        b.progress.started_at = a.progress.started_at;
        let merged = a.merge(&b);
        prop_assert_eq!(merged.settings, b.settings);
        for id in mine.keys().chain(theirs.keys()) {
            if a.progress.answers.contains_key(id) || b.progress.answers.contains_key(id) {
                prop_assert!(merged.progress.answers.contains_key(id), "{} lost", id);
            }
        }
        prop_assert_eq!(a.merge(&a), a.clone());
    }

    #[test]
    fn any_text_reads_to_a_value_or_an_error(text in ".*") {
        let role = back_end();
        let _ = read(&text, &role.bank);
    }

    #[test]
    fn any_bytes_read_to_a_value_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let role = back_end();
        let _ = read(&String::from_utf8_lossy(&bytes), &role.bank);
    }

    #[test]
    fn save_then_load_round_trips(
        answers in any_answers(&back_end().bank),
        full in any::<bool>(),
        position in 0usize..80,
        finished in any::<bool>(),
    ) {
        let role = back_end();
        let form = if full { "complet" } else { "court" };
        let mut progress = Progress::default();
        progress.start(form, 1);
        for (id, answer) in &answers {
            prop_assert!(progress.answer(&role.bank, id, *answer, 2));
        }
        progress.go_to(&role.bank, position, 3);
        progress.finished = finished;
        let history = vec![Attempt::of(
            &Report::new(&role.bank, form, &progress.answers).unwrap(), 1, 4, 1,
        )];
        let document = Document::new(&role.bank, progress, history, Settings { large_text: true, ..Settings::default() });
        let (read_back, report) = read(&write(&document), &role.bank).unwrap();
        prop_assert_eq!(read_back, document);
        prop_assert_eq!(report, ReadReport::default());
    }
}

#[test]
fn every_key_starts_with_the_roles_storage_key() {
    let keys = Keys::of("metier-back-end");
    assert_eq!(keys.document, "metier-back-end");
    assert_eq!(keys.backup, "metier-back-end.sauvegarde");
    assert_eq!(keys.workshop, "metier-back-end.atelier");
    assert_eq!(keys.group, "metier-back-end.groupe");
    assert_eq!(keys.group_backup, "metier-back-end.groupe.sauvegarde");
    for key in [
        &keys.document,
        &keys.backup,
        &keys.workshop,
        &keys.group,
        &keys.group_backup,
    ] {
        assert!(keys.owns(key));
    }
    assert!(!keys.owns("metier-back-endx"));
    assert!(!keys.owns("autre"));
}
