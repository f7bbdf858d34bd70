//! The screen for an address that names no screen.

use leptos::prelude::*;

use super::nav::set_title;
use crate::model::route::Route;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    set_title("Page introuvable");
    view! {
        <h1 tabindex="-1">"Cette page n'existe pas"</h1>
        <p>"L'adresse « " <code>{path}</code> " » ne correspond à aucune page de l'app."</p>
        <p><a class="button" href=Route::Home.href()>"Revenir à l'accueil"</a></p>
    }
}
