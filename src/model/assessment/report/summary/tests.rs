//! The first view on the real role: short (about 150 words at most) for every pattern
//! of answers the response model draws, with every part filled and in bounds, and it
//! names what carried the match.

use super::*;
use crate::model::assessment::calibration::{Population, all_rated, populations, respondent};
use crate::model::assessment::ratings::Liking;
use crate::model::assessment::report::Report;
use crate::model::base::shuffle::Rng;
use crate::model::base::text::word_count;
use crate::model::loading::writing::text_problems;
use crate::model::test_support::back_end;

/// The first view's ceiling, in words.
const MAX_WORDS: usize = 150;
const PER_POPULATION: usize = 40;

fn words(summary: &Summary) -> usize {
    summary.texts().iter().map(|t| word_count(t)).sum()
}

/// Every summary of `PER_POPULATION` respondents of each population on `form`, with no
/// activity, all four liked and all four disliked.
fn each_summary(form: &str, check: impl Fn(&str, &Summary)) -> usize {
    let role = back_end();
    let bank = &role.bank;
    let ratings = [
        Default::default(),
        all_rated(bank, Liking::Liked),
        all_rated(bank, Liking::Disliked),
    ];
    let mut seen = 0;
    for (seed, population) in populations().into_iter().enumerate() {
        let mut rng = Rng::new(seed as u64 + 40);
        for _ in 0..PER_POPULATION {
            let answers = respondent(bank, form, population, &mut rng);
            for rated in &ratings {
                let report =
                    Report::with_ratings(bank, form, &answers, rated).expect("a form of the bank");
                if let Some(summary) = Summary::of(bank, &report) {
                    seen += 1;
                    check(&format!("{form} {}", population.name()), &summary);
                }
            }
        }
    }
    seen
}

#[test]
fn the_first_view_stays_within_150_words_with_every_part_in_bounds() {
    for form in ["court", "complet"] {
        let longest = std::cell::Cell::new(0);
        let seen = each_summary(form, |at, summary| {
            let n = words(summary);
            longest.set(longest.get().max(n));
            assert!(n <= MAX_WORDS, "{at}: {n} words: {:#?}", summary.texts());
            assert!(summary.strengths.len() <= MAX_STRENGTHS, "{at}");
            assert!(
                (1..=MAX_TO_TRY).contains(&summary.to_try.len()),
                "{at}: {:?}",
                summary.to_try
            );
            for text in summary.texts() {
                assert!(
                    word_count(text) > 0,
                    "{at}: an empty part in {:#?}",
                    summary.texts()
                );
                assert_eq!(text_problems(at, text), Vec::<String>::new());
            }
        });
        // Most respondents get a result: the check ran on many shapes of first view.
        assert!(
            seen > populations().len() * PER_POPULATION,
            "{form}: {seen} summaries"
        );
        println!("{form}: longest first view {} words", longest.get());
    }
}

#[test]
fn the_why_names_the_interests_that_carried_the_match() {
    let role = back_end();
    let bank = &role.bank;
    let answers = respondent(bank, "court", Population::TwoStrong, &mut Rng::new(1));
    let report = Report::new(bank, "court", &answers).expect("the short form");
    let summary = Summary::of(bank, &report).expect("two strong interests give a result");
    let named = |id: &str| {
        lowercase(
            &bank
                .dimensions
                .iter()
                .find(|d| &*d.id == id)
                .expect("a dimension")
                .name,
        )
    };
    // The two most important interests of the role: logique (5), then coulisses (4,
    // first in the bank's order).
    assert_eq!(
        summary.why,
        format!(
            "Ce qui te rapproche le plus du métier : {}, puis {}.",
            named("logique"),
            named("coulisses")
        )
    );
    let strengths: Vec<&str> = summary.strengths.iter().map(|d| &*d.id).collect();
    assert_eq!(strengths, ["logique", "coulisses"]);
}

#[test]
fn answers_away_from_the_role_say_nothing_carried_it_and_what_to_try() {
    let role = back_end();
    let bank = &role.bank;
    let answers = respondent(bank, "court", Population::Line(0), &mut Rng::new(1));
    let report = Report::new(bank, "court", &answers).expect("the short form");
    let summary = Summary::of(bank, &report).expect("answers away from the role give a result");
    assert!(
        summary
            .why
            .starts_with("Aucun des centres d'intérêt du métier"),
        "{}",
        summary.why
    );
    assert!(summary.strengths.is_empty());
    assert!(summary.texts().contains(&NO_STRENGTH));
    // The most important interest (logique, 5) is the first thing to try.
    let logique = bank
        .dimensions
        .iter()
        .find(|d| &*d.id == "logique")
        .expect("logique");
    assert_eq!(summary.to_try.len(), 2);
    assert_eq!(summary.to_try[0], &logique.next_steps[0]);
    assert_eq!(summary.next, NextMove::TryActivities);
}

#[test]
fn the_next_step_follows_the_headline_and_the_activities() {
    let role = back_end();
    let bank = &role.bank;
    let summary_of = |form: &str, population: Population, liking: Option<Liking>| {
        let answers = respondent(bank, form, population, &mut Rng::new(3));
        let rated = liking.map(|l| all_rated(bank, l)).unwrap_or_default();
        let report = Report::with_ratings(bank, form, &answers, &rated).expect("a form");
        Summary::of(bank, &report).expect("a result")
    };
    // Between two bands on the short form: the full form can decide.
    let two = summary_of("court", Population::TwoStrong, None);
    assert!(
        two.headline.starts_with("Affinité entre"),
        "{}",
        two.headline
    );
    assert_eq!(two.next, NextMove::LongerForm);
    // One band, no activity done: try them.
    let fully = summary_of("court", Population::Fully, None);
    assert_eq!(fully.headline, "Très forte affinité");
    assert_eq!(fully.next, NextMove::TryActivities);
    // Activities done, one band: talk it over, with no link.
    let done = summary_of("complet", Population::Fully, Some(Liking::Liked));
    assert_eq!(done.next, NextMove::TalkItOver);
    assert_eq!(done.next_link, None);
    assert_eq!(fully.next_link, try_link(bank));
}

#[test]
fn no_result_has_no_summary() {
    let role = back_end();
    let bank = &role.bank;
    let report = Report::new(bank, "court", &Default::default()).expect("the short form");
    assert_eq!(Summary::of(bank, &report), None);
}
