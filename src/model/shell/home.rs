//! The home screen and the frame the layout draws around every screen, as words and
//! links: the one source of both the app's views (`ui::screens::home`,
//! `ui::components::layout`) and the page's first paint, the static HTML of `#/` that
//! `index.html` shows before the WebAssembly has run ([`first_paint`], test builds only,
//! writes it to `home/first-paint/<storage key>.html`).

use super::route::Route;
use crate::model::base::text::lowercase;
use crate::model::role::Role;
use crate::model::role::fiche::Fiche;
use crate::model::role::fiche::SOURCES_SECTION;
use crate::model::role::quiz::QuestionBank;

#[cfg(test)]
pub mod first_paint;

/// A link: what it says and where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub route: Route,
}

impl Link {
    fn new(label: impl Into<String>, route: Route) -> Link {
        Link {
            label: label.into(),
            route,
        }
    }
}

/// The skip link's words; it moves the focus to `<main id="contenu">`.
pub const SKIP_LINK: &str = "Aller au contenu";

/// The accessible name of the main navigation.
pub const NAV_NAME: &str = "Navigation principale";

/// One link of the main navigation, and the screens where it is the current one.
pub struct NavItem {
    pub link: Link,
    pub is_current: fn(&Route) -> bool,
}

/// The main navigation, in order.
pub fn nav() -> [NavItem; 3] {
    [
        NavItem {
            link: Link::new("Accueil", Route::Home),
            is_current: |r| *r == Route::Home,
        },
        NavItem {
            link: Link::new("Le métier", Route::Fiche { section: None }),
            is_current: |r| matches!(r, Route::Fiche { .. }),
        },
        NavItem {
            link: Link::new("Le questionnaire", Route::Quiz),
            is_current: |r| matches!(r, Route::Quiz | Route::Questions | Route::Result),
        },
    ]
}

/// The footer's privacy promise.
pub const PRIVACY: &str = "Vie privée : cette app ne crée pas de compte et n'envoie rien. \
     Ce que tu fais ici reste sur ton appareil.";

/// The footer's credit line: the words before its link, the link to the sources, and
/// the words after.
pub fn credits(fiche: &Fiche) -> (String, Link, &'static str) {
    (
        format!(
            "Contenu rédigé par le projet à partir de {} sources : ",
            fiche.sources.len()
        ),
        Link::new("voir les sources", Route::fiche_section(SOURCES_SECTION)),
        ". Données O*NET sous licence CC BY 4.0.",
    )
}

/// The footer's links, in order.
pub fn footer_links() -> [Link; 4] {
    [
        Link::new("Mes données", Route::Data),
        Link::new("Glossaire", Route::Glossary { entry: None }),
        Link::new("Accessibilité et affichage", Route::Accessibility),
        Link::new("Mode atelier (animation de groupe)", Route::Workshop),
    ]
}

/// What the home screen says: its title, its two lead paragraphs and where to start
/// (the first link is the main one).
pub struct Home {
    pub title: String,
    pub lead: [String; 2],
    pub links: [Link; 2],
}

/// The home screen of a role.
pub fn home(role: &Role) -> Home {
    let fiche = &role.fiche;
    Home {
        title: format!("{} : est-ce pour moi ?", fiche.title),
        lead: [
            format!(
                "Découvre le métier de {} au quotidien, ce qu'il faut apprendre et ce que ça rapporte, \
                 d'après plusieurs sources comparées.",
                lowercase(&fiche.title)
            ),
            "Puis réponds à un questionnaire sur tes goûts et ta façon de travailler pour voir ce qui t'en rapproche. \
             Tout reste sur ton appareil : rien n'est envoyé."
                .to_owned(),
        ],
        links: [
            Link::new("Découvrir le métier", Route::Fiche { section: None }),
            Link::new("Faire le questionnaire", Route::Quiz),
        ],
    }
}

/// The offer of « Essayer le métier » (home, quiz start and result screens), when the
/// role has activities.
pub fn try_link(bank: &QuestionBank) -> Option<Link> {
    (!bank.activities.is_empty()).then(|| {
        Link::new(
            format!(
                "Essayer le métier ({} min par activité)",
                bank.activity_minutes()
            ),
            Route::Try { activity: None },
        )
    })
}
