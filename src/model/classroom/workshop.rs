//! Workshop mode, for shared devices: what the facilitator sets (the form everyone
//! takes, kiosk mode and its idle delay) and the kiosk's idle countdown.
//!
//! The settings live under their own storage key (`stored::Keys::workshop`), apart from the
//! visitor's document: "Personne suivante" and the kiosk's wipe remove the person's
//! answers, results and display choices, and keep the facilitator's settings. Reading
//! them is total: unreadable or out-of-range values fall back to the defaults.

use crate::model::base::json::fields::{
    Fields, Read, boolean, number, object, optional, or_null, string, text, unsigned,
};
use crate::model::base::json::{self, Value};
use crate::model::role::quiz::QuestionBank;

/// The idle delays the facilitator can choose, in seconds.
pub const IDLE_CHOICES: [u32; 5] = [60, 120, 180, 300, 600];

/// How long before the wipe the countdown shows, in seconds.
pub const WARNING_SECONDS: u32 = 30;

/// What the facilitator set on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workshop {
    /// The form every participant takes; `None` lets each visitor choose.
    pub form: Option<String>,
    /// Wipe the person's data after [`Workshop::idle_seconds`] without interaction.
    pub kiosk: bool,
    pub idle_seconds: u32,
}

impl Default for Workshop {
    fn default() -> Workshop {
        Workshop {
            form: None,
            kiosk: false,
            idle_seconds: 180,
        }
    }
}

/// Where the kiosk stands, given the time since the last interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Nothing to show.
    Active,
    /// The wipe is near: the countdown shows.
    Warning { seconds_left: u32 },
    /// Time is up: wipe now.
    Expired,
}

impl Workshop {
    /// Reads stored settings against `bank`: anything unreadable gives the defaults, a
    /// form the bank lacks is dropped, a delay not offered becomes the nearest offered.
    pub fn read(text: &str, bank: &QuestionBank) -> Workshop {
        let mut workshop = json::parse(text)
            .and_then(|value| Workshop::of(&value))
            .unwrap_or_default();
        if workshop
            .form
            .as_deref()
            .is_some_and(|f| bank.form(f).is_none())
        {
            workshop.form = None;
        }
        workshop.idle_seconds = nearest_choice(workshop.idle_seconds);
        workshop
    }

    /// The text stored for these settings.
    pub fn write(&self) -> String {
        let value = object(vec![
            ("form", or_null(self.form.as_deref(), text)),
            ("kiosk", Value::Bool(self.kiosk)),
            ("idle_seconds", number(self.idle_seconds)),
        ]);
        json::write(&value, false)
    }

    /// The settings an object holds: any field may be absent, no other is allowed.
    fn of(value: &Value) -> Read<Workshop> {
        let f = Fields::of(value, &["form", "kiosk", "idle_seconds"], true)?;
        let default = Workshop::default();
        Ok(Workshop {
            form: f.or("form", default.form, |v| optional(v, string))?,
            kiosk: f.or("kiosk", default.kiosk, boolean)?,
            idle_seconds: f.or("idle_seconds", default.idle_seconds, unsigned)?,
        })
    }

    /// Whether anything differs from an ordinary visit.
    pub fn is_active(&self) -> bool {
        self.form.is_some() || self.kiosk
    }

    /// The kiosk's state `now`, the last interaction having been at `last_activity`
    /// (both in milliseconds). Always [`Idle::Active`] when kiosk mode is off.
    pub fn idle(&self, last_activity: u64, now: u64) -> Idle {
        if !self.kiosk {
            return Idle::Active;
        }
        let elapsed = now.saturating_sub(last_activity);
        let limit = u64::from(self.idle_seconds) * 1000;
        if elapsed >= limit {
            return Idle::Expired;
        }
        let left_ms = limit - elapsed;
        if left_ms <= u64::from(WARNING_SECONDS) * 1000 {
            Idle::Warning {
                seconds_left: left_ms.div_ceil(1000) as u32,
            }
        } else {
            Idle::Active
        }
    }
}

/// An idle delay of [`IDLE_CHOICES`] as people say it: « 1 minute », « 5 minutes ».
pub fn delay_words(seconds: u32) -> String {
    match seconds / 60 {
        1 => "1 minute".to_owned(),
        n => format!("{n} minutes"),
    }
}

/// The steps, in seconds, at which the warning's sentence says how long is left.
pub const WARNING_STEP_SECONDS: u32 = 10;

/// The warning's sentence about the time left, `seconds_left` being what the countdown
/// shows. It names the step of [`WARNING_STEP_SECONDS`] at or above the time left, so
/// that it stays true while the countdown ticks, and changes (a screen reader speaks
/// it again) only twice in the last thirty seconds.
pub fn time_left_sentence(seconds_left: u32) -> String {
    let step = seconds_left.div_ceil(WARNING_STEP_SECONDS).max(1) * WARNING_STEP_SECONDS;
    format!(
        "Sans activité, les réponses seront effacées d'ici {step} secondes, pour la personne suivante."
    )
}

/// The offered delay nearest to `seconds` (the shorter one on a tie).
fn nearest_choice(seconds: u32) -> u32 {
    IDLE_CHOICES
        .into_iter()
        .min_by_key(|c| c.abs_diff(seconds))
        .unwrap_or(IDLE_CHOICES[0])
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::test_support::back_end;

    #[test]
    fn settings_round_trip() {
        let bank = back_end().bank;
        let workshop = Workshop {
            form: Some("court".into()),
            kiosk: true,
            idle_seconds: 120,
        };
        assert_eq!(Workshop::read(&workshop.write(), &bank), workshop);
    }

    #[test]
    fn bad_settings_fall_back_to_defaults() {
        let bank = back_end().bank;
        for text in [
            "",
            "null",
            "{",
            "[1]",
            r#"{"kiosk":"oui"}"#,
            r#"{"autre":1}"#,
        ] {
            assert_eq!(Workshop::read(text, &bank), Workshop::default(), "{text}");
        }
        let odd = Workshop::read(r#"{"form":"express","idle_seconds":7}"#, &bank);
        assert_eq!(odd.form, None);
        assert_eq!(odd.idle_seconds, 60);
        assert_eq!(
            Workshop::read(r#"{"idle_seconds":4000000000}"#, &bank).idle_seconds,
            600
        );
    }

    #[test]
    fn a_form_or_the_kiosk_makes_the_workshop_active() {
        assert!(!Workshop::default().is_active());
        let form = Workshop {
            form: Some("court".into()),
            ..Workshop::default()
        };
        let kiosk = Workshop {
            kiosk: true,
            ..Workshop::default()
        };
        assert!(form.is_active() && kiosk.is_active());
    }

    #[test]
    fn each_offered_delay_is_said_in_minutes_with_its_plural() {
        let delays: Vec<String> = IDLE_CHOICES.into_iter().map(delay_words).collect();
        assert_eq!(
            delays,
            [
                "1 minute",
                "2 minutes",
                "3 minutes",
                "5 minutes",
                "10 minutes"
            ]
        );
    }

    #[test]
    fn the_warning_never_promises_more_time_than_is_left() {
        assert_eq!(
            time_left_sentence(30),
            "Sans activité, les réponses seront effacées d'ici 30 secondes, pour la personne suivante."
        );
        assert!(time_left_sentence(21).contains("d'ici 30 secondes"));
        assert!(time_left_sentence(17).contains("d'ici 20 secondes"));
        assert!(time_left_sentence(1).contains("d'ici 10 secondes"));
        for left in 1..=WARNING_SECONDS {
            let said: u32 = time_left_sentence(left)
                .split_whitespace()
                .find_map(|w| w.parse().ok())
                .unwrap();
            assert!(said >= left && said - left < WARNING_STEP_SECONDS, "{left}");
        }
        let changes = (1..WARNING_SECONDS)
            .filter(|&s| time_left_sentence(s) != time_left_sentence(s + 1))
            .count();
        assert_eq!(changes, 2, "30, then 20, then 10");
    }

    #[test]
    fn the_countdown_shows_in_the_last_thirty_seconds() {
        let kiosk = Workshop {
            kiosk: true,
            idle_seconds: 60,
            ..Workshop::default()
        };
        assert_eq!(kiosk.idle(1_000, 1_000), Idle::Active);
        assert_eq!(kiosk.idle(1_000, 30_999), Idle::Active);
        assert_eq!(
            kiosk.idle(1_000, 31_000),
            Idle::Warning { seconds_left: 30 }
        );
        assert_eq!(kiosk.idle(1_000, 60_500), Idle::Warning { seconds_left: 1 });
        assert_eq!(kiosk.idle(1_000, 61_000), Idle::Expired);
        // A clock that went backwards is not inactivity.
        assert_eq!(kiosk.idle(5_000, 1_000), Idle::Active);
        assert_eq!(Workshop::default().idle(0, u64::MAX), Idle::Active);
    }

    proptest! {
        #[test]
        fn reading_any_text_gives_offered_values(text in ".{0,60}") {
            let w = Workshop::read(&text, &back_end().bank);
            prop_assert!(IDLE_CHOICES.contains(&w.idle_seconds));
        }

        #[test]
        fn the_countdown_only_goes_down(
            choice in 0usize..IDLE_CHOICES.len(),
            start in 0u64..1_000_000,
            a in 0u64..700_000,
            b in 0u64..700_000,
        ) {
            let kiosk = Workshop { kiosk: true, idle_seconds: IDLE_CHOICES[choice], form: None };
            let rank = |idle: Idle| match idle {
                Idle::Active => 0,
                Idle::Warning { seconds_left } => 1000 - seconds_left,
                Idle::Expired => 2000,
            };
            let (early, late) = (a.min(b), a.max(b));
            prop_assert!(rank(kiosk.idle(start, start + early)) <= rank(kiosk.idle(start, start + late)));
        }
    }
}
