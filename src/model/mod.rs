//! The functional core: pure Rust with no browser and no UI crate. It decides all that
//! can be decided without a browser, and says it: the words for a value sit beside it.
//!
//! - [`fiche`]: the typed shape of a job profile;
//! - [`quiz`]: the typed shape of a question bank (dimensions, items, forms);
//! - [`role`]: a role (its fiche and question bank) as the app uses it;
//! - [`content`]: the data files, parsed and validated (by the tests and the generator;
//!   native builds only, with its checks of question banks and of writing);
//! - [`embedded`]: the content compiled in as statics, generated from the data files;
//! - [`glossary`]: plain-French definitions and the linking of terms in texts;
//! - [`audit`]: the accessibility audit (RGAA 4.1 criteria, states, rate);
//! - [`host_contact`]: the host's accessibility contact, read from a file next to the app;
//! - [`activity`]: « Essayer le métier »: hands-on tasks, checking them, their ratings;
//! - [`answers`]: a visitor's answers and how each reads on the dimensions;
//! - [`progress`]: the state of an attempt and the moves a visitor can make;
//! - [`scoring`]: dimension scores, the fit with the role and its bands;
//! - [`validity`]: answer patterns that make a result unreliable;
//! - [`riasec`]: the RIASEC interest profiles of the visitor and the role;
//! - [`report`]: everything the result screen shows, assembled;
//! - [`restore`]: a visitor's own result code brought back as their attempt;
//! - [`result_code`]: the answers of an attempt as a short, checked code;
//! - [`qr`]: QR codes of result codes, as an SVG path;
//! - [`group`]: the facilitator's view of many codes: errors, duplicates, figures;
//! - [`workshop`]: the facilitator's settings and the kiosk's idle countdown;
//! - [`history`]: summaries of finished attempts, to compare results over time;
//! - [`home`]: the home screen and the layout around every screen, in words and links,
//!   and the first paint (their static HTML, written before the app loads);
//! - [`date`]: timestamps written as French dates;
//! - [`settings`]: display settings (theme, text size, spacing);
//! - [`stored`]: the document kept in browser storage, read and written;
//! - [`json`]: the small JSON reader and writer of what the app stores;
//! - [`persistence`]: whether the browser keeps the storage, and the warning when not;
//! - [`aside`]: unreadable stored data put aside, never lost, even at the quota's edge;
//! - [`notices`]: what the visitor is told about stored data, in words;
//! - [`language`]: passages in another language, marked in the data (`{en:…}`);
//! - [`text`]: the borrowed-or-owned text and list types content is made of, and
//!   lower-casing for names shown mid-sentence;
//! - [`shuffle`]: the seeded order of a situation's options, and a small generator;
//! - [`calibration`]: simulated respondents and the bands they get;
//! - [`small_sort`]: a small stable sort for short lists;
//! - [`route`]: the app's screens and their URL fragments.

pub mod activity;
pub mod answers;
pub mod aside;
pub mod audit;
pub mod calibration;
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
pub mod date;
pub mod embedded;
pub mod fiche;
pub mod glossary;
pub mod group;
pub mod history;
pub mod home;
pub mod host_contact;
pub mod json;
pub mod language;
pub mod notices;
pub mod persistence;
pub mod progress;
pub mod qr;
pub mod quiz;
pub mod report;
pub mod restore;
pub mod result_code;
pub mod riasec;
pub mod role;
pub mod route;
pub mod scoring;
pub mod settings;
pub mod shuffle;
pub mod small_sort;
pub mod stored;
pub mod text;
pub mod validity;
pub mod workshop;

#[cfg(test)]
mod test_support;
