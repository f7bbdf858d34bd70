//! The calibration promises, on both forms of the real bank and of the test-only role:
//! indifference and chance are no evidence for the role, answers away from its
//! interests give a weak match whatever the qualities, answers toward it a very strong
//! one, and a straight line of answers from away to toward never goes down a band.
//! Rating the activities of « Essayer le métier » moves the match the way it should,
//! and liking them alone never makes a good one.

use super::*;
use crate::model::activity::tried::Difficulty;
use crate::model::role::Role;
use crate::model::test_support::{back_end, essai};

const RANDOM_RESPONDENTS: usize = 2_000;
const RESPONDENTS: usize = 500;

fn roles() -> Vec<(&'static str, Role)> {
    vec![("back-end", back_end()), ("essai", essai())]
}

fn each_form(check: impl Fn(&str, &Role, &str)) {
    for (name, role) in roles() {
        for form in role.bank.forms.iter() {
            check(name, &role, &form.id);
        }
    }
}

#[test]
fn neutral_answers_never_give_a_good_match() {
    each_form(|name, role, form| {
        let d = distribution(&role.bank, form, Population::Neutral, RESPONDENTS, 1);
        assert_eq!(d.share_at_least(Band::Good), 0.0, "{name} {form}: {d:?}");
        assert_eq!(d.bands[0], RESPONDENTS, "{name} {form}: {d:?}");
    });
}

/// At most one in ten reaches a good match, and one in a hundred a very strong one.
fn assert_rarely_good(d: &Distribution, at: &str) {
    assert!(d.share_at_least(Band::Good) <= 0.10, "{at}: {d:?}");
    assert!(d.share_at_least(Band::VeryStrong) <= 0.01, "{at}: {d:?}");
}

#[test]
fn random_answers_and_lukewarm_interests_rarely_reach_a_good_match() {
    each_form(|name, role, form| {
        for (population, respondents, seed) in [
            (Population::Random, RANDOM_RESPONDENTS, 2),
            (Population::Lukewarm, RESPONDENTS, 5),
        ] {
            let d = distribution(&role.bank, form, population, respondents, seed);
            assert_rarely_good(&d, &format!("{name} {form} {population:?}"));
        }
    });
}

#[test]
fn answers_away_from_the_role_interests_are_weak_whatever_the_qualities() {
    each_form(|name, role, form| {
        let d = distribution(&role.bank, form, Population::Away, RESPONDENTS, 3);
        assert_eq!(d.bands[0], RESPONDENTS, "{name} {form}: {d:?}");
    });
}

#[test]
fn answers_toward_the_role_give_a_very_strong_match() {
    each_form(|name, role, form| {
        let d = distribution(&role.bank, form, Population::Fully, RESPONDENTS, 4);
        assert_eq!(d.bands[3], RESPONDENTS, "{name} {form}: {d:?}");
    });
}

#[test]
fn a_line_from_away_to_toward_never_goes_down_a_band() {
    each_form(|name, role, form| {
        let bands: Vec<Band> = (0..=4)
            .map(|k| {
                let answers = respondent(&role.bank, form, Population::Line(k), &mut Rng::new(0));
                let report = Report::new(&role.bank, form, &answers).expect("form exists");
                Band::of(report.fit.overall().expect("every interest answered"))
            })
            .collect();
        assert!(
            bands.windows(2).all(|w| w[0] <= w[1]),
            "{name} {form}: {bands:?}"
        );
        assert_eq!(bands[0], Band::Weak, "{name} {form}");
        assert_eq!(
            bands[2],
            Band::Weak,
            "{name} {form}: neutral is no evidence"
        );
        assert_eq!(bands[4], Band::VeryStrong, "{name} {form}");
    });
}

/// The personas are not the role: someone drawn to design or to people gets a weak
/// match on the back-end role; someone who loves data and logic is recognised.
#[test]
fn personas_are_told_apart() {
    let role = back_end();
    for form in ["court", "complet"] {
        let [design, people, data] = PERSONAS
            .map(|p| distribution(&role.bank, form, Population::Persona(p), RESPONDENTS, 6));
        assert!(
            design.share_at_least(Band::Good) <= 0.05,
            "{form} design: {design:?}"
        );
        assert!(
            people.share_at_least(Band::Partial) <= 0.05,
            "{form} people: {people:?}"
        );
        assert!(
            data.share_at_least(Band::Partial) >= 0.5,
            "{form} data: {data:?}"
        );
        assert!(
            data.mean > design.mean + 20.0 && design.mean >= people.mean,
            "{form}"
        );
    }
}

#[test]
fn the_table_lists_every_population() {
    let role = essai();
    let table = table(&role.bank, "court", 50, 8, &Ratings::new());
    for population in populations() {
        assert!(table.contains(&population.name()), "{table}");
    }
    assert_eq!(table.lines().count(), 2 + populations().len());
}

/// « Essayer le métier » on every population: liking every activity raises the match,
/// disliking every one lowers it, rating only the difficulty changes nothing, for each
/// respondent; and the mean moves, up for those not already at the top, down for those
/// not already at the bottom.
#[test]
fn rating_the_activities_moves_the_match_the_way_it_should() {
    each_form(|name, role, form| {
        let bank = &role.bank;
        let liked = all_rated(bank, Liking::Liked);
        let disliked = all_rated(bank, Liking::Disliked);
        let difficulty_only: Ratings = bank
            .activities
            .iter()
            .map(|a| {
                (
                    a.id.to_string(),
                    Rating {
                        liking: None,
                        difficulty: Some(Difficulty::Hard),
                    },
                )
            })
            .collect();
        for population in populations() {
            let mut rng = Rng::new(7);
            let (mut none_sum, mut liked_sum, mut disliked_sum) = (0.0, 0.0, 0.0);
            for _ in 0..200 {
                let answers = respondent(bank, form, population, &mut rng);
                let fit = |ratings: &Ratings| {
                    let report =
                        Report::with_ratings(bank, form, &answers, ratings).expect("form exists");
                    report.fit.overall().unwrap_or(0.0)
                };
                let (none, up, down) = (fit(&Ratings::new()), fit(&liked), fit(&disliked));
                let at = format!("{name} {form} {population:?}");
                assert!(up >= none && none >= down, "{at}: {down} {none} {up}");
                assert_eq!(fit(&difficulty_only), none, "{at}: difficulty never counts");
                none_sum += none;
                liked_sum += up;
                disliked_sum += down;
            }
            let at = format!("{name} {form} {population:?}: {disliked_sum} {none_sum} {liked_sum}");
            use Population::*;
            if matches!(population, Neutral | Random | Lukewarm) {
                assert!(liked_sum > none_sum, "{at}: liking raises the mean");
            }
            // Toward the role, the second role's two activities reach dimensions whose
            // scores stay above the level even when disliked (agreement is clipped there).
            if matches!(population, Random | Lukewarm)
                || (population == Fully && name == "back-end")
            {
                assert!(disliked_sum < none_sum, "{at}: disliking lowers the mean");
            }
        }
    });
}

/// Liking the activities is evidence, not a verdict: with neutral answers it gives a
/// partial match at most, and answers away from the role's interests stay weak.
#[test]
fn liking_the_activities_alone_never_makes_a_good_match() {
    each_form(|name, role, form| {
        let liked = all_rated(&role.bank, Liking::Liked);
        let d = distribution_with(
            &role.bank,
            form,
            Population::Neutral,
            RESPONDENTS,
            1,
            &liked,
        );
        assert_eq!(d.share_at_least(Band::Good), 0.0, "{name} {form}: {d:?}");
        let d = distribution_with(&role.bank, form, Population::Away, RESPONDENTS, 3, &liked);
        assert_eq!(d.bands[0], RESPONDENTS, "{name} {form}: {d:?}");
    });
}
