//! The group's figures as a CSV file, one row per code, for a spreadsheet: the scores,
//! then each activity's two ratings.

use super::Group;
use crate::model::assessment::ratings::{Difficulty, Liking};
use crate::model::assessment::report::Precision;
use crate::model::role::quiz::QuestionBank;

impl Group {
    /// The per-code scores as CSV (semicolon-separated, as spreadsheets set to French
    /// expect; UTF-8 with a byte-order mark so that accents survive): one row per
    /// participant, no name, whole points, empty cells where there is no score; the
    /// level is the participant's headline, so it never says one band where their
    /// screen said two. Each activity of « Essayer le métier » gets two columns named
    /// from its id, `<id>_avis` and `<id>_difficulte`: the participant's answers in
    /// words, empty when not rated.
    pub fn csv(&self, bank: &QuestionBank) -> String {
        let mut header = vec![
            "code".to_owned(),
            "formulaire".to_owned(),
            "affinite".to_owned(),
            "affinite_basse".to_owned(),
            "affinite_haute".to_owned(),
            "precision".to_owned(),
            "niveau".to_owned(),
        ];
        header.extend(bank.dimensions.iter().map(|d| d.name.to_string()));
        header.push("riasec".to_owned());
        for activity in bank.activities.iter() {
            header.push(format!("{}_avis", activity.id));
            header.push(format!("{}_difficulte", activity.id));
        }
        let mut rows = vec![header];
        for p in self.participants.iter() {
            let mut row = vec![
                p.code.clone(),
                p.form.clone(),
                number(p.overall),
                number(p.range.map(|r| r.0)),
                number(p.range.map(|r| r.1)),
                p.precision
                    .map(Precision::label)
                    .unwrap_or_default()
                    .to_owned(),
                // What the participant's own screen said first (one band, or two).
                p.headline.map(|h| h.label()).unwrap_or_default(),
            ];
            row.extend(p.scores.iter().map(|s| number(*s)));
            row.push(p.riasec.code());
            for activity in bank.activities.iter() {
                let rating = p
                    .ratings
                    .get(activity.id.as_ref())
                    .copied()
                    .unwrap_or_default();
                row.push(
                    rating
                        .liking
                        .map(Liking::label)
                        .unwrap_or_default()
                        .to_owned(),
                );
                row.push(
                    rating
                        .difficulty
                        .map(Difficulty::label)
                        .unwrap_or_default()
                        .to_owned(),
                );
            }
            rows.push(row);
        }
        let mut text = String::from('\u{feff}');
        for row in rows {
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            text.push_str(&cells.join(";"));
            text.push_str("\r\n");
        }
        text
    }
}

fn number(value: Option<u8>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A cell quoted when it holds a separator, a quote or a line break; a cell that a
/// spreadsheet would take for a formula is prefixed with an apostrophe.
pub(super) fn csv_cell(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    };
    if cell.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}
