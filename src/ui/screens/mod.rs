//! Screens: one module per route, named after the screen. A screen reads the state and
//! the model and lays out components; what two screens share goes to `components`.
//!
//! - [`home`], [`fiche`], [`glossary`]: the welcome, the job profile, the glossary;
//! - [`quiz_start`], [`question`], [`result`]: choosing a form, one question per
//!   screen, the result (a folder of its parts);
//! - [`data`], [`accessibility`]: "Mes données" and the display settings;
//! - [`try_job`]: « Essayer le métier », the hands-on activities;
//! - [`workshop`], [`group`]: the facilitator's settings and group view;
//! - [`paper_sheet`], [`paper_entry`]: the paper kit, its printed questionnaire and its
//!   answers typed as a line.
//!
//! No screen imports another (`src/screens_check.rs` tests it): the page for an address
//! that names nothing, `components::not_found`, is a component.

pub mod accessibility;
pub mod data;
pub mod fiche;
pub mod glossary;
pub mod group;
pub mod home;
pub mod paper_entry;
pub mod paper_sheet;
pub mod question;
pub mod quiz_start;
pub mod result;
pub mod try_job;
pub mod workshop;
