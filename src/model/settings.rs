//! Display settings the visitor chooses (theme, text size, spacing), kept with the rest
//! of the stored document.

use serde::{Deserialize, Serialize};

/// Light or dark colours, or whatever the system prefers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub theme: Theme,
    /// Text about a third larger.
    pub large_text: bool,
    /// Wider letter, word and line spacing, which many readers with dyslexia find easier.
    pub spacious: bool,
}

impl Settings {
    /// The `data-theme` attribute for the document root, if the visitor chose one.
    pub fn theme_attribute(&self) -> Option<&'static str> {
        match self.theme {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// The classes for the document root.
    pub fn classes(&self) -> String {
        [(self.large_text, "large-text"), (self.spacious, "spacious")]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, class)| *class)
            .collect::<Vec<_>>()
            .join(" ")
    }
}
