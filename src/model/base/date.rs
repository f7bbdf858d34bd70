//! Calendar dates written the French way (`23/11/2026`), computed from a timestamp and
//! the device's offset from UTC.
//!
//! The browser's `toLocaleDateString` gives the same text, but its first call loads the
//! locale's data: about 20 ms on a desktop and 80 ms on a phone-speed CPU, paid on the
//! result screen just when the visitor is waiting for it. The arithmetic is a few lines.

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;

/// The date, as `dd/mm/yyyy`, of the instant `ms` (milliseconds since 1970-01-01 UTC)
/// on a device whose clock is `offset_minutes` behind UTC, as JavaScript's
/// `Date.prototype.getTimezoneOffset` counts it (−60 in Paris in winter).
pub fn french_date(ms: u64, offset_minutes: i32) -> String {
    let local = i64::try_from(ms)
        .unwrap_or(i64::MAX)
        .saturating_sub(i64::from(offset_minutes) * 60_000);
    let (year, month, day) = civil_from_days(local.div_euclid(DAY_MS));
    format!("{day:02}/{month:02}/{year}")
}

/// A calendar date written `YYYY-MM-DD` (as the data files date their sources), as
/// `dd/mm/yyyy`; `None` unless it is a real date.
pub fn french_from_iso(iso: &str) -> Option<String> {
    let mut parts = iso.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year: i64 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let length = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=length)
        .contains(&day)
        .then(|| format!("{day:02}/{month:02}/{year}"))
}

/// The proleptic Gregorian date (year, month 1–12, day 1–31) of a count of days since
/// 1970-01-01. Works in 400-year eras, each 146,097 days long, whose years start on
/// 1 March so that the leap day comes last.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468; // days from 0000-03-01 to 1970-01-01
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // month is in 1..=12 and day in 1..=31 by construction.
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn iso_dates_are_read_only_when_real() {
        assert_eq!(french_from_iso("2026-12-01").as_deref(), Some("01/12/2026"));
        assert_eq!(french_from_iso("2024-02-29").as_deref(), Some("29/02/2024"));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-01",
            "01/12/2026",
            "",
            "2026-12-01-2",
        ] {
            assert_eq!(french_from_iso(bad), None, "{bad}");
        }
    }

    fn is_leap(year: i64) -> bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    fn month_length(year: i64, month: u32) -> u32 {
        match month {
            2 if is_leap(year) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(french_date(0, 0), "01/01/1970");
        // 2026-11-23 12:00 UTC.
        assert_eq!(french_date(1_795_435_200_000, 0), "23/11/2026");
        // 2024-02-29 00:00 UTC, a leap day.
        assert_eq!(french_date(1_709_164_800_000, 0), "29/02/2024");
        // 2000-03-01 00:00 UTC: 2000 was a leap year (divisible by 400).
        assert_eq!(french_date(951_868_800_000, 0), "01/03/2000");
    }

    #[test]
    fn the_offset_moves_the_day_across_midnight() {
        // 2026-12-31 23:30 UTC is already 1 January in Paris (UTC+1, offset −60)…
        let late = 1_798_759_800_000;
        assert_eq!(french_date(late, 0), "31/12/2026");
        assert_eq!(french_date(late, -60), "01/01/2027");
        // …and 2027-01-01 00:30 UTC is still 31 December in Martinique (UTC−4, offset 240).
        assert_eq!(french_date(late + 3_600_000, 240), "31/12/2026");
    }

    #[test]
    fn absurd_timestamps_do_not_panic() {
        let _ = french_date(u64::MAX, 0);
        let _ = french_date(u64::MAX, -60);
        let _ = french_date(u64::MAX, i32::MIN);
        let _ = french_date(0, i32::MAX);
        let _ = french_date(0, i32::MIN);
    }

    proptest! {
        /// Each day is the day after the previous one: same month and day + 1, or the
        /// first of the next month after the month's last day, or 1 January after
        /// 31 December. Together with `known_dates`, this pins every date.
        #[test]
        fn days_follow_the_gregorian_calendar(days in -1_000_000i64..1_000_000) {
            let (y0, m0, d0) = civil_from_days(days);
            let (y1, m1, d1) = civil_from_days(days + 1);
            prop_assert!((1..=12).contains(&m0) && (1..=month_length(y0, m0)).contains(&d0));
            if d0 < month_length(y0, m0) {
                prop_assert_eq!((y1, m1, d1), (y0, m0, d0 + 1));
            } else if m0 < 12 {
                prop_assert_eq!((y1, m1, d1), (y0, m0 + 1, 1));
            } else {
                prop_assert_eq!((y1, m1, d1), (y0 + 1, 1, 1));
            }
        }
    }
}
