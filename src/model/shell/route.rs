//! Screens and their addresses.
//!
//! The app navigates with the URL fragment (`#/fiche/salaires`) so that every screen has
//! an address that works on a fresh load from any static host, at the root or under a
//! sub-path, with no rewrite rule and no `404.html` trick. This module turns fragments
//! into [`Route`]s and back; it is total: any fragment yields a route.

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The welcome screen.
    Home,
    /// The fiche métier, optionally scrolled to one of its sections.
    Fiche { section: Option<String> },
    /// The quiz's start: choose a form, or resume or restart an attempt.
    Quiz,
    /// The current question of the attempt in progress.
    Questions,
    /// The result of the attempt.
    Result,
    /// What the app keeps on this device: export, import, erase.
    Data,
    /// The glossary, optionally at one entry.
    Glossary { entry: Option<String> },
    /// Display options and the accessibility statement.
    Accessibility,
    /// « Essayer le métier »: the list of hands-on activities, or one of them.
    Try { activity: Option<String> },
    /// The facilitator's settings for a workshop on shared devices.
    Workshop,
    /// The facilitator's view of a group's result codes.
    Group,
    /// A result code's own address, read from its QR code: adds the code to the group
    /// kept on this device, then shows the group. `code` is the text as it came, checked
    /// only when it is added.
    AddToGroup { code: String },
    /// The paper questionnaire, to print for pupils without a device.
    PaperSheet,
    /// A paper sheet's answers typed as one line, and the code they give.
    PaperEntry,
    /// A fragment that names no screen; kept so the page can say what was asked for.
    NotFound(String),
}

/// Where a code's own address starts, after `#/`: the code follows, as one segment.
const ADD_TO_GROUP: &str = "atelier/ajouter/";

/// Element id of the heading a fiche section starts with.
pub fn section_anchor(section: &str) -> String {
    format!("section-{section}")
}

/// Element id of a glossary entry's heading.
pub fn entry_anchor(entry: &str) -> String {
    format!("terme-{entry}")
}

impl Route {
    /// The id of the element a route points at inside its screen (a fiche section or a
    /// glossary entry), which takes the focus when the route is opened.
    pub fn anchor_id(&self) -> Option<String> {
        match self {
            Route::Fiche {
                section: Some(section),
            } => Some(section_anchor(section)),
            Route::Glossary { entry: Some(entry) } => Some(entry_anchor(entry)),
            _ => None,
        }
    }

    /// Reads a URL fragment, with or without its leading `#`.
    ///
    /// An empty fragment, `#` and `#/` are the home screen. Trailing slashes are
    /// ignored. Anything unknown becomes [`Route::NotFound`].
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.trim_end_matches('/');
        if let Some(code) = path.strip_prefix(ADD_TO_GROUP)
            && !code.is_empty()
            && !code.contains('/')
        {
            return Route::AddToGroup {
                code: code.to_owned(),
            };
        }
        let mut parts = path.split('/');
        let (Some(screen), rest, None) = (parts.next(), parts.next(), parts.next()) else {
            return Route::NotFound(path.to_owned());
        };
        // A screen with an optional part named by a slug: a section, an entry, an activity.
        let with_part = |make: fn(Option<String>) -> Route| match rest {
            None => make(None),
            Some(part) if is_slug(part) => make(Some(part.to_owned())),
            Some(_) => Route::NotFound(path.to_owned()),
        };
        match (screen, rest) {
            ("", None) => Route::Home,
            ("fiche", _) => with_part(|section| Route::Fiche { section }),
            ("quiz", None) => Route::Quiz,
            ("quiz", Some("questions")) => Route::Questions,
            ("resultat", None) => Route::Result,
            ("donnees", None) => Route::Data,
            ("glossaire", _) => with_part(|entry| Route::Glossary { entry }),
            ("accessibilite", None) => Route::Accessibility,
            ("essayer", _) => with_part(|activity| Route::Try { activity }),
            ("atelier", None) => Route::Workshop,
            ("atelier", Some("groupe")) => Route::Group,
            ("atelier", Some("papier")) => Route::PaperSheet,
            ("atelier", Some("saisie-papier")) => Route::PaperEntry,
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// The fragment, with its leading `#`, that [`Route::parse`] reads back as `self`.
    pub fn href(&self) -> String {
        let with_part = |screen: &str, part: &Option<String>| match part {
            None => format!("#/{screen}"),
            Some(part) => format!("#/{screen}/{part}"),
        };
        match self {
            Route::Home => "#/".to_owned(),
            Route::Fiche { section } => with_part("fiche", section),
            Route::Quiz => "#/quiz".to_owned(),
            Route::Questions => "#/quiz/questions".to_owned(),
            Route::Result => "#/resultat".to_owned(),
            Route::Data => "#/donnees".to_owned(),
            Route::Glossary { entry } => with_part("glossaire", entry),
            Route::Accessibility => "#/accessibilite".to_owned(),
            Route::Try { activity } => with_part("essayer", activity),
            Route::Workshop => "#/atelier".to_owned(),
            Route::Group => "#/atelier/groupe".to_owned(),
            Route::AddToGroup { code } => format!("#/{ADD_TO_GROUP}{code}"),
            Route::PaperSheet => "#/atelier/papier".to_owned(),
            Route::PaperEntry => "#/atelier/saisie-papier".to_owned(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The link to one section of the fiche.
    pub fn fiche_section(section: &str) -> Route {
        Route::Fiche {
            section: Some(section.to_owned()),
        }
    }
}

/// Whether `s` is a non-empty run of lowercase ASCII letters, digits and hyphens: the
/// shape of every section id, and so of every section address.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn routes_into_a_screen_name_their_anchor() {
        assert_eq!(
            Route::parse("#/fiche/salaires").anchor_id().as_deref(),
            Some("section-salaires")
        );
        assert_eq!(
            Route::parse("#/glossaire/api").anchor_id().as_deref(),
            Some("terme-api")
        );
        assert_eq!(Route::parse("#/fiche").anchor_id(), None);
        assert_eq!(Route::Result.anchor_id(), None);
    }

    #[test]
    fn home_has_several_spellings() {
        for fragment in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(fragment), Route::Home, "{fragment:?}");
        }
    }

    #[test]
    fn fiche_and_its_sections() {
        assert_eq!(Route::parse("#/fiche"), Route::Fiche { section: None });
        assert_eq!(Route::parse("#/fiche/"), Route::Fiche { section: None });
        assert_eq!(
            Route::parse("#/fiche/salaires"),
            Route::fiche_section("salaires")
        );
    }

    #[test]
    fn unknown_fragments_are_not_found() {
        assert_eq!(
            Route::parse("#/nulle-part"),
            Route::NotFound("nulle-part".into())
        );
        assert_eq!(
            Route::parse("#/fiche/Salaires"),
            Route::NotFound("fiche/Salaires".into())
        );
        assert_eq!(
            Route::parse("#/fiche/a/b"),
            Route::NotFound("fiche/a/b".into())
        );
        // A glossary entry is a slug too.
        assert_eq!(
            Route::parse("#/glossaire/API"),
            Route::NotFound("glossaire/API".into())
        );
    }

    #[test]
    fn a_code_address_holds_the_code_as_it_came() {
        let code = "3KQ2-ABCD-0000-0000-0000-0000-0000-7";
        assert_eq!(
            Route::parse(&format!("#/atelier/ajouter/{code}")),
            Route::AddToGroup { code: code.into() }
        );
        // Checked only when added: a bad code still names the screen.
        assert_eq!(
            Route::parse("#/atelier/ajouter/pas un code/"),
            Route::AddToGroup {
                code: "pas un code".into()
            }
        );
        for no_code in [
            "#/atelier/ajouter",
            "#/atelier/ajouter/",
            "#/atelier/ajouter/a/b",
        ] {
            assert!(
                matches!(Route::parse(no_code), Route::NotFound(_)),
                "{no_code}"
            );
        }
    }

    proptest! {
        #[test]
        fn parse_is_total(fragment in ".*") {
            let _ = Route::parse(&fragment);
        }

        #[test]
        fn a_code_address_round_trips(code in "[^/]{1,60}") {
            let route = Route::AddToGroup { code: code.clone() };
            prop_assert_eq!(Route::parse(&route.href()), route);
        }

        #[test]
        fn href_round_trips(section in "[a-z0-9-]{1,20}") {
            for route in [
                Route::Home,
                Route::Fiche { section: None },
                Route::fiche_section(&section),
                Route::Quiz,
                Route::Questions,
                Route::Result,
                Route::Data,
                Route::Glossary { entry: None },
                Route::Glossary { entry: Some(section.clone()) },
                Route::Accessibility,
                Route::Try { activity: None },
                Route::Try { activity: Some(section.clone()) },
                Route::Workshop,
                Route::Group,
                Route::PaperSheet,
                Route::PaperEntry,
            ] {
                prop_assert_eq!(Route::parse(&route.href()), route);
            }
        }
    }
}
