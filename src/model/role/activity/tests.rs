//! The activity engine on the role's own activities: what starts, what fits, what is
//! complete, what is right, moving steps, the filter's rows and SQL; the checks that
//! refuse activities that cannot be done; what is kept of them in storage.

use super::filter::hundredths;
use super::*;
use crate::model::assessment::ratings::{Difficulty, Liking, Rating, Ratings};
use crate::model::document::tried::{Record, Tried, merge, ratings, sanitize};
use crate::model::loading::{DataFile, RoleSource};
use crate::model::test_support::{TEST_ROLE, back_end};

fn activity(id: &str) -> Activity {
    back_end()
        .bank
        .activity(id)
        .unwrap_or_else(|| panic!("{id}"))
        .clone()
}

#[test]
fn the_role_brings_one_activity_of_each_kind() {
    let role = back_end();
    let kinds: Vec<&str> = role
        .bank
        .activities
        .iter()
        .map(|a| match a.exercise {
            Exercise::FindLine { .. } => "find_line",
            Exercise::OrderSteps { .. } => "order_steps",
            Exercise::SpotField { .. } => "spot_field",
            Exercise::FilterRows(_) => "filter_rows",
        })
        .collect();
    assert_eq!(
        kinds,
        ["find_line", "order_steps", "spot_field", "filter_rows"]
    );
}

#[test]
fn one_line_is_right_and_the_others_are_not() {
    let a = activity("journal-erreurs");
    let Exercise::FindLine { lines, answer } = &a.exercise else {
        panic!()
    };
    assert_eq!(a.exercise.start(), Vec::<u8>::new());
    assert_eq!(a.exercise.check(&[]), None, "nothing chosen yet");
    for i in 0..lines.len() as u8 {
        let expected = if i == *answer {
            Verdict::Right
        } else {
            Verdict::NotYet
        };
        assert_eq!(a.exercise.check(&[i]), Some(expected), "line {i}");
    }
    assert!(!a.exercise.fits(&[lines.len() as u8]));
    assert!(!a.exercise.fits(&[0, 1]));
}

#[test]
fn one_choice_spots_what_is_missing() {
    let a = activity("reperer-manque");
    let Exercise::SpotField {
        choices, answer, ..
    } = &a.exercise
    else {
        panic!()
    };
    let right: Vec<u8> = (0..choices.len() as u8)
        .filter(|&i| a.exercise.check(&[i]) == Some(Verdict::Right))
        .collect();
    assert_eq!(right, [*answer]);
}

#[test]
fn steps_start_out_of_order_and_move_one_place_at_a_time() {
    let a = activity("suivre-requete");
    let Exercise::OrderSteps { steps, .. } = &a.exercise else {
        panic!()
    };
    let mut order = a.exercise.start();
    assert_eq!(a.exercise.check(&order), Some(Verdict::NotYet));
    assert_eq!(
        a.exercise.moved(&order, 0, true),
        order,
        "the first cannot go up"
    );
    let last = order.len() - 1;
    assert_eq!(
        a.exercise.moved(&order, last, false),
        order,
        "the last cannot go down"
    );
    let down = a.exercise.moved(&order, 0, false);
    assert_eq!((down[0], down[1]), (order[1], order[0]));
    assert_eq!(a.exercise.moved(&down, 1, true), order);
    // Sorting by moves alone reaches the right order, which is right.
    for _ in 0..steps.len() * steps.len() {
        if let Some(p) = (0..last).find(|&p| order[p] > order[p + 1]) {
            order = a.exercise.moved(&order, p, false);
        }
    }
    assert_eq!(a.exercise.check(&order), Some(Verdict::Right));
    assert!(!a.exercise.fits(&[0, 0, 1, 2, 3, 4]));
}

#[test]
fn the_filter_keeps_the_rows_asked_for_and_writes_their_query() {
    let a = activity("filtrer-tableau");
    let Exercise::FilterRows(table) = &a.exercise else {
        panic!()
    };
    let start = a.exercise.start();
    assert_eq!(
        table.kept(&start).len(),
        table.rows.len(),
        "« peu importe » keeps all"
    );
    assert_eq!(table.sql(&start), "SELECT * FROM commandes;");
    assert_eq!(a.exercise.check(&start), Some(Verdict::NotYet));
    assert_eq!(a.exercise.check(&table.answer), Some(Verdict::Right));
    let numbers: Vec<&str> = table
        .kept(&table.answer)
        .iter()
        .map(|&r| table.rows[r][0].as_ref())
        .collect();
    assert_eq!(numbers, ["1045", "1049", "1050"]);
    assert_eq!(
        table.sql(&table.answer),
        "SELECT * FROM commandes WHERE montant > 50 AND ville = 'Lyon' AND date >= '2026-03-05';"
    );
    // Every choice is right exactly when it keeps the same rows.
    let sizes: Vec<usize> = table.filters.iter().map(|f| f.options.len()).collect();
    let mut right = 0;
    for code in 0..sizes.iter().product::<usize>() {
        let mut rest = code;
        let choice: Vec<u8> = sizes
            .iter()
            .map(|n| {
                let c = rest % n;
                rest /= n;
                c as u8
            })
            .collect();
        let same = table.kept(&choice) == table.kept(&table.answer);
        assert_eq!(
            a.exercise.check(&choice) == Some(Verdict::Right),
            same,
            "{choice:?}"
        );
        right += usize::from(same);
    }
    assert_eq!(right, 1, "one choice of menus is right");
}

#[test]
fn numbers_are_read_in_hundredths_and_junk_is_not_a_number() {
    assert_eq!(hundredths("42.50"), Some(4250));
    assert_eq!(hundredths("42.5"), Some(4250));
    assert_eq!(hundredths("50"), Some(5000));
    assert_eq!(hundredths("0.07"), Some(7));
    for junk in [
        "",
        ".5",
        "4,2",
        "1.234",
        "-3",
        "1e3",
        "99999999999999999999",
    ] {
        assert_eq!(hundredths(junk), None, "{junk}");
    }
}

#[test]
fn permutations_hold_each_index_once() {
    assert!(is_permutation(&[2, 0, 1], 3));
    assert!(!is_permutation(&[0, 0, 1], 3));
    assert!(!is_permutation(&[0, 1], 3));
    assert!(!is_permutation(&[0, 1, 3], 3));
}

/// The test role with `from` replaced by `to` in its activities: the problems found.
fn test_role_activities_with(from: &str, to: &str) -> String {
    let json = TEST_ROLE.activities.json.replacen(from, to, 1);
    assert_ne!(
        json, TEST_ROLE.activities.json,
        "« {from} » is not in the file"
    );
    let source = RoleSource {
        activities: DataFile {
            path: TEST_ROLE.activities.path,
            json: Box::leak(json.into_boxed_str()),
        },
        ..TEST_ROLE
    };
    source
        .load()
        .expect_err("these activities should be refused")
        .to_string()
}

#[test]
fn activities_that_cannot_be_done_are_refused() {
    let json = TEST_ROLE.activities.json;
    let answer = json
        .split("\"answer\": ")
        .nth(1)
        .unwrap()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap();
    for (from, to, expected) in [
        (
            format!("\"answer\": {answer}"),
            "\"answer\": 40".to_owned(),
            "ne désigne aucun élément",
        ),
        (
            "\"section\": \"formation\"".to_owned(),
            "\"section\": \"nulle-part\"".to_owned(),
            "n'est pas une section",
        ),
        (
            "\"classer\"".to_owned(),
            "\"ordre\"".to_owned(),
            "n'est pas un centre d'intérêt",
        ),
        (
            "\"classer\"".to_owned(),
            "\"vendre\"".to_owned(),
            "n'est pas un intérêt du métier",
        ),
        (
            "\"classer\"".to_owned(),
            "\"magie\"".to_owned(),
            "n'est pas une dimension",
        ),
    ] {
        let error = test_role_activities_with(&from, &to);
        assert!(
            error.contains(expected),
            "{from} → {to}: expected « {expected} » in\n{error}"
        );
    }
    let start = json
        .split("\"start\": [")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let n = start.split(',').count();
    let identity = (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join(", ");
    let error = test_role_activities_with(
        &format!("\"start\": [{start}]"),
        &format!("\"start\": [{identity}]"),
    );
    assert!(error.contains("déjà dans l'ordre"), "{error}");
    let twice = vec!["0"; n].join(", ");
    let error = test_role_activities_with(
        &format!("\"start\": [{start}]"),
        &format!("\"start\": [{twice}]"),
    );
    assert!(error.contains("chaque étape une fois"), "{error}");
}

#[test]
fn a_filter_whose_answer_keeps_nothing_or_everything_is_refused() {
    let role = back_end();
    let a = activity("filtrer-tableau");
    let Exercise::FilterRows(table) = &a.exercise else {
        panic!()
    };
    let fiche = &role.fiche;
    let check = |table: filter::Table| {
        let mut changed = a.clone();
        changed.exercise = Exercise::FilterRows(table);
        let file = crate::model::loading::activities::ActivitiesFile {
            activities: vec![changed].into(),
        };
        crate::model::loading::activities::activities_problems(&file, fiche, &role.bank)
    };
    assert_eq!(check(table.clone()), Vec::<String>::new());
    let mut everything = table.clone();
    everything.answer = vec![0; table.filters.len()].into();
    assert!(
        check(everything)
            .iter()
            .any(|p| p.contains("garder une partie des lignes"))
    );
    let mut nothing = table.clone();
    nothing.answer = vec![1, 2, 2].into(); // under 50 €, in Lille: no such order
    assert!(check(nothing).iter().any(|p| p.contains("elle en garde 0")));
    let mut not_a_number = table.clone();
    not_a_number.rows.to_mut()[0].to_mut()[2] = "beaucoup".into();
    assert!(
        check(not_a_number)
            .iter()
            .any(|p| p.contains("n'est pas un nombre"))
    );
}

fn record(liking: Option<u8>, updated_at: u64) -> Record {
    Record {
        liking,
        updated_at,
        ..Record::default()
    }
}

#[test]
fn stored_work_is_read_totally() {
    let role = back_end();
    let mut tried = Tried::new();
    tried.insert(
        "journal-erreurs".into(),
        Record {
            response: vec![2],
            checked: true,
            liking: Some(1),
            difficulty: Some(3),
            updated_at: 5,
        },
    );
    tried.insert(
        "suivre-requete".into(),
        Record {
            response: vec![9, 9],
            checked: true,
            liking: Some(0),
            difficulty: Some(4),
            updated_at: 5,
        },
    );
    tried.insert("retiree".into(), record(Some(1), 5));
    let dropped = sanitize(&mut tried, &role.bank.activities);
    assert_eq!(dropped.unknown, ["retiree"]);
    assert_eq!(dropped.ratings, ["suivre-requete"]);
    assert_eq!(dropped.reset, ["suivre-requete"]);
    let kept = &tried["journal-erreurs"];
    assert_eq!(
        (kept.liking(), kept.difficulty(), kept.checked),
        (Some(Liking::Liked), Some(Difficulty::Hard), true)
    );
    let reset = &tried["suivre-requete"];
    assert_eq!(
        (reset.liking, reset.difficulty, reset.checked),
        (None, None, false)
    );
    assert_eq!(reset.response, activity("suivre-requete").exercise.start());
    assert!(
        sanitize(&mut tried, &role.bank.activities).is_empty(),
        "a second reading drops nothing"
    );
}

#[test]
fn two_tabs_merge_activity_by_activity() {
    let mine: Tried = [
        ("a".to_owned(), record(Some(1), 10)),
        ("b".to_owned(), record(Some(1), 30)),
    ]
    .into();
    let theirs: Tried = [
        ("a".to_owned(), record(Some(3), 20)),
        ("b".to_owned(), record(Some(2), 25)),
        ("c".to_owned(), record(None, 1)),
    ]
    .into();
    let merged = merge(&mine, &theirs);
    assert_eq!(merged["a"].liking, Some(3), "theirs is later");
    assert_eq!(merged["b"].liking, Some(1), "mine is later");
    assert!(merged.contains_key("c"));
    assert_eq!(
        merge(&theirs, &mine),
        merged,
        "the order of the tabs does not matter"
    );
}

#[test]
fn ratings_leave_out_activities_rated_neither_way() {
    let tried: Tried = [
        ("a".to_owned(), record(Some(2), 1)),
        ("b".to_owned(), record(None, 1)),
        (
            "c".to_owned(),
            Record {
                difficulty: Some(1),
                ..Record::default()
            },
        ),
    ]
    .into();
    let r = ratings(&tried);
    assert_eq!(r.keys().collect::<Vec<_>>(), ["a", "c"]);
    assert_eq!(r["a"].liking, Some(Liking::Meh));
    assert_eq!(r["c"].difficulty, Some(Difficulty::Easy));
}

#[test]
fn rating_codes_round_trip_and_refuse_the_rest() {
    for l in Liking::ALL {
        assert_eq!(Liking::from_code(l.code()), Some(l));
    }
    for d in Difficulty::ALL {
        assert_eq!(Difficulty::from_code(d.code()), Some(d));
    }
    for bad in [0, 4, 255] {
        assert_eq!(Liking::from_code(bad), None);
        assert_eq!(Difficulty::from_code(bad), None);
    }
}

#[test]
fn work_resumes_where_it_was_or_starts_afresh() {
    for a in back_end().bank.activities.iter() {
        let start = a.exercise.start();
        assert_eq!(a.exercise.resume(&[]), start, "{}: nothing kept", a.id);
        assert_eq!(a.exercise.resume(&[200, 200]), start, "{}: junk kept", a.id);
        assert_eq!(a.exercise.resume(&start), start, "{}", a.id);
    }
    let steps = activity("suivre-requete");
    let moved = steps.exercise.moved(&steps.exercise.start(), 2, true);
    assert_eq!(steps.exercise.resume(&moved), moved);
}

#[test]
fn a_document_keeps_the_activities_tried_through_storage_and_two_tabs() {
    use crate::model::assessment::progress::Progress;
    use crate::model::document::settings::Settings;
    use crate::model::document::stored::{Document, read, write};
    let role = back_end();
    let bank = &role.bank;
    let mut mine = Document::new(bank, Progress::default(), Vec::new(), Settings::default());
    assert!(mine.is_empty());
    mine.tried.insert(
        "journal-erreurs".into(),
        Record {
            response: vec![4],
            checked: true,
            liking: Some(1),
            difficulty: None,
            updated_at: 10,
        },
    );
    assert!(!mine.is_empty(), "an activity opened is worth keeping");
    let (back, report) = read(&write(&mine), bank).unwrap();
    assert_eq!(back, mine);
    assert!(report.dropped_tried.is_empty());
    let mut theirs = mine.clone();
    theirs
        .tried
        .insert("suivre-requete".into(), record(Some(3), 20));
    mine.tried.get_mut("journal-erreurs").unwrap().updated_at = 30;
    let merged = mine.merge(&theirs);
    assert_eq!(merged.tried.len(), 2);
    assert_eq!(merged.tried["journal-erreurs"].updated_at, 30);
    // A restored code brings its ratings back, keeping the work done.
    let mut ratings = Ratings::new();
    ratings.insert(
        "journal-erreurs".into(),
        Rating {
            liking: Some(Liking::Disliked),
            difficulty: Some(Difficulty::Easy),
        },
    );
    let code = crate::model::assessment::result_code::encode_with(
        bank,
        "court",
        &Default::default(),
        &ratings,
    )
    .unwrap();
    let restorable = crate::model::document::restore::Restorable::read(bank, &code).unwrap();
    assert!(
        restorable.describe().contains("ton avis sur 1 activité"),
        "{}",
        restorable.describe()
    );
    let mut restored = merged.clone();
    restored.restore(bank, &restorable, 40);
    let journal = &restored.tried["journal-erreurs"];
    assert_eq!(
        (
            journal.liking(),
            journal.difficulty(),
            journal.response.clone()
        ),
        (Some(Liking::Disliked), Some(Difficulty::Easy), vec![4])
    );
    assert_eq!(
        restored.tried["suivre-requete"],
        merged.tried["suivre-requete"]
    );
}

#[test]
fn the_rating_questions_choose_by_index_and_store_codes() {
    use crate::model::document::tried::RATING_QUESTIONS;
    let mut record = Record::default();
    for question in &RATING_QUESTIONS {
        assert_eq!((question.chosen)(&record), None, "{}", question.name);
        for i in 0..3 {
            (question.choose)(&mut record, i);
            assert_eq!((question.chosen)(&record), Some(i), "{}", question.name);
        }
    }
    assert_eq!(
        (record.liking(), record.difficulty()),
        (Some(Liking::Disliked), Some(Difficulty::Hard))
    );
    (RATING_QUESTIONS[0].choose)(&mut record, 3);
    assert_eq!(record.liking, None, "an index out of range chooses nothing");
}

#[test]
fn changed_work_waits_for_the_next_check_but_keeps_the_ratings_asked() {
    let mut record = Record {
        response: vec![1],
        checked: true,
        ..Record::default()
    };
    assert!(record.asks_ratings());
    record.rework(vec![1]);
    assert!(record.checked, "the same work stays checked");
    record.rework(vec![4]);
    assert!(!record.checked, "new work is not what was checked");
    assert!(
        !record.asks_ratings(),
        "nothing rated yet: the questions wait for a check"
    );
    record.liking = Some(1);
    assert!(record.asks_ratings(), "once rated, the questions stay");
}

/// Any ratings of the activities, each liking and difficulty possibly missing.
fn any_ratings() -> impl proptest::strategy::Strategy<Value = Ratings> {
    use proptest::prelude::*;
    let ids: Vec<String> = back_end()
        .bank
        .activities
        .iter()
        .map(|a| a.id.to_string())
        .collect();
    let n = ids.len();
    proptest::collection::vec((0u8..4, 0u8..4), n).prop_map(move |codes| {
        ids.iter()
            .zip(codes)
            .map(|(id, (l, d))| {
                (
                    id.clone(),
                    Rating {
                        liking: Liking::from_code(l),
                        difficulty: Difficulty::from_code(d),
                    },
                )
            })
            .filter(|(_, r)| !r.is_empty())
            .collect()
    })
}

proptest::proptest! {
    /// For one activity, « J'ai aimé » never gives a lower score or match than « Bof »,
    /// nor « Bof » than « Pas du tout », whatever the answers and the other ratings; how
    /// hard it felt never changes anything. (Adding a rating, like adding an answer, can
    /// give a dimension its first score, so it is compared with the other likings, not
    /// with no rating: the calibration tests compare with no rating on whole answers.)
    #[test]
    fn liking_only_raises_and_difficulty_never_counts(
        answers in crate::model::test_support::any_answers(&back_end().bank),
        ratings in any_ratings(),
        which in 0usize..4,
        form in proptest::sample::select(vec!["court", "complet"]),
    ) {
        use crate::model::assessment::report::Report;
        let role = back_end();
        let bank = &role.bank;
        let id = bank.activities[which].id.to_string();
        let base = ratings.get(&id).copied().unwrap_or_default();
        let report = |liking: Option<Liking>, difficulty: Option<Difficulty>| {
            let mut r = ratings.clone();
            r.insert(id.clone(), Rating { liking, difficulty });
            Report::with_ratings(bank, form, &answers, &r).unwrap()
        };
        let [liked, meh, disliked] = Liking::ALL.map(|l| report(Some(l), base.difficulty));
        for ((l, m), d) in liked.dimensions.iter().zip(&meh.dimensions).zip(&disliked.dimensions) {
            let at = &m.dimension.id;
            proptest::prop_assert!(l.score >= m.score && m.score >= d.score, "{at}: {:?} {:?} {:?}", d.score, m.score, l.score);
        }
        let overall = |r: &Report| r.fit.overall();
        proptest::prop_assert!(overall(&liked) >= overall(&meh) && overall(&meh) >= overall(&disliked));
        for difficulty in [Some(Difficulty::Easy), Some(Difficulty::Hard)] {
            proptest::prop_assert_eq!(report(base.liking, difficulty).fit, report(base.liking, None).fit);
        }
    }
}

#[test]
fn a_filter_menu_is_chosen_and_the_stage_is_said() {
    let a = activity("filtrer-tableau");
    let start = a.exercise.start();
    assert_eq!(a.exercise.chosen(&start, 1, 2), [0, 2, 0]);
    assert_eq!(a.exercise.chosen(&start, 9, 2), start, "no such menu");
    let steps = activity("suivre-requete");
    assert_eq!(
        steps.exercise.chosen(&steps.exercise.start(), 0, 1),
        steps.exercise.start(),
        "not a filter"
    );
    assert_eq!(Record::stage(None), "pas encore commencée");
    let mut record = Record::default();
    assert_eq!(Record::stage(Some(&record)), "commencée");
    record.checked = true;
    assert_eq!(Record::stage(Some(&record)), "faite, sans ton avis");
    record.liking = Some(2);
    assert_eq!(Record::stage(Some(&record)), "faite, ton avis : « Bof »");
}

/// After a check, the heading says what to look at, never a mark.
#[test]
fn the_outcome_is_said_without_a_mark() {
    assert_eq!(Verdict::Right.heading(), "C'est bien ça");
    assert_eq!(
        Verdict::NotYet.heading(),
        "Pas tout à fait : voici ce qu'il fallait voir"
    );
    for outcome in [Verdict::Right, Verdict::NotYet] {
        let heading = outcome.heading();
        assert!(
            !heading.contains(|c: char| c.is_ascii_digit() || c == '/'),
            "{heading}"
        );
    }
}
