//! The frame around every screen: skip link, header with the main navigation, footer
//! with the sources and the privacy promise. Their words and links are `model::shell::home`'s,
//! which also writes the page's first paint from them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::shell::home::{NAV_NAME, PRIVACY, SKIP_LINK, credits, footer_links, nav};
use crate::model::shell::route::Route;
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
    view! { <a class="skip-link" href="#contenu" on:click=skip>{SKIP_LINK}</a> }
}

/// The app's name and the main navigation; the current screen is marked for assistive
/// technology with `aria-current`.
#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let fiche = &use_content().role.fiche;
    let home = Route::Home.href();
    let items = nav()
        .into_iter()
        .map(|item| {
            let href = item.link.route.href();
            let current = move || route.with(item.is_current).then_some("page");
            view! { <li><a href=href aria-current=current>{item.link.label}</a></li> }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <a class="brand" href=home>{fiche.app.name.as_ref()}</a>
            <nav aria-label=NAV_NAME>
                <ul>{items}</ul>
            </nav>
        </header>
    }
}

/// Sources and the privacy promise, on every screen.
#[component]
pub fn Footer() -> impl IntoView {
    let (before, sources, after) = credits(&use_content().role.fiche);
    let sources_href = sources.route.href();
    let links = footer_links()
        .into_iter()
        .map(|link| {
            let href = link.route.href();
            view! { <li><a href=href>{link.label}</a></li> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <p>{PRIVACY}</p>
            <p>{before} <a href=sources_href>{sources.label}</a> {after}</p>
            <ul class="footer-links">{links}</ul>
        </footer>
    }
}
