//! Unit and property tests of the scoring, the validity checks and the report, on the
//! real back-end bank and on the small test-only role.

use proptest::prelude::*;

use super::*;
use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::report::Report;
use crate::model::assessment::validity::Concern;
use crate::model::role::quiz::{Family, ItemKind, Riasec};
use crate::model::test_support::{
    any_answers, back_end, possible_answers, role_direction, test_role,
};

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(id, a)| ((*id).to_owned(), *a)).collect()
}

fn score_of(scores: &[DimensionScore], id: &str) -> Option<f64> {
    scores
        .iter()
        .find(|s| s.dimension.id == id)
        .and_then(|s| s.score)
}

use Answer::{Agreement as Agree, Choice};

#[test]
fn reverse_statements_are_flipped() {
    let role = test_role();
    let a = answers(&[("st-lire-1", Agree(5)), ("st-lire-2", Agree(1))]);
    let scores = dimension_scores(&role.bank, "court", &a);
    assert_eq!(score_of(&scores, "lire"), Some(100.0));
    let a = answers(&[("st-lire-1", Agree(1)), ("st-lire-2", Agree(5))]);
    let scores = dimension_scores(&role.bank, "court", &a);
    assert_eq!(score_of(&scores, "lire"), Some(0.0));
}

#[test]
fn a_dimension_with_too_few_answers_has_no_score() {
    let role = test_role();
    let a = answers(&[("st-lire-1", Agree(5))]);
    let scores = dimension_scores(&role.bank, "court", &a);
    assert_eq!(score_of(&scores, "lire"), None);
    assert_eq!(score_of(&scores, "classer"), None);
}

#[test]
fn situations_rate_several_qualities() {
    let role = test_role();
    let a = answers(&[
        ("sit-file", Choice(1)),
        ("st-patience-1", Agree(4)),
        ("st-accueil-1", Agree(2)),
    ]);
    let scores = dimension_scores(&role.bank, "complet", &a);
    // patience: keyed 2 (option) and 3 (agreement 4) → 5/8 → 62.5
    assert_eq!(score_of(&scores, "patience"), Some(62.5));
    // accueil: keyed 4 (option) and 1 (agreement 2) → 5/8 → 62.5
    assert_eq!(score_of(&scores, "accueil"), Some(62.5));
}

/// In the short form the test role reports "tenue", made of patience and ordre, instead
/// of either: answers on both count for it, and the parts are not reported.
#[test]
fn a_broad_dimension_pools_its_parts() {
    let role = test_role();
    let a = answers(&[
        ("st-ordre-1", Agree(5)),    // ordre: keyed 4
        ("st-patience-2", Agree(5)), // patience, reverse: keyed 0
        ("sit-file", Choice(0)),     // patience 4 (and accueil 2)
    ]);
    let short = dimension_scores(&role.bank, "court", &a);
    assert!((score_of(&short, "tenue").unwrap() - 200.0 / 3.0).abs() < 1e-9);
    assert!(
        short
            .iter()
            .all(|s| s.dimension.id != "patience" && s.dimension.id != "ordre")
    );
    let full = dimension_scores(&role.bank, "complet", &a);
    assert!(full.iter().all(|s| s.dimension.id != "tenue"));
    assert_eq!(score_of(&full, "patience"), Some(50.0));
    assert_eq!(score_of(&full, "ordre"), None);
}

/// Neutral answers are no evidence: the agreement is 0 at indifference, negative below
/// it, and rises with every step above it: "tout à fait" counts more than "plutôt".
#[test]
fn agreement_is_zero_at_indifference_and_graded() {
    assert_eq!(agreement(50.0), 0.0);
    assert_eq!(agreement(62.5), 0.25);
    assert_eq!(agreement(75.0), 0.5);
    assert_eq!(agreement(87.5), 0.75);
    assert_eq!(agreement(100.0), 1.0);
    assert_eq!(agreement(25.0), -0.5);
    assert_eq!(agreement(0.0), -1.0);
    assert!(agreement(100.0) > agreement(75.0));
}

/// The range comes from the response model: three consistent answers are fairly sure;
/// neutral answers count as a third of an answer, so a form answered neutral throughout
/// never is; answers that disagree widen it.
#[test]
fn a_range_narrows_with_more_and_more_consistent_answers() {
    let range = |keyed: &[u8], neutral: usize| {
        let n = keyed.len();
        let mean = keyed.iter().map(|k| f64::from(*k)).sum::<f64>() / n as f64;
        let squares: f64 = keyed.iter().map(|k| (f64::from(*k) - mean).powi(2)).sum();
        Range::of(mean, n, neutral, squares)
    };
    let spread = crate::model::assessment::response_model::answer_spread();
    // Two identical answers: fragile, whatever they are.
    assert_eq!(range(&[3, 3], 0).sureness, Sureness::Fragile);
    // Three identical answers: 75 ± 25 × 0.76 / √3 = ± 10.95, fairly sure.
    let r = range(&[3, 3, 3], 0);
    let half = 25.0 * spread / 3f64.sqrt();
    assert!((r.low - (75.0 - half)).abs() < 1e-9 && (r.high - (75.0 + half)).abs() < 1e-9);
    assert_eq!(r.sureness, Sureness::Sure);
    // The same answers with one of them neutral: à confirmer.
    assert_eq!(range(&[3, 3, 2], 1).sureness, Sureness::Approximate);
    // Neutral throughout: never fairly sure, in either form.
    assert_eq!(range(&[2, 2, 2], 3).sureness, Sureness::Fragile);
    for n in 4..=6 {
        assert_eq!(range(&vec![2; n], n).sureness, Sureness::Approximate, "{n}");
    }
    // More consistent answers, a narrower range.
    assert!(range(&[4, 4, 4, 4], 0).half_width() < range(&[4, 4, 4], 0).half_width());
    // Answers that disagree widen the range.
    assert!(range(&[4, 0, 4], 0).half_width() > range(&[4, 4, 4], 0).half_width());
    assert_eq!(range(&[4, 0, 4, 0], 0).sureness, Sureness::Fragile);
    // Clipped to 0–100.
    assert_eq!(range(&[4, 4, 4], 0).high, 100.0);
    assert_eq!(range(&[0, 0, 0], 0).low, 0.0);
}

#[test]
fn unknown_items_wrong_kinds_and_out_of_scale_values_are_ignored() {
    let role = test_role();
    let a = answers(&[
        ("st-lire-1", Agree(5)),
        ("st-lire-2", Agree(9)),
        ("st-lire-3", Choice(0)),
        ("inconnu", Agree(5)),
        ("sit-file", Choice(7)),
    ]);
    let scores = dimension_scores(&role.bank, "complet", &a);
    assert_eq!(score_of(&scores, "lire"), None);
    assert!(scores.iter().all(|s| s.evidence.len() <= 1));
}

#[test]
fn only_items_of_the_form_count() {
    let role = test_role();
    // st-lire-4 is in the full form only.
    let a = answers(&[("st-lire-1", Agree(5)), ("st-lire-4", Agree(1))]);
    assert_eq!(
        score_of(&dimension_scores(&role.bank, "court", &a), "lire"),
        None
    );
    assert_eq!(
        score_of(&dimension_scores(&role.bank, "complet", &a), "lire"),
        Some(50.0)
    );
}

#[test]
fn evidence_lists_what_raised_and_lowered_a_dimension() {
    let role = test_role();
    let a = answers(&[
        ("st-lire-1", Agree(5)),
        ("st-lire-2", Agree(3)),
        ("st-lire-3", Agree(2)),
    ]);
    let scores = dimension_scores(&role.bank, "complet", &a);
    let lire = scores.iter().find(|s| s.dimension.id == "lire").unwrap();
    let effects: Vec<(&str, Effect)> = lire
        .evidence
        .iter()
        .map(|e| (e.item.id.as_ref(), e.effect()))
        .collect();
    assert_eq!(
        effects,
        [
            ("st-lire-1", Effect::Raised),
            ("st-lire-3", Effect::Lowered),
            ("st-lire-2", Effect::Neutral)
        ]
    );
}

/// The worked example of docs/quiz.md, on the test role's short form.
#[test]
fn worked_example() {
    let role = test_role();
    let a = answers(&[
        ("st-lire-1", Agree(4)),    // lire: keyed 3
        ("st-lire-2", Agree(2)),    // reverse: keyed 3
        ("st-lire-3", Agree(3)),    // keyed 2 → lire 8/12 → 66.7
        ("st-classer-1", Agree(5)), // classer: keyed 4
        ("st-classer-2", Agree(3)), // reverse: keyed 2
        ("st-classer-3", Agree(2)), // keyed 1 → classer 7/12 → 58.3
        ("st-vendre-1", Agree(2)),
        ("st-vendre-2", Agree(5)),   // reverse: vendre keyed 1 and 0 → 12.5
        ("st-ordre-1", Agree(4)),    // tenue (ordre): keyed 3
        ("st-patience-2", Agree(2)), // tenue (patience, reverse): keyed 3
        ("sit-file", Choice(0)),     // tenue (patience) 4, accueil 2
        ("sit-guichet", Choice(1)),  // tenue (ordre) 2, accueil 4 → tenue 12/16 → 75
        ("st-accueil-1", Agree(2)),  // accueil: keyed 1
        ("st-accueil-2", Agree(3)),  // reverse: keyed 2 → accueil 9/16 → 56.25
        ("st-chercher-1", Agree(4)), // chercher: keyed 3
        ("st-chercher-2", Agree(2)), // reverse: keyed 3
        ("st-chercher-3", Agree(4)), // keyed 3 → chercher 75
        ("st-conseiller-1", Agree(3)),
        ("st-conseiller-2", Agree(3)),
        ("st-conseiller-3", Agree(3)), // conseiller 50: indifferent
        ("st-numeriser-1", Agree(3)),
        ("st-numeriser-2", Agree(3)),
        ("st-numeriser-3", Agree(3)), // numeriser 50: indifferent
    ]);
    let report = Report::new(&role.bank, "court", &a).unwrap();
    let s = &report.dimensions;
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(close(score_of(s, "lire").unwrap(), 200.0 / 3.0));
    assert!(close(score_of(s, "classer").unwrap(), 175.0 / 3.0));
    assert_eq!(score_of(s, "vendre"), Some(12.5));
    assert_eq!(score_of(s, "tenue"), Some(75.0));
    assert_eq!(score_of(s, "accueil"), Some(56.25));
    // Agreements (score − 50) / 50: lire 0.333 (importance 5), classer 0.167 (2),
    // chercher 0.5 (4), conseiller and numeriser 0 (3 each); vendre has no target.
    // Interests: (5 × 1/3 + 2 × 1/6 + 4 × 1/2) / 17 = 4 / 17 = 23.5 → partial.
    let interests = report.fit.interests.unwrap();
    let expected = 100.0 * 4.0 / 17.0;
    assert!(close(interests.value, expected), "{interests:?}");
    assert_eq!(report.band(), Some(Band::Partial));
    // Qualities, beside the match: tenue 75 (0.5, importance 4), accueil 56.25
    // (0.125, importance 3): (2 + 0.375) / 7 = 33.9.
    let qualities = report.fit.qualities.unwrap();
    assert!(close(qualities.value, 100.0 * 2.375 / 7.0));
    assert!(close(report.fit.overall().unwrap(), expected));
    // Ranges, from the model's answer spread (0.759): lire's 3, 3, 2 count as 2⅓
    // answers (one is neutral), ± 25 × 0.759 / √(7/3) = ± 12.4 (à confirmer); classer's
    // 4, 2, 1 spread more than the model (1.53), ± 25.0 (fragile); chercher's 3, 3, 3
    // give ± 11.0 (assez sûr); conseiller's and numeriser's neutral answers count as
    // one, ± 19.0 (fragile). In agreement, those are ± 0.248, 0.5, 0.219, 0.379 and
    // 0.379; weighted and combined as independent errors: ± 14.3 on the match.
    let range_of = |id: &str| {
        s.iter()
            .find(|d| d.dimension.id == id)
            .unwrap()
            .range
            .unwrap()
    };
    let spread = crate::model::assessment::response_model::answer_spread();
    let lire = range_of("lire");
    assert!(close(
        lire.half_width(),
        25.0 * spread / (7.0f64 / 3.0).sqrt()
    ));
    assert_eq!(lire.sureness, Sureness::Approximate);
    assert_eq!(range_of("classer").sureness, Sureness::Fragile);
    assert_eq!(range_of("chercher").sureness, Sureness::Sure);
    assert_eq!(range_of("conseiller").sureness, Sureness::Fragile);
    assert!(
        interests.half_width() > 14.2 && interests.half_width() < 14.4,
        "{interests:?}"
    );
    // The match lies between 9 and 38: across the edge of "partielle" at 15, so the
    // headline says both bands, and the figure is a range.
    assert!(report.concerns.is_empty(), "{:?}", report.concerns);
    let headline = report.headline().unwrap();
    assert_eq!(headline.label(), "Affinité entre faible et partielle");
    assert_eq!(
        report.precision(),
        Some(crate::model::assessment::report::Precision::Range { low: 9, high: 38 })
    );
    assert_eq!(report.figure(), None);
    let ids = |list: Vec<&DimensionScore>| -> Vec<String> {
        list.iter().map(|s| s.dimension.id.to_string()).collect()
    };
    // Strengths reach the role's level: chercher 75 ≥ 70, tenue 75 ≥ 70.
    assert_eq!(ids(report.strengths()), ["chercher", "tenue"]);
    // Gaps to the level, weighted: lire 5 × 13.3 = 66.7, conseiller and numeriser
    // 3 × 15 = 45, accueil 3 × 3.75 = 11.25, classer 2 × 1.67 = 3.3.
    assert_eq!(
        ids(report.to_develop()),
        ["lire", "conseiller", "numeriser", "accueil", "classer"]
    );
    assert_eq!(report.visitor_riasec.code(), "IAC");
    assert_eq!(report.role_riasec.code(), "CAS");
    assert!(report.nearby.is_empty());
}

/// Clear answers are precise enough for a percentage.
#[test]
fn consistent_answers_get_a_percentage() {
    let role = test_role();
    let a = all(&role, "court", |item| {
        role_direction(&role.bank, item, true)
    });
    let report = Report::new(&role.bank, "court", &a).unwrap();
    assert_eq!(report.figure(), Some(100), "{:?}", report.fit);
}

#[test]
fn a_family_needs_half_its_weight_measured() {
    let role = test_role();
    // Only "classer" (importance 2 of 7) is measured among interests.
    let a = answers(&[("st-classer-1", Agree(5)), ("st-classer-2", Agree(1))]);
    let f = fit(&dimension_scores(&role.bank, "court", &a));
    assert_eq!(f.interests, None);
    assert_eq!(f.overall(), None);
}

#[test]
fn bands_have_fixed_thresholds() {
    assert_eq!(Band::of(100.0), Band::VeryStrong);
    assert_eq!(Band::of(70.0), Band::VeryStrong);
    assert_eq!(Band::of(69.9), Band::Good);
    assert_eq!(Band::of(50.0), Band::Good);
    assert_eq!(Band::of(40.0), Band::Good);
    assert_eq!(Band::of(39.9), Band::Partial);
    assert_eq!(Band::of(15.0), Band::Partial);
    assert_eq!(Band::of(14.9), Band::Weak);
    assert_eq!(Band::of(0.0), Band::Weak);
}

/// A nearby role needs a real lean: its dimensions well above neutral and above the
/// visitor's own mean; answering "plutôt" to everything leans nowhere.
#[test]
fn nearby_roles_follow_a_real_lean() {
    let role = test_role();
    let neutral_elsewhere = |strong: &[(&str, Answer)]| {
        let mut a = all(&role, "court", |item| match item.kind {
            ItemKind::Statement { .. } => Agree(3),
            ItemKind::Situation { .. } => Choice(0),
        });
        for (id, answer) in strong {
            a.insert(id.to_string(), *answer);
        }
        a
    };
    let nearby = |a: &Answers| -> Vec<String> {
        let report = Report::new(&role.bank, "court", a).unwrap();
        report.nearby.iter().map(|r| r.id.to_string()).collect()
    };
    let leaning = neutral_elsewhere(&[
        ("st-lire-1", Agree(5)),
        ("st-lire-2", Agree(1)),
        ("st-lire-3", Agree(5)),
        ("st-vendre-1", Agree(5)),
        ("st-vendre-2", Agree(1)),
    ]);
    assert_eq!(nearby(&leaning), ["libraire"]);
    // The same two answers, but with everything else as high: no lean.
    let everything = all(&role, "court", |item| match item.kind {
        ItemKind::Statement { .. } => role_direction(&role.bank, item, true),
        ItemKind::Situation { .. } => Choice(0),
    });
    let mut everything_and_vendre = everything.clone();
    everything_and_vendre.insert("st-vendre-1".into(), Agree(5));
    everything_and_vendre.insert("st-vendre-2".into(), Agree(1));
    assert!(nearby(&everything_and_vendre).is_empty());
}

fn all(
    role: &crate::model::role::Role,
    form: &str,
    answer: impl Fn(&crate::model::role::quiz::Item) -> Answer,
) -> Answers {
    role.bank
        .form_items(form)
        .map(|item| (item.id.to_string(), answer(item)))
        .collect()
}

#[test]
fn identical_answers_explain_instead_of_scoring() {
    let role = back_end();
    for form in ["court", "complet"] {
        for value in 1..=5 {
            let a = all(&role, form, |item| match item.kind {
                ItemKind::Statement { .. } => Agree(value),
                ItemKind::Situation { .. } => Choice(0),
            });
            let report = Report::new(&role.bank, form, &a).unwrap();
            assert!(
                report
                    .concerns
                    .contains(&Concern::IdenticalAnswers { value }),
                "{form} {value}: {:?}",
                report.concerns
            );
            assert!(!report.has_result());
            assert_eq!(report.band(), None);
            assert_eq!(report.figure(), None);
        }
    }
}

#[test]
fn mostly_neutral_answers_explain_instead_of_scoring() {
    let role = back_end();
    let mut a = all(&role, "court", |item| match item.kind {
        ItemKind::Statement { .. } => Agree(3),
        ItemKind::Situation { .. } => Choice(0),
    });
    // A few opinions, but most answers neutral.
    let statements: Vec<String> = role
        .bank
        .form_items("court")
        .filter(|item| matches!(item.kind, ItemKind::Statement { .. }))
        .map(|item| item.id.to_string())
        .collect();
    for id in statements.into_iter().take(3) {
        a.insert(id, Agree(5));
    }
    let report = Report::new(&role.bank, "court", &a).unwrap();
    assert!(
        matches!(report.concerns[0], Concern::MostlyNeutral { .. }),
        "{:?}",
        report.concerns
    );
    assert!(!report.has_result());
}

#[test]
fn contradictory_pairs_explain_instead_of_scoring() {
    let role = back_end();
    let mut a = all(&role, "court", |item| {
        role_direction(&role.bank, item, true)
    });
    // Agree fully with both sides of every pair.
    for item in role.bank.form_items("court") {
        if let ItemKind::Statement { pair: Some(_), .. } = item.kind {
            a.insert(item.id.to_string(), Agree(5));
        }
    }
    let report = Report::new(&role.bank, "court", &a).unwrap();
    assert!(
        report
            .concerns
            .iter()
            .any(|c| matches!(c, Concern::Contradictions { .. })),
        "{:?}",
        report.concerns
    );
    assert!(!report.has_result());
}

/// One contradictory pair is not massive: the result stays, with a note naming the two
/// statements, and the dimension's range is wider than with consistent answers.
#[test]
fn one_contradiction_adds_a_note_and_widens_the_range() {
    let role = back_end();
    let toward = all(&role, "court", |item| {
        role_direction(&role.bank, item, true)
    });
    let mut contradictory = toward.clone();
    // "J'aime classer des informations…" and its true opposite, both agreed with.
    contradictory.insert("st-donnees-2".into(), Agree(5));
    let report = Report::new(&role.bank, "court", &contradictory).unwrap();
    let notes: Vec<&Concern> = report.concerns.iter().collect();
    assert!(
        matches!(notes[..], [Concern::Contradictions { pairs, .. }] if pairs.len() == 1),
        "{notes:?}"
    );
    assert!(report.has_result());
    assert!(!notes[0].is_blocking());
    assert!(
        notes[0].explanation().contains("« J'aime classer"),
        "{}",
        notes[0].explanation()
    );
    let margin = |r: &Report| {
        r.dimensions
            .iter()
            .find(|s| s.dimension.id == "donnees")
            .and_then(|s| s.range)
            .unwrap()
            .margin
    };
    let consistent = Report::new(&role.bank, "court", &toward).unwrap();
    assert!(margin(&report) > 2.0 * margin(&consistent));
    assert!(
        report
            .precision()
            .is_some_and(|p| p != crate::model::assessment::report::Precision::BandOnly)
    );
}

/// « Tu as aimé 3 tâches sur 4 »: the activities said plainly, as their own evidence.
#[test]
fn the_activities_are_said_plainly() {
    use crate::model::assessment::ratings::{Liking, Rating, Ratings};
    let role = back_end();
    let answers = all(&role, "court", |item| {
        role_direction(&role.bank, item, true)
    });
    let rated = |likings: &[Liking]| -> Option<String> {
        let ratings: Ratings = role
            .bank
            .activities
            .iter()
            .zip(likings)
            .map(|(a, l)| {
                let rating = Rating {
                    liking: Some(*l),
                    difficulty: None,
                };
                (a.id.to_string(), rating)
            })
            .collect();
        Report::with_ratings(&role.bank, "court", &answers, &ratings)
            .unwrap()
            .tried_sentence()
    };
    use Liking::*;
    assert_eq!(rated(&[]), None);
    assert_eq!(
        rated(&[Liked, Liked, Meh, Liked]).as_deref(),
        Some("Tu as aimé 3 tâches sur 4.")
    );
    assert_eq!(
        rated(&[Liked, Disliked]).as_deref(),
        Some("Tu as aimé 1 tâche sur 2.")
    );
    assert_eq!(
        rated(&[Meh, Disliked, Meh]).as_deref(),
        Some("Tu n'as aimé aucune des 3 tâches essayées.")
    );
}

#[test]
fn a_flat_profile_keeps_its_band_but_hides_the_figure() {
    let role = test_role();
    // Every dimension between 50 and 62.5: mild, consistent, non-neutral answers.
    let a = answers(&[
        ("st-lire-1", Agree(4)),
        ("st-lire-2", Agree(4)),
        ("st-lire-3", Agree(3)),
        ("st-classer-1", Agree(4)),
        ("st-classer-2", Agree(4)),
        ("st-classer-3", Agree(3)),
        ("st-vendre-1", Agree(4)),
        ("st-vendre-2", Agree(4)),
        ("st-ordre-1", Agree(4)),
        ("st-patience-2", Agree(4)),
        ("st-accueil-1", Agree(4)),
        ("st-accueil-2", Agree(4)),
        ("sit-file", Choice(2)),
        ("sit-guichet", Choice(2)),
        ("st-chercher-1", Agree(4)),
        ("st-chercher-2", Agree(4)),
        ("st-chercher-3", Agree(3)),
        ("st-conseiller-1", Agree(4)),
        ("st-conseiller-2", Agree(4)),
        ("st-conseiller-3", Agree(3)),
        ("st-numeriser-1", Agree(4)),
        ("st-numeriser-2", Agree(4)),
        ("st-numeriser-3", Agree(3)),
    ]);
    let report = Report::new(&role.bank, "court", &a).unwrap();
    assert!(
        matches!(report.concerns[..], [Concern::FlatProfile { .. }]),
        "{:?}",
        report.concerns
    );
    assert!(report.has_result());
    assert_eq!(report.band(), Some(Band::Weak));
    assert_eq!(
        report.precision(),
        Some(crate::model::assessment::report::Precision::BandOnly)
    );
    assert_eq!(report.figure(), None);
}

#[test]
fn the_role_profile_is_onets_i_c_r() {
    let role = back_end();
    let report = Report::new(&role.bank, "court", &Answers::new()).unwrap();
    assert_eq!(report.role_riasec.code(), "ICR");
    assert_eq!(report.role_riasec.scored().count(), 6);
    let i = report.role_riasec.score(Riasec::I).unwrap();
    assert!((i - (5.86 - 1.0) / 6.0 * 100.0).abs() < 1e-9);
}

#[test]
fn the_test_role_loads_and_scores_with_the_same_code() {
    let role = test_role();
    assert_eq!(role.fiche.id, "bibliothecaire");
    let a = all(&role, "complet", |item| {
        role_direction(&role.bank, item, true)
    });
    let report = Report::new(&role.bank, "complet", &a).unwrap();
    assert_eq!(report.band(), Some(Band::VeryStrong));
    assert_eq!(report.answered, report.asked);
}

fn check_extremes(role: &crate::model::role::Role) {
    for form in ["court", "complet"] {
        let best = all(role, form, |item| role_direction(&role.bank, item, true));
        let report = Report::new(&role.bank, form, &best).unwrap();
        assert_eq!(
            report.band(),
            Some(Band::VeryStrong),
            "{form}: {:?}",
            report.concerns
        );
        let worst = all(role, form, |item| role_direction(&role.bank, item, false));
        let report = Report::new(&role.bank, form, &worst).unwrap();
        assert_eq!(
            report.band(),
            Some(Band::Weak),
            "{form}: {:?}",
            report.concerns
        );
    }
}

#[test]
fn all_answers_toward_the_role_give_the_top_band_and_away_the_lowest() {
    check_extremes(&back_end());
    check_extremes(&test_role());
}

/// Whether answer `b` to `item` is at least as far toward the role as `a` on every
/// targeted dimension it rates.
fn toward_role(
    bank: &crate::model::role::quiz::QuestionBank,
    item: &crate::model::role::quiz::Item,
    a: Answer,
    b: Answer,
) -> bool {
    let va = crate::model::assessment::answers::keyed_values(item, a);
    let vb = crate::model::assessment::answers::keyed_values(item, b);
    va.iter()
        .zip(&vb)
        .all(|((d, x), (_, y))| bank.dimension(d).is_some_and(|d| d.target.is_none()) || y >= x)
}

fn within(value: Option<f64>) -> bool {
    value.is_none_or(|v| (0.0..=100.0).contains(&v))
}

fn fit_within(fit: Option<FamilyFit>) -> bool {
    fit.is_none_or(|f| {
        (0.0..=100.0).contains(&f.low)
            && f.low <= f.value + 1e-9
            && f.value <= f.high + 1e-9
            && f.high <= 100.0
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_score_is_within_bounds(a in any_answers(&back_end().bank), full in any::<bool>()) {
        let role = back_end();
        let form = if full { "complet" } else { "court" };
        let report = Report::new(&role.bank, form, &a).unwrap();
        for s in report.dimensions.iter() {
            prop_assert!(within(s.score), "{} {:?}", s.dimension.id, s.score);
            prop_assert!(s.agreement().is_none_or(|g| (-1.0..=1.0).contains(&g)));
            prop_assert_eq!(s.score.is_some(), s.range.is_some());
            if let (Some(v), Some(r)) = (s.score, s.range) {
                prop_assert!(r.low <= v && v <= r.high && r.low >= 0.0 && r.high <= 100.0);
            }
        }
        prop_assert!(fit_within(report.fit.interests));
        prop_assert!(fit_within(report.fit.qualities));
        prop_assert!(within(report.fit.overall()));
        for (_, v) in report.visitor_riasec.scored() {
            prop_assert!((0.0..=100.0).contains(&v));
        }
        prop_assert!(report.answered <= report.asked);
    }

    #[test]
    fn moving_an_answer_toward_the_role_never_lowers_the_fit(
        a in any_answers(&back_end().bank),
        pick in any::<prop::sample::Index>(),
        full in any::<bool>(),
    ) {
        let role = back_end();
        let form = if full { "complet" } else { "court" };
        let answered: Vec<_> = role.bank.form_items(form).filter(|i| a.contains_key(&*i.id)).collect();
        prop_assume!(!answered.is_empty());
        let item = answered[pick.index(answered.len())];
        let before = fit(&dimension_scores(&role.bank, form, &a));
        for better in possible_answers(item) {
            if !toward_role(&role.bank, item, a[&*item.id], better) {
                continue;
            }
            let mut moved = a.clone();
            moved.insert(item.id.to_string(), better);
            let after = fit(&dimension_scores(&role.bank, form, &moved));
            let value = |f: Option<FamilyFit>| f.map(|f| f.value);
            for (b, f) in [(value(before.interests), value(after.interests)), (value(before.qualities), value(after.qualities)), (before.overall(), after.overall())] {
                if let (Some(b), Some(f)) = (b, f) {
                    prop_assert!(f >= b - 1e-9, "{} {:?}→{:?}: {b} → {f}", item.id, a[&*item.id], better);
                }
            }
        }
    }

    #[test]
    fn the_order_of_answering_does_not_matter(
        a in any_answers(&back_end().bank),
        seed in any::<u64>(),
    ) {
        let role = back_end();
        let mut pairs: Vec<_> = a.clone().into_iter().collect();
        // A permutation driven by the seed.
        let n = pairs.len();
        let mut state = seed;
        for i in (1..n).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            pairs.swap(i, (state >> 33) as usize % (i + 1));
        }
        let shuffled: Answers = pairs.into_iter().collect();
        for form in ["court", "complet"] {
            prop_assert_eq!(
                Report::new(&role.bank, form, &a),
                Report::new(&role.bank, form, &shuffled)
            );
        }
    }

    #[test]
    fn unanswered_and_foreign_items_are_excluded(
        a in any_answers(&back_end().bank),
        full in any::<bool>(),
    ) {
        let role = back_end();
        let form = if full { "complet" } else { "court" };
        let scores = dimension_scores(&role.bank, form, &a);
        for s in &scores {
            // The score is exactly the mean of the answered items of the form.
            let values: Vec<u8> = role.bank.form_items(form)
                .filter_map(|item| a.get(&*item.id).map(|ans| (item, *ans)))
                .filter_map(|(item, ans)| {
                    crate::model::assessment::answers::keyed_values(item, ans)
                        .into_iter()
                        .find(|(d, _)| s.dimension.takes(d))
                })
                .map(|(_, v)| v)
                .collect();
            prop_assert_eq!(s.evidence.len(), values.len());
            if values.len() >= MIN_ANSWERS {
                let mean = values.iter().map(|v| f64::from(*v)).sum::<f64>() * 25.0 / values.len() as f64;
                prop_assert!((s.score.unwrap() - mean).abs() < 1e-9);
            } else {
                prop_assert_eq!(s.score, None);
            }
        }
        // Answers to items outside the form change nothing.
        let in_form: Answers = a.iter()
            .filter(|(id, _)| role.bank.form_items(form).any(|i| &i.id == *id))
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        prop_assert_eq!(scores, dimension_scores(&role.bank, form, &in_form));
    }
}

/// Every quality a form reports can reach the role's level, all at once: its statements
/// answered at their strongest toward it, and the best combination of situation choices
/// (all are tried). Otherwise every pupil would get a point to develop by construction.
#[test]
fn every_quality_of_a_form_can_reach_the_roles_level_at_once() {
    use crate::model::role::quiz::Family;
    let role = back_end();
    let bank = &role.bank;
    for form in bank.forms.iter() {
        let qualities: Vec<_> = bank
            .form_dimensions(&form.id)
            .filter(|d| d.family == Family::Quality && d.target.is_some())
            .collect();
        let mut strongest = Answers::new();
        let mut situations = Vec::new();
        for item in bank.form_items(&form.id) {
            match &item.kind {
                ItemKind::Statement {
                    dimension, reverse, ..
                } if qualities.iter().any(|q| q.takes(dimension)) => {
                    strongest.insert(item.id.to_string(), Agree(if *reverse { 1 } else { 5 }));
                }
                ItemKind::Situation { options, .. } => {
                    situations.push((item.id.to_string(), options.len()));
                }
                ItemKind::Statement { .. } => {}
            }
        }
        let below_level = |mut combination: usize| {
            let mut answers = strongest.clone();
            for (id, options) in &situations {
                answers.insert(id.clone(), Choice((combination % options) as u8));
                combination /= options;
            }
            let scores = dimension_scores(bank, &form.id, &answers);
            qualities
                .iter()
                .filter(|q| {
                    !scores
                        .iter()
                        .any(|s| s.dimension.id == q.id && s.meets_target())
                })
                .map(|q| q.id.to_string())
                .collect::<Vec<_>>()
        };
        let combinations = situations.iter().map(|(_, n)| n).product::<usize>();
        let fewest = (0..combinations)
            .map(below_level)
            .min_by_key(Vec::len)
            .unwrap_or_default();
        assert!(
            fewest.is_empty(),
            "{}: at best, {fewest:?} stay below the role's level",
            form.id
        );
    }
}

/// The lines of « Pourquoi ces scores ? »: what was answered, in the bank's words, and
/// each score with its range, or that the answers are too few.
#[test]
fn the_evidence_and_the_score_are_said_in_the_banks_words() {
    let role = test_role();
    let a = answers(&[
        ("st-lire-1", Agree(4)),
        ("st-lire-2", Agree(1)),
        ("sit-file", Choice(2)),
    ]);
    let scores = dimension_scores(&role.bank, "court", &a);
    let lire = scores.iter().find(|s| s.dimension.id == "lire").unwrap();
    let said: Vec<String> = lire.evidence.iter().map(|e| e.said(&role.bank)).collect();
    assert_eq!(
        said,
        [
            "« Lire m'ennuie. » : tu as répondu non",
            "« J'aime lire. » : tu as répondu plutôt oui",
        ]
    );
    assert_eq!(
        lire.summary(),
        "Lire : 88 sur 100, entre 74 et 100 (estimation fragile)"
    );
    let accueil = scores.iter().find(|s| s.dimension.id == "accueil").unwrap();
    assert_eq!(
        accueil.evidence[0].said(&role.bank),
        "Situation « Une file d'attente » : tu as choisi « Je demande de l'aide à un collègue. »"
    );
    assert_eq!(accueil.summary(), "Accueil : pas assez de réponses");
}

/// How precisely the match is known, in words: a sentence for a figure and for a range,
/// none for the band alone; each family's fit, or that the answers are too few; and
/// what is missing for a result.
#[test]
fn the_precision_the_fit_and_what_is_missing_are_said() {
    use crate::model::assessment::report::Precision;
    assert_eq!(
        Precision::Figure(62).sentence().as_deref(),
        Some(
            "Ce pourcentage est assez sûr : tes réponses sont nombreuses et vont dans le même sens."
        )
    );
    assert_eq!(
        Precision::Range { low: 40, high: 75 }.sentence().as_deref(),
        Some(
            "Pas de pourcentage précis : tes réponses placent ton affinité entre 40 et 75 %, \
             sans plus de précision. C'est normal avec peu de questions ou des réponses qui \
             changent sur un même sujet."
        )
    );
    assert_eq!(Precision::BandOnly.sentence(), None);

    let role = test_role();
    // Only "classer" is measured among interests: too little for a fit, or a result.
    let a = answers(&[("st-classer-1", Agree(5)), ("st-classer-2", Agree(1))]);
    let report = Report::new(&role.bank, "court", &a).unwrap();
    assert_eq!(
        report.fit.describe(Family::Interest),
        "pas assez de réponses"
    );
    assert_eq!(
        report.missing_sentence(),
        "Il manque des réponses pour calculer ton affinité avec le métier : chaque dimension \
         a besoin d'au moins 2 réponses. Dimensions sans assez de réponses : Lire, Chercher, \
         Conseiller, Numériser, Patience et ordre, Accueil."
    );
    let toward = all(&role, "court", |item| {
        role_direction(&role.bank, item, true)
    });
    let report = Report::new(&role.bank, "court", &toward).unwrap();
    assert_eq!(report.fit.describe(Family::Interest), "100 %");
}
