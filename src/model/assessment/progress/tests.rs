//! The moves of an attempt, sanitizing against a changed bank, and merging two tabs.

use super::*;
use crate::model::role::quiz::ItemKind;
use crate::model::test_support::{possible_answers, test_role};

#[test]
fn answering_moving_and_restarting() {
    let role = test_role();
    let bank = &role.bank;
    let mut p = Progress::default();
    assert_eq!(p.len(bank), 0);
    assert_eq!(p.current_item(bank), None);
    p.start("court", 1);
    assert_eq!(p.len(bank), 23);
    assert_eq!(
        p.current_item(bank).map(|i| i.id.as_ref()),
        Some("st-lire-1")
    );
    assert!(p.answer(bank, "st-lire-1", Answer::Agreement(4), 2));
    assert!(!p.answer(bank, "st-lire-1", Answer::Agreement(6), 3));
    assert!(!p.answer(bank, "st-lire-1", Answer::Choice(0), 3));
    assert!(!p.answer(bank, "sit-file", Answer::Choice(3), 3));
    assert!(!p.answer(bank, "inconnu", Answer::Agreement(3), 3));
    assert_eq!(p.answered_at["st-lire-1"], 2);
    assert_eq!(p.updated_at, 2);
    assert_eq!(p.answers.len(), 1);
    assert_eq!(p.answered(bank), 1);
    assert_eq!(p.first_unanswered(bank), Some(1));
    p.go_to(bank, 500, 4);
    assert_eq!(p.position, 22);
    // Switching form keeps shared answers and starts at the first question.
    p.start("complet", 5);
    assert_eq!((p.position, p.answered(bank), p.started_at), (0, 1, 1));
    p.restart(6);
    assert!(p.answers.is_empty() && p.form.is_none());
    assert_eq!((p.started_at, p.updated_at), (6, 6));
}

#[test]
fn answered_and_first_unanswered_follow_the_answers() {
    let role = test_role();
    let bank = &role.bank;
    let mut p = Progress::default();
    p.start("court", 1);
    assert_eq!((p.answered(bank), p.first_unanswered(bank)), (0, Some(0)));
    let items: Vec<_> = bank.form_items("court").collect();
    for (n, item) in items.iter().enumerate() {
        assert!(p.answer(bank, &item.id, possible_answers(item)[0], 2));
        let next = (n + 1 < items.len()).then_some(n + 1);
        assert_eq!((p.answered(bank), p.first_unanswered(bank)), (n + 1, next));
    }
}

/// A review reopens a finished attempt with its answers, at the first question left
/// without one, or at the first question when none is left.
#[test]
fn a_review_keeps_the_answers_and_resumes_where_one_is_missing() {
    let role = test_role();
    let bank = &role.bank;
    let items: Vec<_> = bank.form_items("court").collect();
    let mut p = Progress::default();
    p.start("court", 1);
    for item in items.iter().filter(|i| i.id != items[3].id) {
        assert!(p.answer(bank, &item.id, possible_answers(item)[0], 2));
    }
    p.go_to(bank, items.len() - 1, 3);
    p.finish(4);
    let answers = p.answers.clone();
    p.review(bank, 5);
    assert!(!p.finished);
    assert_eq!((p.position, p.updated_at), (3, 5));
    assert_eq!(p.answers, answers);
    // Every question answered: back to the first one.
    assert!(p.answer(bank, &items[3].id, possible_answers(items[3])[0], 6));
    p.go_to(bank, 7, 7);
    p.finish(8);
    p.review(bank, 9);
    assert!(!p.finished);
    assert_eq!((p.position, p.updated_at), (0, 9));
}

#[test]
fn each_situation_shows_all_its_options_and_a_statement_none() {
    let role = test_role();
    let mut p = Progress::default();
    p.restart(7);
    for item in role.bank.items.iter() {
        let mut order = p.option_order(item);
        order.sort_unstable();
        let expected: Vec<u8> = match &item.kind {
            ItemKind::Situation { options, .. } => (0..options.len() as u8).collect(),
            ItemKind::Statement { .. } => Vec::new(),
        };
        assert_eq!(order, expected, "{}", item.id);
    }
}

#[test]
fn dropped_is_empty_only_when_nothing_was_removed() {
    assert!(Dropped::default().is_empty());
    let some = || vec!["disparu".to_owned()];
    for dropped in [
        Dropped {
            unknown_items: some(),
            ..Dropped::default()
        },
        Dropped {
            invalid_values: some(),
            ..Dropped::default()
        },
        Dropped {
            unknown_form: Some("ancien".into()),
            ..Dropped::default()
        },
    ] {
        assert!(!dropped.is_empty(), "{dropped:?}");
    }
}

fn attempt(answers: &[(&str, u8, u64)], updated_at: u64, position: usize) -> Progress {
    Progress {
        form: Some("court".into()),
        answers: answers
            .iter()
            .map(|(id, v, _)| ((*id).into(), Answer::Agreement(*v)))
            .collect(),
        answered_at: answers
            .iter()
            .map(|(id, _, at)| ((*id).into(), *at))
            .collect(),
        position,
        finished: false,
        started_at: 1,
        updated_at,
    }
}

#[test]
fn merging_two_tabs_keeps_every_answer_and_the_latest_of_each() {
    let a = attempt(&[("q1", 5, 10), ("q2", 1, 30)], 30, 2);
    let b = attempt(&[("q1", 2, 20), ("q3", 4, 25)], 25, 3);
    let merged = merge(&a, &b);
    assert_eq!(merged.answers["q1"], Answer::Agreement(2));
    assert_eq!(merged.answers["q2"], Answer::Agreement(1));
    assert_eq!(merged.answers["q3"], Answer::Agreement(4));
    assert_eq!(merged.position, 2, "position of the tab changed last");
    assert_eq!(merge(&b, &a), merged);
}

#[test]
fn a_restart_in_another_tab_wins_whole() {
    let a = attempt(&[("q1", 5, 10)], 10, 1);
    let mut b = Progress::default();
    b.restart(20);
    assert_eq!(merge(&a, &b), b);
}

use proptest::prelude::*;

fn any_progress() -> impl Strategy<Value = Progress> {
    (
        proptest::collection::btree_map("q[0-9]", (1u8..=5, 0u64..50), 0..8),
        0u64..60,
        0usize..5,
    )
        .prop_map(|(answers, updated_at, position)| {
            let list: Vec<(&str, u8, u64)> = answers
                .iter()
                .map(|(k, (v, at))| (k.as_str(), *v, *at))
                .collect();
            attempt(&list, updated_at, position)
        })
}

proptest! {
    #[test]
    fn merge_never_loses_an_answer_and_agrees_both_ways(a in any_progress(), b in any_progress()) {
        let merged = merge(&a, &b);
        for id in a.answers.keys().chain(b.answers.keys()) {
            prop_assert!(merged.answers.contains_key(id));
            let latest = a.answered_at.get(id).max(b.answered_at.get(id)).copied();
            prop_assert_eq!(merged.answered_at.get(id).copied(), latest);
        }
        prop_assert_eq!(merged.answers.len(), merged.answered_at.len());
        // Merging again changes nothing: two tabs converge.
        prop_assert_eq!(merge(&merged, &a), merged.clone());
        prop_assert_eq!(merge(&merged, &b), merged.clone());
        if a.updated_at != b.updated_at {
            prop_assert_eq!(merge(&b, &a), merged);
        }
    }
}
