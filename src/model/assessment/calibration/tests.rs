//! The calibration promises, on both forms of the real bank and of the test-only role,
//! under the response model: indifference, chance and yes-saying are no evidence for
//! the role; answers away from its interests give a weak match whatever the qualities;
//! "plutôt d'accord" gives a good match and "tout à fait" a very strong one; interested
//! pupils get a result; the two forms and two answerings agree; the ranges hold the
//! true score as often as stated. Rating the activities of « Essayer le métier » moves
//! the match the way it should, by one band at most, and liking them alone never makes
//! a good one. Nearby roles need a real lean.

use super::*;
use crate::model::assessment::ratings::Difficulty;
use crate::model::assessment::scoring::{COVERAGE, Sureness};
use crate::model::role::Role;
use crate::model::test_support::{back_end, test_role};

const RANDOM_RESPONDENTS: usize = 1_000;
const RESPONDENTS: usize = 400;
/// Enough for a coverage within about ± 1.5 points.
const COVERAGE_PUPILS: usize = 1_000;

fn roles() -> Vec<(&'static str, Role)> {
    vec![("back-end", back_end()), ("essai", test_role())]
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

/// Chance is no evidence: of uniform random respondents at most 5 % reach "bonne" and
/// 1 % "très forte"; random answers biased to the middle, 3 %; mild yes-saying (3, 4
/// or 5 everywhere, reverse statements included), 5 %; lukewarm interests, 5 %. By the
/// match alone, before the validity checks withhold any of them.
#[test]
fn chance_yes_saying_and_lukewarm_interests_rarely_reach_a_good_match() {
    each_form(|name, role, form| {
        for (population, respondents, seed, good) in [
            (Population::Random, RANDOM_RESPONDENTS, 2, 0.05),
            (Population::MiddleRandom, RESPONDENTS, 9, 0.03),
            (Population::YesSaying, RESPONDENTS, 10, 0.05),
            (Population::Lukewarm, RESPONDENTS, 5, 0.05),
        ] {
            let d = distribution(&role.bank, form, population, respondents, seed);
            let at = format!("{name} {form} {population:?}: {d:?}");
            assert!(d.share_at_least(Band::Good) <= good, "{at}");
            assert!(d.share_at_least(Band::VeryStrong) <= 0.01, "{at}");
        }
    });
}

/// The match is graded: "plutôt d'accord" on the role's interests is a good match and
/// not a very strong one; "tout à fait" is a very strong one.
#[test]
fn rather_is_good_and_fully_is_very_strong() {
    each_form(|name, role, form| {
        let rather = distribution(&role.bank, form, Population::Rather, 20, 11);
        assert_eq!(
            rather.shown[Band::Good as usize],
            20,
            "{name} {form}: {rather:?}"
        );
        let fully = distribution(&role.bank, form, Population::Fully, 20, 12);
        assert_eq!(
            fully.shown[Band::VeryStrong as usize],
            20,
            "{name} {form}: {fully:?}"
        );
    });
}

/// Pupils interested in the role (its interests above "plutôt d'accord", anything
/// elsewhere, answered with the model's noise) get a result: at most 5 % withheld.
#[test]
fn interested_pupils_get_a_result() {
    each_form(|name, role, form| {
        let d = distribution(&role.bank, form, Population::Interested, RESPONDENTS, 13);
        assert!(d.withheld_share() <= 0.05, "{name} {form}: {d:?}");
        assert!(d.shown_at_least(Band::Good) >= 0.9, "{name} {form}: {d:?}");
    });
}

/// Two of the role's interests answered "tout à fait" and everything else neutral: a
/// result, naming those two as strengths.
#[test]
fn two_strong_interests_give_a_result_naming_them() {
    each_form(|name, role, form| {
        let answers = respondent(&role.bank, form, Population::TwoStrong, &mut Rng::new(0));
        let report = Report::new(&role.bank, form, &answers).expect("form exists");
        assert!(report.has_result(), "{name} {form}: {:?}", report.concerns);
        let strengths: Vec<&str> = report
            .strengths()
            .iter()
            .filter(|s| s.dimension.family == Family::Interest)
            .map(|s| s.dimension.id.as_ref())
            .collect();
        let strongest = strongest_interests(&role.bank);
        assert_eq!(strengths, strongest[..2], "{name} {form}");
    });
}

/// Uniform random respondents are caught by the inconsistency of their answers, not by
/// chance: most are shown an explanation that says so.
#[test]
fn random_responders_are_caught_by_inconsistency() {
    each_form(|name, role, form| {
        let mut rng = Rng::new(14);
        let caught = (0..RESPONDENTS)
            .filter(|_| {
                let answers = respondent(&role.bank, form, Population::Random, &mut rng);
                let report = Report::new(&role.bank, form, &answers).expect("form exists");
                report.concerns.iter().any(|c| {
                    matches!(
                        c,
                        crate::model::assessment::validity::Concern::Inconsistent { .. }
                    )
                })
            })
            .count();
        assert!(caught * 10 >= RESPONDENTS * 7, "{name} {form}: {caught}");
    });
}

/// The same person answering the short and the full form, shown a result in both, gets
/// bands at most one step apart: 99 % of every population.
#[test]
fn the_two_forms_agree_within_one_band() {
    for (name, role) in roles() {
        let bank = &role.bank;
        for population in populations() {
            let mut rng = Rng::new(15);
            let n = 120;
            let apart = (0..n)
                .filter(|_| {
                    let person = population.draw(bank, &mut rng);
                    let [short, full] = ["court", "complet"].map(|form| {
                        let answers = person.answers(bank, form, &mut rng);
                        let report = Report::new(bank, form, &answers).expect("form exists");
                        report.band().map(|b| b as i32)
                    });
                    matches!((short, full), (Some(s), Some(f)) if (s - f).abs() > 1)
                })
                .count();
            assert!(apart * 100 <= n, "{name} {population:?}: {apart} of {n}");
        }
    }
}

/// Under the model, the headline of a second answering is compatible with the first
/// (a band in common, or both withheld) at least 90 % of the time.
#[test]
fn a_second_answering_gives_a_compatible_headline() {
    each_form(|name, role, form| {
        for population in [Population::Class, Population::Interested] {
            let r = retest(&role.bank, form, population, RESPONDENTS, 16);
            assert!(r.compatible >= 0.9, "{name} {form} {population:?}: {r:?}");
        }
    });
}

/// The ranges hold the true score (its mean over endless answerings) as often as stated,
/// within 5 points: each interest's and the match's.
#[test]
fn ranges_hold_the_true_score_as_often_as_stated() {
    each_form(|name, role, form| {
        for population in [Population::Class, Population::Interested] {
            let c = coverage(&role.bank, form, population, COVERAGE_PUPILS, 17);
            let at = format!("{name} {form} {population:?}: {c:?}");
            assert!((c.dimension_share() - COVERAGE).abs() <= 0.05, "{at}");
            assert!(c.matches >= 300, "{at}");
            assert!((c.match_share() - COVERAGE).abs() <= 0.05, "{at}");
        }
    });
}

/// "Assez sûr" follows from the width: a short form answered consistently can be fairly
/// sure; a form answered neutral throughout never is.
#[test]
fn consistent_answers_can_be_sure_and_neutral_ones_never_are() {
    each_form(|name, role, form| {
        let sureness_of = |population: Population| -> Vec<Sureness> {
            let answers = respondent(&role.bank, form, population, &mut Rng::new(0));
            crate::model::assessment::scoring::dimension_scores(&role.bank, form, &answers)
                .iter()
                .filter(|s| s.dimension.family == Family::Interest)
                .filter_map(|s| s.range.map(|r| r.sureness))
                .collect()
        };
        let rather = sureness_of(Population::Rather);
        assert!(
            rather.contains(&Sureness::Sure),
            "{name} {form}: {rather:?}"
        );
        let neutral = sureness_of(Population::Neutral);
        assert!(
            !neutral.contains(&Sureness::Sure),
            "{name} {form}: {neutral:?}"
        );
    });
}

/// Nearby roles need a real lean: pupils with no leaning get none at least 90 % of the
/// time, and the "plutôt d'accord" pupil at most two.
#[test]
fn nearby_roles_need_a_real_lean() {
    each_form(|name, role, form| {
        let mut rng = Rng::new(18);
        let none = (0..RESPONDENTS)
            .filter(|_| {
                let answers = respondent(&role.bank, form, Population::Flat, &mut rng);
                let report = Report::new(&role.bank, form, &answers).expect("form exists");
                report.nearby.is_empty()
            })
            .count();
        assert!(none * 10 >= RESPONDENTS * 9, "{name} {form}: {none}");
        let answers = respondent(&role.bank, form, Population::Rather, &mut Rng::new(0));
        let report = Report::new(&role.bank, form, &answers).expect("form exists");
        assert!(
            report.nearby.len() <= 2,
            "{name} {form}: {:?}",
            report.nearby
        );
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
    let role = test_role();
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
        let meh = all_rated(bank, Liking::Meh);
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
            for _ in 0..40 {
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
                let band_step = (Band::of(fit(&meh)) as i32 - Band::of(none) as i32).abs();
                assert!(
                    band_step <= 1,
                    "{at}: « Bof » to everything moves one band at most"
                );
                // The four ratings together weigh a quarter of a dimension at most: from
                // all disliked to all liked, a score moves 25 points at most.
                let scores = |ratings: &Ratings| -> Vec<Option<f64>> {
                    crate::model::assessment::scoring::dimension_scores_with(
                        bank, form, &answers, ratings,
                    )
                    .iter()
                    .map(|s| s.score)
                    .collect()
                };
                for (high, low) in scores(&liked).into_iter().zip(scores(&disliked)) {
                    if let (Some(high), Some(low)) = (high, low) {
                        assert!(high - low <= 25.0 + 1e-9, "{at}: {low} → {high}");
                    }
                }
                none_sum += none;
                liked_sum += up;
                disliked_sum += down;
            }
            let at = format!("{name} {form} {population:?}: {disliked_sum} {none_sum} {liked_sum}");
            use Population::*;
            if matches!(population, Neutral | Random | Lukewarm) {
                assert!(liked_sum > none_sum, "{at}: liking raises the mean");
            }
            if matches!(population, Random | Lukewarm | Fully) {
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

/// Random answers with every activity liked: at most 10 % reach "bonne".
#[test]
fn random_answers_and_every_activity_liked_rarely_reach_a_good_match() {
    each_form(|name, role, form| {
        let liked = all_rated(&role.bank, Liking::Liked);
        let d = distribution_with(
            &role.bank,
            form,
            Population::Random,
            RESPONDENTS,
            19,
            &liked,
        );
        assert!(d.share_at_least(Band::Good) <= 0.10, "{name} {form}: {d:?}");
    });
}

/// Each person rating the activities as their own levels say (the model): the band moves
/// by one step at most, and interested pupils stay at "bonne" or higher.
#[test]
fn activities_rated_as_the_person_likes_them_move_one_band_at_most() {
    each_form(|name, role, form| {
        let bank = &role.bank;
        for population in [Population::Class, Population::Interested, Population::Away] {
            let mut rng = Rng::new(20);
            let mut good = 0;
            for _ in 0..100 {
                let person = population.draw(bank, &mut rng);
                let answers = person.answers(bank, form, &mut rng);
                let ratings = person.ratings(bank, &mut rng);
                let band = |ratings: &Ratings| {
                    let report =
                        Report::with_ratings(bank, form, &answers, ratings).expect("form exists");
                    Band::of(report.fit.overall().unwrap_or(0.0))
                };
                let (without, with) = (band(&Ratings::new()), band(&ratings));
                let at = format!("{name} {form} {population:?}: {without:?} → {with:?}");
                assert!((with as i32 - without as i32).abs() <= 1, "{at}");
                good += usize::from(with >= Band::Good);
            }
            if population == Population::Interested {
                assert!(good >= 90, "{name} {form}: {good} of 100");
            }
        }
    });
}
