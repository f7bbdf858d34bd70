//! Components: pieces that several screens share, or that the layout puts around every
//! screen. A component takes what it shows as props or from the state; it never knows
//! which screen it is on.
//!
//! - [`layout`]: skip link, header and footer; [`notices`]: messages about storage;
//!   [`kiosk`]: the idle countdown on shared devices;
//! - [`blocks`]: each kind of fiche content; [`charts`]: accessible bar charts;
//!   [`linked_text`]: texts whose technical words link to the glossary;
//!   [`lang_text`]: texts with passages in another language;
//! - [`confirm`]: inline confirmations and buttons that ask first; [`choice`]: one
//!   radio of a group; [`code_field`]: where result codes are typed; [`scanner`]: where they
//!   are read by the camera; [`next_person`]: "Personne suivante";
//! - [`screen_intro`]: a screen's title and lead; [`titled_section`]: a section named by its heading; [`data_table`]: a table that
//!   scrolls in its own region; [`status_line`]: the outcome of an action, a failure as
//!   an alert;
//! - [`try_link`]: the offer of « Essayer le métier »; [`not_found`]: the page for an
//!   address that names no screen, or no activity.

pub mod blocks;
pub mod charts;
pub mod choice;
pub mod code_field;
pub mod confirm;
pub mod data_table;
pub mod kiosk;
pub mod lang_text;
pub mod layout;
pub mod linked_text;
pub mod next_person;
pub mod not_found;
pub mod notices;
pub mod scanner;
pub mod screen_intro;
pub mod status_line;
pub mod titled_section;
pub mod try_link;
