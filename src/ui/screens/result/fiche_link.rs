//! `FicheLink`: « (voir la fiche) » after a next step, linking to the fiche section the
//! step comes from. The brackets stay outside the link, and the link's name ends with
//! the section's title in visually hidden text (`model::assessment::report::summary::see_fiche_context`),
//! so that a list of links heard out of context still says where each one leads.

use leptos::prelude::*;

use crate::model::assessment::report::summary::{SEE_FICHE, see_fiche_context};
use crate::model::shell::route::Route;
use crate::ui::content::use_content;

#[component]
pub(super) fn FicheLink(section: String) -> impl IntoView {
    let context = use_content()
        .role
        .fiche
        .section(&section)
        .map(|s| see_fiche_context(&s.title));
    view! {
        <span class="no-print">
            "("
            <a href=Route::fiche_section(&section).href()>
                {SEE_FICHE}
                <span class="visually-hidden">{context}</span>
            </a>
            ")"
        </span>
    }
}
