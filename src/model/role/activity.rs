//! « Essayer le métier »: short hands-on tasks that let a visitor do a piece of the
//! role's real work, then say how they liked it. The typed shape of
//! `data/roles/<role>/activites.json`, and what the engine decides about a visitor's
//! work on one: whether it is complete, and what was right.
//!
//! The engine knows four kinds of exercise ([`Exercise`]), so that a role brings its
//! own activities as data: find the line that explains something, put steps in order,
//! spot what a response lacks, filter a table's rows. A visitor's work on any of them
//! is a [`Response`], a short list of numbers whose meaning depends on the kind.
//!
//! Being right is never a mark: [`Verdict`] only says what to explain. Only how much
//! the visitor liked the task (`assessment::ratings::Liking`) enters the scoring, as behavioural
//! evidence on the interest dimensions the activity names (see `scoring`).

use serde::Deserialize;

use crate::model::base::text::{List, Text};

pub mod filter;

/// A visitor's work on one activity: the index of the chosen line or choice
/// (`FindLine`, `SpotField`), the steps' order as shown (`OrderSteps`), or the option
/// chosen in each menu (`FilterRows`).
pub type Response = Vec<u8>;

/// One hands-on task.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Stable identifier, in URLs and storage; lowercase letters, digits and hyphens.
    pub id: Text,
    pub title: Text,
    /// About how long it takes.
    pub minutes: u8,
    /// The situation, in a sentence or two.
    pub setting: Text,
    /// What to do.
    pub task: Text,
    pub exercise: Exercise,
    /// Shown once the visitor checks: what was right, and why, in plain words.
    pub explanation: Text,
    /// What a developer of the role really does that this task resembles.
    pub real_work: Text,
    /// The fiche section the task illustrates.
    pub section: Text,
    /// The interest dimensions the task exercises: liking it counts for them.
    pub dimensions: List<Text>,
}

/// What the visitor works on, by kind.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(rename_all(deserialize = "snake_case"), deny_unknown_fields)]
pub enum Exercise {
    /// Lines of text (a server's log); one of them is the answer.
    FindLine { lines: List<Text>, answer: u8 },
    /// Steps in their right order, first shown in the order `start` (indices into
    /// `steps`).
    OrderSteps { steps: List<Text>, start: List<u8> },
    /// A response of an API (JSON text) and what the screen fed by it shows; one of the
    /// choices names what is missing or wrong.
    SpotField {
        response: Text,
        screen: List<Text>,
        choices: List<Text>,
        answer: u8,
    },
    /// A table and menus of conditions on its columns; `answer` is the right option of
    /// each menu. Any choice that keeps the same rows is right too.
    FilterRows(filter::Table),
}

/// What checking a complete response found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The response does what the task asks.
    Right,
    /// It does not; the explanation says what would have.
    NotYet,
}

impl Verdict {
    /// The heading of what follows a check: never a mark, only what to look at.
    pub fn heading(self) -> &'static str {
        match self {
            Verdict::Right => "C'est bien ça",
            Verdict::NotYet => "Pas tout à fait : voici ce qu'il fallait voir",
        }
    }
}

impl Exercise {
    /// The response a visitor starts from: nothing chosen, the steps in their starting
    /// order, or the first option ("peu importe") of every menu.
    pub fn start(&self) -> Response {
        match self {
            Exercise::FindLine { .. } | Exercise::SpotField { .. } => Vec::new(),
            Exercise::OrderSteps { start, .. } => start.to_vec(),
            Exercise::FilterRows(table) => vec![0; table.filters.len()],
        }
    }

    /// Whether `response` is one this exercise can hold: a choice in range, a
    /// permutation of the steps, one option in range per menu. A response that is not
    /// is replaced by [`Exercise::start`] when read back from storage.
    pub fn fits(&self, response: &[u8]) -> bool {
        let one_of =
            |n: usize| response.is_empty() || (response.len() == 1 && usize::from(response[0]) < n);
        match self {
            Exercise::FindLine { lines, .. } => one_of(lines.len()),
            Exercise::SpotField { choices, .. } => one_of(choices.len()),
            Exercise::OrderSteps { steps, .. } => is_permutation(response, steps.len()),
            Exercise::FilterRows(table) => {
                response.len() == table.filters.len()
                    && response
                        .iter()
                        .zip(table.filters.iter())
                        .all(|(&chosen, filter)| usize::from(chosen) < filter.options.len())
            }
        }
    }

    /// The work to show for what was kept: `kept` when it fits, else a fresh start (an
    /// activity not opened yet keeps nothing).
    pub fn resume(&self, kept: &[u8]) -> Response {
        if self.fits(kept) {
            kept.to_vec()
        } else {
            self.start()
        }
    }

    /// Whether the visitor has done enough to check: chosen a line or a choice. An
    /// order of steps and a set of menus can always be checked.
    pub fn is_complete(&self, response: &[u8]) -> bool {
        self.fits(response)
            && match self {
                Exercise::FindLine { .. } | Exercise::SpotField { .. } => response.len() == 1,
                Exercise::OrderSteps { .. } | Exercise::FilterRows(_) => true,
            }
    }

    /// Whether a complete response does what the task asks; `None` while it is not
    /// complete.
    pub fn check(&self, response: &[u8]) -> Option<Verdict> {
        if !self.is_complete(response) {
            return None;
        }
        let right = match self {
            Exercise::FindLine { answer, .. } | Exercise::SpotField { answer, .. } => {
                response == [*answer]
            }
            Exercise::OrderSteps { .. } => response
                .iter()
                .enumerate()
                .all(|(i, &s)| usize::from(s) == i),
            Exercise::FilterRows(table) => table.kept(response) == table.kept(&table.answer),
        };
        Some(if right {
            Verdict::Right
        } else {
            Verdict::NotYet
        })
    }

    /// The response after moving the step at `position` one place up (towards the
    /// start) or down; unchanged at either end, or for another kind of exercise.
    pub fn moved(&self, response: &[u8], position: usize, up: bool) -> Response {
        let mut moved = response.to_vec();
        if matches!(self, Exercise::OrderSteps { .. }) && position < moved.len() {
            match (up, position) {
                (true, 0) => {}
                (true, p) => moved.swap(p, p - 1),
                (false, p) if p + 1 < moved.len() => moved.swap(p, p + 1),
                (false, _) => {}
            }
        }
        moved
    }

    /// The response after choosing `option` in the menu `menu` of a filter; unchanged
    /// for a menu that does not exist, or for another kind of exercise.
    pub fn chosen(&self, response: &[u8], menu: usize, option: u8) -> Response {
        let mut chosen = response.to_vec();
        if let (Exercise::FilterRows(_), Some(slot)) = (self, chosen.get_mut(menu)) {
            *slot = option;
        }
        chosen
    }
}

/// Whether `order` holds each of `0..n` exactly once.
pub fn is_permutation(order: &[u8], n: usize) -> bool {
    let mut seen = vec![false; n];
    order.len() == n
        && order.iter().all(|&i| {
            let i = usize::from(i);
            i < n && !std::mem::replace(&mut seen[i], true)
        })
}

#[cfg(test)]
mod tests;
