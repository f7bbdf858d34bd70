//! The table of a "filter rows" exercise: its columns, rows and menus of conditions,
//! which rows a choice of conditions keeps, and the SQL query that says the same.
//!
//! A column is numeric or text. Numeric values compare as numbers (`42.50` is above
//! `9`); text compares character by character, which orders ISO dates
//! (`2026-03-02`) correctly. A value that does not read as a number in a numeric
//! column never matches a comparison (the content checks refuse it anyway).

use serde::Deserialize;

use crate::model::base::text::{List, Text};

/// The data of a filter exercise.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The table's name in the SQL query.
    pub table: Text,
    pub columns: List<Column>,
    /// One value per column, as shown.
    pub rows: List<List<Text>>,
    /// The menus, each on one column.
    pub filters: List<Filter>,
    /// The right option of each menu.
    pub answer: List<u8>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// The column's name in the SQL query: lowercase ASCII letters, digits, `_`.
    pub name: Text,
    /// What the table's header shows.
    pub label: Text,
    /// Whether values compare as numbers.
    pub numeric: bool,
}

/// A menu of conditions on one column.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Filter {
    /// Index of the column in [`Table::columns`].
    pub column: u8,
    pub label: Text,
    /// The first keeps every row ("peu importe").
    pub options: List<Condition>,
}

/// One option of a menu: a comparison with a value, or none (every row is kept).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub label: Text,
    #[serde(default)]
    pub op: Option<Op>,
    #[serde(default)]
    pub value: Text,
}

/// A comparison, with its SQL operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum Op {
    Eq,
    Gt,
    Ge,
    Lt,
    Le,
}

impl Op {
    pub fn sql(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Lt => "<",
            Op::Le => "<=",
        }
    }

    fn holds(self, ordering: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            Op::Eq => ordering == Equal,
            Op::Gt => ordering == Greater,
            Op::Ge => ordering != Less,
            Op::Lt => ordering == Less,
            Op::Le => ordering != Greater,
        }
    }
}

/// A numeric value of the table: digits with at most one decimal point, as a number of
/// hundredths (so that comparing needs no floating point).
pub fn hundredths(text: &str) -> Option<u64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 2 {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let fraction: u64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(fraction)
}

impl Table {
    /// The conditions a choice of options sets (one per menu whose option compares),
    /// with their column; options out of range are read as "peu importe".
    fn conditions<'a>(&'a self, choices: &[u8]) -> impl Iterator<Item = (&'a Column, Op, &'a str)> {
        self.filters
            .iter()
            .zip(choices)
            .filter_map(|(filter, &chosen)| {
                let condition = filter.options.get(usize::from(chosen))?;
                let column = self.columns.get(usize::from(filter.column))?;
                Some((column, condition.op?, condition.value.as_ref()))
            })
    }

    /// Whether `row` meets every condition of `choices`.
    fn keeps(&self, row: &[Text], choices: &[u8]) -> bool {
        self.conditions(choices).all(|(column, op, value)| {
            let index = self.columns.iter().position(|c| c == column);
            let Some(cell) = index.and_then(|i| row.get(i)) else {
                return false;
            };
            let ordering = if column.numeric {
                match (hundredths(cell), hundredths(value)) {
                    (Some(a), Some(b)) => a.cmp(&b),
                    _ => return false,
                }
            } else {
                cell.as_ref().cmp(value)
            };
            op.holds(ordering)
        })
    }

    /// The indices of the rows a choice of options keeps, in the table's order.
    pub fn kept(&self, choices: &[u8]) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&i| self.keeps(&self.rows[i], choices))
            .collect()
    }

    /// The SQL query that keeps the same rows:
    /// `SELECT * FROM commandes WHERE montant > 50 AND ville = 'Lyon';`.
    pub fn sql(&self, choices: &[u8]) -> String {
        let conditions: Vec<String> = self
            .conditions(choices)
            .map(|(column, op, value)| {
                let value = if column.numeric {
                    value.to_owned()
                } else {
                    format!("'{}'", value.replace('\'', "''"))
                };
                format!("{} {} {value}", column.name, op.sql())
            })
            .collect();
        let mut query = format!("SELECT * FROM {}", self.table);
        if !conditions.is_empty() {
            query.push_str(" WHERE ");
            query.push_str(&conditions.join(" AND "));
        }
        query.push(';');
        query
    }
}
