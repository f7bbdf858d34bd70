//! `TryLink`: the offer of « Essayer le métier » on the home, quiz start and result
//! screens, in `model::home::try_link`'s words; nothing when the role has no activity.

use leptos::prelude::*;

use crate::model::shell::home::try_link;
use crate::ui::content::use_content;

/// The link that offers « Essayer le métier » from another screen.
#[component]
pub fn TryLink() -> impl IntoView {
    try_link(use_content().bank()).map(|link| {
        let href = link.route.href();
        view! { <a class="button" href=href>{link.label}</a> }
    })
}
