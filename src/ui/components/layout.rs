//! The frame around every screen: skip link, header with the main navigation, footer
//! with the sources and the privacy promise.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::role::SOURCES_SECTION;
use crate::model::route::Route;
use crate::ui::content::use_content;

/// "Aller au contenu": focuses `<main>` without touching the URL fragment, which holds
/// the route.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("contenu")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            _ = main.focus();
        }
    };
    view! { <a class="skip-link" href="#contenu" on:click=skip>"Aller au contenu"</a> }
}

/// The app's name and the main navigation; the current screen is marked for assistive
/// technology with `aria-current`.
#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let fiche = &use_content().role.fiche;
    let current = move |is_here: fn(&Route) -> bool| move || route.with(is_here).then_some("page");
    view! {
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>{fiche.app.name.as_ref()}</a>
            <nav aria-label="Navigation principale">
                <ul>
                    <li>
                        <a href=Route::Home.href() aria-current=current(|r| *r == Route::Home)>
                            "Accueil"
                        </a>
                    </li>
                    <li>
                        <a
                            href=Route::Fiche { section: None }.href()
                            aria-current=current(|r| matches!(r, Route::Fiche { .. }))
                        >
                            "Le métier"
                        </a>
                    </li>
                    <li>
                        <a
                            href=Route::Quiz.href()
                            aria-current=current(|r| matches!(r, Route::Quiz | Route::Questions | Route::Result))
                        >
                            "Le questionnaire"
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
    }
}

/// Sources and the privacy promise, on every screen.
#[component]
pub fn Footer() -> impl IntoView {
    let fiche = &use_content().role.fiche;
    view! {
        <footer class="site-footer">
            <p>
                "Vie privée : cette app ne crée pas de compte et n'envoie rien. "
                "Ce que tu fais ici reste sur ton appareil."
            </p>
            <p>
                "Contenu rédigé par le projet à partir de "
                {fiche.sources.len()}
                " sources : "
                <a href=Route::fiche_section(SOURCES_SECTION).href()>"voir les sources"</a>
                ". Données O*NET sous licence CC BY 4.0."
            </p>
            <ul class="footer-links">
                <li><a href=Route::Data.href()>"Mes données"</a></li>
                <li><a href=Route::Glossary { entry: None }.href()>"Glossaire"</a></li>
                <li><a href=Route::Accessibility.href()>"Accessibilité et affichage"</a></li>
                <li><a href=Route::Workshop.href()>"Mode atelier (animation de groupe)"</a></li>
            </ul>
        </footer>
    }
}
