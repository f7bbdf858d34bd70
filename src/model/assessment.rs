//! An attempt at the quiz and its result, from the answers to the report.
//!
//! May import [`super::base`], [`super::role`] and [`super::shell`]; never the
//! classroom or the stored document, which build on it.
//!
//! - [`answers`]: a visitor's answers and how each reads on the dimensions;
//! - [`progress`]: the state of an attempt and the moves a visitor can make;
//! - [`ratings`]: how a visitor rated an activity (liked it, found it hard), in words;
//! - [`scoring`]: dimension scores, the fit with the role and its bands;
//! - [`response_model`]: how a simulated person answers, for the ranges and the calibration;
//! - [`validity`]: answer patterns that make a result unreliable;
//! - [`interests`]: the RIASEC interest profiles of the visitor and the role;
//! - [`report`]: everything the result screen shows, assembled;
//! - [`result_code`]: the answers of an attempt as a short, checked code;
//! - [`calibration`]: simulated respondents and the bands they get.

pub mod answers;
pub mod calibration;
pub mod interests;
pub mod progress;
pub mod ratings;
pub mod report;
pub mod response_model;
pub mod result_code;
pub mod scoring;
pub mod validity;
