//! The accumulator of a fiche's problems, with the checks every field shares: texts
//! not empty, lists not empty, citations that resolve, ids unique and URL-safe.

use crate::model::base::text::Text;
use crate::model::role::fiche::{Block, Figure};
use crate::model::shell::route::is_slug;

/// An accumulator of problem descriptions with the checks every field shares.
#[derive(Default)]
pub(super) struct Problems(pub(super) Vec<String>);

impl Problems {
    pub(super) fn push(&mut self, problem: String) {
        self.0.push(problem);
    }

    pub(super) fn text(&mut self, at: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(format!("{at} : texte vide"));
        }
    }

    /// Each of the named texts of the thing at `at` is not empty.
    pub(super) fn texts(&mut self, at: &str, fields: &[(&str, &Text)]) {
        for (field, text) in fields {
            self.text(&format!("{at}.{field}"), text);
        }
    }

    pub(super) fn non_empty(&mut self, at: &str, len: usize) {
        if len == 0 {
            self.push(format!("{at} : liste vide"));
        }
    }

    /// Checks that the list `name` is not empty, then hands each item to `check` with
    /// its place, `name[i] « label »`, and its index.
    pub(super) fn each<T>(
        &mut self,
        name: &str,
        items: &[T],
        label: impl Fn(&T) -> &str,
        mut check: impl FnMut(&mut Self, &str, usize, &T),
    ) {
        self.non_empty(name, items.len());
        for (i, item) in items.iter().enumerate() {
            check(self, &format!("{name}[{i}] « {} »", label(item)), i, item);
        }
    }

    pub(super) fn citations(&mut self, at: &str, sources: &[Text], known: &impl Fn(&str) -> bool) {
        self.non_empty(&format!("{at}.sources"), sources.len());
        for id in sources {
            self.citation(&format!("{at}.sources"), id, known);
        }
    }

    pub(super) fn citation(&mut self, at: &str, id: &str, known: &impl Fn(&str) -> bool) {
        if !known(id) {
            self.push(format!("{at} : source inconnue « {id} »"));
        }
    }

    pub(super) fn figure(&mut self, at: &str, figure: &Figure, known: &impl Fn(&str) -> bool) {
        self.text(&format!("{at}.value"), &figure.value);
        if !(1990..=2100).contains(&figure.year) {
            self.push(format!(
                "{at}.year : « {} » n'est pas une année ; chaque chiffre dit l'année qu'il décrit",
                figure.year
            ));
        }
        self.citation(&format!("{at}.source"), &figure.source, known);
    }

    pub(super) fn block(&mut self, at: &str, block: &Block, known: &impl Fn(&str) -> bool) {
        match block {
            Block::Paragraph { text, sources } => {
                self.text(&format!("{at}.text"), text);
                self.citations(at, sources, known);
            }
            Block::List { items, sources, .. } => {
                self.non_empty(&format!("{at}.items"), items.len());
                for (k, item) in items.iter().enumerate() {
                    self.text(&format!("{at}.items[{k}]"), item);
                }
                self.citations(at, sources, known);
            }
            Block::Figures { caption, rows } => {
                self.text(&format!("{at}.caption"), caption);
                self.non_empty(&format!("{at}.rows"), rows.len());
                for (k, row) in rows.iter().enumerate() {
                    self.text(&format!("{at}.rows[{k}].label"), &row.label);
                    self.figure(&format!("{at}.rows[{k}]"), &row.figure, known);
                }
            }
            Block::Faq { entries } => {
                self.non_empty(&format!("{at}.entries"), entries.len());
                for (k, entry) in entries.iter().enumerate() {
                    let entry_at = format!("{at}.entries[{k}]");
                    self.text(&format!("{entry_at}.question"), &entry.question);
                    self.text(&format!("{entry_at}.answer"), &entry.answer);
                    self.citations(&entry_at, &entry.sources, known);
                }
            }
            Block::NearbyRoles { .. } => {}
        }
    }
}

/// What is wrong with `id` as the id of a thing listed at `at`: it must be a slug (it
/// appears in addresses) and unique among `seen`, which it then joins.
pub fn id_problems<'a>(
    at: &str,
    id: &'a str,
    seen: &mut std::collections::BTreeSet<&'a str>,
) -> Vec<String> {
    let mut problems = Vec::new();
    if !is_slug(id) {
        problems.push(format!(
            "{at}.id : lettres minuscules, chiffres et tirets seulement"
        ));
    }
    if !seen.insert(id) {
        problems.push(format!("{at}.id : déjà utilisé"));
    }
    problems
}
