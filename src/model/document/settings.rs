//! Display settings the visitor chooses (theme, text size, spacing), kept with the rest
//! of the stored document, and the choices the settings screen offers for each.

/// Light or dark colours, or whatever the system prefers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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

/// One setting as the settings screen offers it: a radio group.
pub struct SettingGroup {
    /// The radios' shared name.
    pub name: &'static str,
    pub legend: &'static str,
    pub choices: &'static [SettingChoice],
}

/// One radio of a [`SettingGroup`].
pub struct SettingChoice {
    pub label: &'static str,
    /// Makes the settings have this choice.
    pub set: fn(&mut Settings),
}

impl SettingChoice {
    /// Whether `settings` have this choice now: choosing it would change nothing.
    pub fn is_on(&self, settings: &Settings) -> bool {
        let mut chosen = *settings;
        (self.set)(&mut chosen);
        chosen == *settings
    }
}

/// A [`SettingChoice`], written on one line.
const fn choice(label: &'static str, set: fn(&mut Settings)) -> SettingChoice {
    SettingChoice { label, set }
}

/// The display settings, in the order the screen shows them. Exactly one choice of
/// each group is on, whatever the settings (tested below).
pub const SETTING_GROUPS: &[SettingGroup] = &[
    SettingGroup {
        name: "theme",
        legend: "Couleurs",
        choices: &[
            choice("Comme mon appareil", |s| s.theme = Theme::System),
            choice("Clair", |s| s.theme = Theme::Light),
            choice("Sombre", |s| s.theme = Theme::Dark),
        ],
    },
    SettingGroup {
        name: "taille",
        legend: "Taille du texte",
        choices: &[
            choice("Normale", |s| s.large_text = false),
            choice("Grande", |s| s.large_text = true),
        ],
    },
    SettingGroup {
        name: "espacement",
        legend: "Espacement du texte",
        choices: &[
            choice("Normal", |s| s.spacious = false),
            choice(
                "Aéré (lettres, mots et lignes plus espacés, plus facile à lire pour \
                    beaucoup de personnes dyslexiques)",
                |s| s.spacious = true,
            ),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn every_settings() -> Vec<Settings> {
        let mut all = Vec::new();
        for theme in [Theme::System, Theme::Light, Theme::Dark] {
            for large_text in [false, true] {
                for spacious in [false, true] {
                    all.push(Settings {
                        theme,
                        large_text,
                        spacious,
                    });
                }
            }
        }
        all
    }

    #[test]
    fn exactly_one_choice_of_each_group_is_on() {
        for settings in every_settings() {
            for group in SETTING_GROUPS {
                let on = group.choices.iter().filter(|c| c.is_on(&settings)).count();
                assert_eq!(on, 1, "{} with {settings:?}", group.name);
            }
        }
    }

    #[test]
    fn choosing_a_choice_turns_it_on_and_leaves_the_other_groups_alone() {
        for settings in every_settings() {
            for (g, group) in SETTING_GROUPS.iter().enumerate() {
                for choice in group.choices {
                    let mut changed = settings;
                    (choice.set)(&mut changed);
                    assert!(choice.is_on(&changed), "{}", choice.label);
                    for (h, other) in SETTING_GROUPS.iter().enumerate().filter(|(h, _)| *h != g) {
                        for c in other.choices {
                            assert_eq!(c.is_on(&changed), c.is_on(&settings), "{h}");
                        }
                    }
                }
            }
        }
    }
}
