//! The paper kit, for pupils without a device: the short form printed as a sheet of two
//! A4 pages, and the line of digits typed from it ([`line`]), which gives the same
//! answers, so the same code, as the same choices made on screen.
//!
//! The sheet is the bank's shortest form, its items numbered in the form's presentation
//! order (the order of the result code), a situation's options in the bank's order. It
//! carries its [`Mark`], « Feuille C3 »: the form's initial and the bank's version, so
//! that a line typed from a sheet of an older bank is refused rather than read as
//! answers to other questions.

pub mod line;

use crate::model::role::quiz::{Form, Item, QuestionBank};

/// A sheet's version mark: the initial of its form's id and the bank's version (`C3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Upper case.
    pub letter: char,
    pub version: u32,
}

impl std::fmt::Display for Mark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.letter, self.version)
    }
}

/// One item of the sheet, with its number on paper (from 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numbered<'a> {
    pub number: usize,
    pub item: &'a Item,
}

/// The printed questionnaire: its form, its mark, and its items on two pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet<'a> {
    pub form: &'a Form,
    pub mark: Mark,
    /// The form's items in presentation order, numbered.
    pub items: Vec<Numbered<'a>>,
}

/// How many pages the sheet has; each starts with the mark.
pub const PAGES: usize = 2;

impl<'a> Sheet<'a> {
    /// The sheet of `bank`: its shortest form (the first, if two are as short). `None`
    /// for a bank without forms.
    pub fn of(bank: &'a QuestionBank) -> Option<Sheet<'a>> {
        let form = bank
            .forms
            .iter()
            .min_by_key(|f| bank.form_items(&f.id).count())?;
        let letter = form
            .id
            .chars()
            .next()
            .map_or('F', |c| c.to_ascii_uppercase());
        let items = bank
            .form_items(&form.id)
            .enumerate()
            .map(|(i, item)| Numbered {
                number: i + 1,
                item,
            })
            .collect();
        Some(Sheet {
            form,
            mark: Mark {
                letter,
                version: bank.version,
            },
            items,
        })
    }

    /// The items of each page: the first half (rounded up) on the first, the rest on
    /// the second, which also holds the line for the answers' digits.
    pub fn pages(&self) -> [&[Numbered<'a>]; PAGES] {
        let (first, second) = self.items.split_at(self.items.len().div_ceil(2));
        [first, second]
    }

    /// What the top of page `page` (from 1) says: « Feuille C3 – page 1 sur 2 ».
    pub fn page_heading(&self, page: usize) -> String {
        format!("Feuille {} – page {page} sur {PAGES}", self.mark)
    }

    /// The example of a line shown where lines are typed: the mark, then the digits of
    /// the first five questions.
    pub fn example(&self) -> String {
        format!("{} 4435 2…", self.mark)
    }
}

#[cfg(test)]
mod tests;
