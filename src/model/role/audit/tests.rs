//! Tests of the accessibility audit's counts: the rate, how it is written, and the
//! state a statement declares.

use super::*;

fn criterion(id: &str, theme: &str, status: Status) -> Criterion {
    Criterion {
        id: id.to_owned().into(),
        theme: theme.to_owned().into(),
        summary: "Un critère.".into(),
        status,
        by: CheckedBy::Main,
        how: "Vu à la main.".into(),
    }
}

#[test]
fn the_themes_hold_the_106_criteria() {
    assert_eq!(THEMES.iter().map(|(_, n)| n).sum::<usize>(), 106);
}

#[test]
fn the_rate_counts_only_the_criteria_that_apply() {
    let criteria = [
        criterion("1.1", "Images", Status::Conforme),
        criterion("1.2", "Images", Status::Conforme),
        criterion("1.3", "Images", Status::NonConforme),
        criterion("1.4", "Images", Status::NonApplicable),
    ];
    let counts = Counts::of(criteria.iter());
    assert_eq!(counts.applicable(), 3);
    assert_eq!(counts.rate().map(|r| (r * 10.0).round() / 10.0), Some(66.7));
    assert_eq!(counts.rate_text().as_deref(), Some("66,7 %"));
    let none = Counts::of(criteria[3..].iter());
    assert_eq!(none.rate(), None);
    assert_eq!(none.conformity(), None);
    assert_eq!(none.rate_text(), None);
}

#[test]
fn a_criterion_not_verified_applies_but_is_not_met() {
    let criteria = [
        criterion("7.1", "Scripts", Status::NonVerifie),
        criterion("7.2", "Scripts", Status::NonApplicable),
        criterion("7.3", "Scripts", Status::Conforme),
        criterion("7.4", "Scripts", Status::Conforme),
        criterion("7.5", "Scripts", Status::NonVerifie),
    ];
    let counts = Counts::of(criteria.iter());
    assert_eq!(
        (counts.conforme, counts.non_verifie, counts.non_applicable),
        (2, 2, 1)
    );
    assert_eq!(counts.applicable(), 4);
    assert_eq!(counts.rate_text().as_deref(), Some("50,0 %"));
    assert_eq!(counts.conformity(), Some(Conformity::Partial));
    // Everything met but one left to verify: not total.
    let almost = Counts {
        conforme: 65,
        non_verifie: 1,
        ..Counts::default()
    };
    assert_eq!(almost.rate_text().as_deref(), Some("98,5 %"));
    assert_eq!(almost.conformity(), Some(Conformity::Partial));
}

#[test]
fn the_published_state_follows_what_was_verified() {
    let audit: Audit = crate::model::loading::AUDIT_DATA
        .parse(|_: &Audit| Vec::new())
        .unwrap();
    let not_verified: Vec<&str> = audit
        .with_status(Status::NonVerifie)
        .map(|c| c.id.as_ref())
        .collect();
    // RGAA 7.1 and 7.5 need a screen reader's rendering, and none was used yet.
    assert_eq!(not_verified, ["7.1", "7.5"]);
    let counts = audit.counts();
    assert_eq!(counts.conformity(), Some(Conformity::Partial));
    assert_eq!(counts.rate_text().as_deref(), Some("97,0 %"));
    assert!(Conformity::Partial.sentence().contains("vérifiés"));
}

#[test]
fn the_state_is_total_at_every_criterion_partial_from_half() {
    let counts = |conforme, non_conforme| Counts {
        conforme,
        non_conforme,
        non_applicable: 39,
        non_verifie: 0,
    };
    assert_eq!(counts(67, 0).conformity(), Some(Conformity::Total));
    assert_eq!(counts(66, 1).conformity(), Some(Conformity::Partial));
    assert_eq!(counts(5, 5).conformity(), Some(Conformity::Partial));
    assert_eq!(counts(4, 5).conformity(), Some(Conformity::None));
    assert_eq!(counts(0, 3).conformity(), Some(Conformity::None));
}

#[test]
fn the_rate_is_written_as_float_formatting_would() {
    for applicable in 1..=300 {
        for conforme in 0..=applicable {
            let counts = Counts {
                conforme,
                non_conforme: applicable - conforme,
                ..Counts::default()
            };
            let rate = 100.0 * conforme as f64 / applicable as f64;
            let expected = format!("{rate:.1} %").replace('.', ",");
            assert_eq!(
                counts.rate_text(),
                Some(expected),
                "{conforme}/{applicable}"
            );
        }
    }
}
