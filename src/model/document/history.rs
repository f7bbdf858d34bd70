//! The history of finished attempts: a summary of each (date, form, figures), never the
//! answers themselves, so that the result screen can compare the latest with the one
//! before.

use std::collections::BTreeMap;

use crate::model::assessment::report::Report;
use crate::model::assessment::scoring::{Band, points};
use crate::model::base::small_sort::collect_map;

/// What is kept of a finished attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// When the attempt began; identifies it.
    pub started_at: u64,
    /// When its result was last asked for.
    pub finished_at: u64,
    pub form: String,
    pub bank_version: u32,
    /// Overall, interests and qualities fit, rounded to whole points (0–100), when
    /// there was one. Whole numbers keep the stored text exact and small.
    pub overall: Option<u8>,
    pub interests: Option<u8>,
    pub qualities: Option<u8>,
    /// Score of each dimension that had one, rounded.
    pub dimensions: BTreeMap<String, u8>,
}

impl Attempt {
    pub fn of(report: &Report, started_at: u64, finished_at: u64, bank_version: u32) -> Attempt {
        Attempt {
            started_at,
            finished_at,
            form: report.form.id.to_string(),
            bank_version,
            overall: report.overall().map(points),
            interests: report.fit.interests.map(|f| points(f.value)),
            qualities: report.fit.qualities.map(|f| points(f.value)),
            dimensions: collect_map(
                report
                    .dimensions
                    .iter()
                    .filter_map(|s| Some((s.dimension.id.to_string(), points(s.score?)))),
            ),
        }
    }

    pub fn band(&self) -> Option<Band> {
        self.overall.map(|o| Band::of(f64::from(o)))
    }
}

/// The most attempts kept; the oldest go first.
pub const MAX_ATTEMPTS: usize = 20;

/// Records an attempt: replaces the entry of the same attempt (asked for its result
/// again after a review), or appends it; keeps the list in date order and bounded.
pub fn record(history: &mut Vec<Attempt>, attempt: Attempt) {
    history.retain(|a| a.started_at != attempt.started_at);
    history.push(attempt);
    bound(history);
}

/// Keeps the [`MAX_ATTEMPTS`] latest attempts, in date order (a stable order for equal
/// dates), and says how many older ones were left out. A stored document or an
/// imported file may hold any number (a 985 KB file held 7,593): each is placed among
/// at most [`MAX_ATTEMPTS`] kept ones, so thousands cost little.
pub fn bound(history: &mut Vec<Attempt>) -> usize {
    let total = history.len();
    let date = |a: &Attempt| (a.finished_at, a.started_at);
    let mut kept: Vec<Attempt> = Vec::with_capacity(total.min(MAX_ATTEMPTS + 1));
    for attempt in history.drain(..) {
        let at = kept
            .iter()
            .rposition(|a| date(a) <= date(&attempt))
            .map_or(0, |i| i + 1);
        kept.insert(at, attempt);
        if kept.len() > MAX_ATTEMPTS {
            kept.remove(0);
        }
    }
    *history = kept;
    total - history.len()
}

/// Merges two histories written by two tabs: every attempt kept once, the latest
/// version of each.
pub fn merge(mine: &[Attempt], theirs: &[Attempt]) -> Vec<Attempt> {
    let mut merged = mine.to_vec();
    for attempt in theirs {
        let newer = merged
            .iter()
            .find(|a| a.started_at == attempt.started_at)
            .is_none_or(|a| a.finished_at < attempt.finished_at);
        if newer {
            record(&mut merged, attempt.clone());
        }
    }
    merged
}

/// The attempt before the latest one, to compare with: the last other attempt made
/// with the same question bank (another bank was scored another way, so its figures do
/// not compare).
pub fn previous(
    history: &[Attempt],
    current_started_at: u64,
    bank_version: u32,
) -> Option<&Attempt> {
    history
        .iter()
        .rev()
        .find(|a| a.started_at != current_started_at && a.bank_version == bank_version)
}

/// A figure of the comparison's table: « 62 % », or « — » where that attempt had none.
pub fn figure(value: Option<u8>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v} %"))
}

/// How many points a dimension must move to be named in a comparison.
pub const CHANGE_POINTS: u8 = 10;

/// The latest result beside an earlier attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// When the earlier attempt was finished.
    pub previous_finished_at: u64,
    /// The match, the interests and the qualities: label, before, now (whole points).
    pub rows: [(&'static str, Option<u8>, Option<u8>); 3],
    /// Dimensions that moved by at least [`CHANGE_POINTS`]: name, before, now.
    pub changed: Vec<(String, u8, u8)>,
}

impl Comparison {
    /// Compares `report` with `previous`, an attempt made with the same question bank.
    pub fn of(previous: &Attempt, report: &Report) -> Comparison {
        let now = Attempt::of(report, 0, 0, previous.bank_version);
        let changed = report
            .dimensions
            .iter()
            .filter_map(|s| {
                let after = points(s.score?);
                let before = *previous.dimensions.get(&*s.dimension.id)?;
                (before.abs_diff(after) >= CHANGE_POINTS)
                    .then(|| (s.dimension.name.to_string(), before, after))
            })
            .collect();
        Comparison {
            previous_finished_at: previous.finished_at,
            rows: [
                ("Globale", previous.overall, now.overall),
                ("Centres d'intérêt", previous.interests, now.interests),
                ("Qualités", previous.qualities, now.qualities),
            ],
            changed,
        }
    }

    /// What is said of the dimensions that moved: the words before their list, or that
    /// none moved enough to be named.
    pub fn changed_sentence(&self) -> String {
        if self.changed.is_empty() {
            format!("Aucune dimension n'a bougé de {CHANGE_POINTS} points ou plus.")
        } else {
            format!("Ce qui a bougé de {CHANGE_POINTS} points ou plus :")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(started_at: u64, finished_at: u64, overall: u8) -> Attempt {
        Attempt {
            started_at,
            finished_at,
            form: "court".into(),
            bank_version: 1,
            overall: Some(overall),
            interests: Some(overall),
            qualities: Some(overall),
            dimensions: BTreeMap::new(),
        }
    }

    #[test]
    fn recording_the_same_attempt_again_replaces_it() {
        let mut history = vec![attempt(1, 5, 40)];
        record(&mut history, attempt(10, 20, 50));
        record(&mut history, attempt(10, 30, 70));
        assert_eq!(history.len(), 2);
        assert_eq!(history[1].overall, Some(70));
        assert_eq!(previous(&history, 10, 1).map(|a| a.started_at), Some(1));
        assert_eq!(previous(&history, 99, 1).map(|a| a.started_at), Some(10));
        // An attempt with another question bank was scored another way: not compared.
        assert_eq!(previous(&history, 99, 2), None);
    }

    #[test]
    fn a_comparison_names_what_moved_ten_points_or_more() {
        use crate::model::test_support::{role_direction, test_role};
        let role = test_role();
        let toward: crate::model::assessment::answers::Answers = role
            .bank
            .form_items("court")
            .map(|i| (i.id.to_string(), role_direction(&role.bank, i, true)))
            .collect();
        let report = Report::new(&role.bank, "court", &toward).unwrap();
        let mut previous = Attempt::of(&report, 1, 2, role.bank.version);
        previous.dimensions.insert("lire".into(), 95); // 5 points off: not named
        previous.dimensions.insert("classer".into(), 80); // 20 points off: named
        previous.overall = Some(40);
        let comparison = Comparison::of(&previous, &report);
        assert_eq!(comparison.rows[0], ("Globale", Some(40), Some(100)));
        assert_eq!(
            (figure(Some(40)), figure(None)),
            ("40 %".to_owned(), "—".to_owned())
        );
        assert_eq!(comparison.changed, [("Classer".to_owned(), 80, 100)]);
        assert_eq!(comparison.previous_finished_at, 2);
        assert_eq!(
            comparison.changed_sentence(),
            "Ce qui a bougé de 10 points ou plus :"
        );
        let same = Attempt::of(&report, 1, 2, role.bank.version);
        assert_eq!(
            Comparison::of(&same, &report).changed_sentence(),
            "Aucune dimension n'a bougé de 10 points ou plus."
        );
    }

    #[test]
    fn an_attempts_band_is_the_band_of_its_match() {
        assert_eq!(attempt(1, 2, 85).band(), Some(Band::VeryStrong));
        assert_eq!(attempt(1, 2, 30).band(), Some(Band::Partial));
        let no_match = Attempt {
            overall: None,
            ..attempt(1, 2, 50)
        };
        assert_eq!(no_match.band(), None);
    }

    #[test]
    fn a_long_history_keeps_its_latest_attempts_in_date_order() {
        // Out of order, as a file written by hand may be.
        let mut history: Vec<Attempt> = (0..7_593u64)
            .map(|i| {
                let at = (i * 7_919) % 7_593;
                attempt(at, at, 1)
            })
            .collect();
        assert_eq!(bound(&mut history), 7_593 - MAX_ATTEMPTS);
        let kept: Vec<u64> = history.iter().map(|a| a.started_at).collect();
        let latest: Vec<u64> = (7_593 - MAX_ATTEMPTS as u64..7_593).collect();
        assert_eq!(kept, latest);
        assert_eq!(bound(&mut history), 0);
    }

    #[test]
    fn history_is_bounded() {
        let mut history = Vec::new();
        for i in 0..(MAX_ATTEMPTS as u64 + 5) {
            record(&mut history, attempt(i, i, 1));
        }
        assert_eq!(history.len(), MAX_ATTEMPTS);
        assert_eq!(history[0].started_at, 5);
    }

    #[test]
    fn merging_histories_keeps_each_attempt_once_at_its_latest() {
        let a = vec![attempt(1, 5, 40), attempt(10, 20, 50)];
        let b = vec![attempt(10, 30, 70), attempt(40, 45, 60)];
        let merged = merge(&a, &b);
        let summary: Vec<(u64, Option<u8>)> =
            merged.iter().map(|a| (a.started_at, a.overall)).collect();
        assert_eq!(summary, [(1, Some(40)), (10, Some(70)), (40, Some(60))]);
        assert_eq!(merge(&b, &a), merged);
    }
}
