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
fn the_state_is_total_at_every_criterion_partial_from_half() {
    let counts = |conforme, non_conforme| Counts {
        conforme,
        non_conforme,
        non_applicable: 39,
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
