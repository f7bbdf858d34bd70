//! The document kept in browser storage: its parts, how it is read, written, migrated
//! and kept safe, and what the visitor is told about it.
//!
//! May import [`super::base`], [`super::role`] and [`super::assessment`]; never the
//! classroom. Nothing else of the model imports it.
//!
//! - [`stored`]: the document kept in browser storage, read and written;
//! - [`tried`]: what a visitor did in « Essayer le métier », kept in the document, and
//!   the two rating questions asked after an activity;
//! - [`history`]: summaries of finished attempts, to compare results over time;
//! - [`settings`]: display settings (theme, text size, spacing);
//! - [`restore`]: a visitor's own result code brought back as their attempt;
//! - [`persistence`]: whether the browser keeps the storage, and the warning when not;
//! - [`aside`]: unreadable stored data put aside, never lost, even at the quota's edge;
//! - [`notices`]: what the visitor is told about stored data, in words.

pub mod aside;
pub mod history;
pub mod notices;
pub mod persistence;
pub mod restore;
pub mod settings;
pub mod stored;
pub mod tried;
