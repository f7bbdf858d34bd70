//! The page for an address that names no screen (the router's fallback), or no
//! activity (« Essayer le métier »).

use leptos::prelude::*;

use crate::model::shell::route::Route;
use crate::ui::nav::set_title;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    set_title("Page introuvable");
    view! {
        <h1 tabindex="-1">"Cette page n'existe pas"</h1>
        <p>"L'adresse « " <code>{path}</code> " » ne correspond à aucune page de l'app."</p>
        <p><a class="button" href=Route::Home.href()>"Revenir à l'accueil"</a></p>
    }
}
