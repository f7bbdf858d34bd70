//! The welcome screen: what this is, in two sentences, and where to start. Its words
//! are `model::shell::home`'s, which also writes the page's first paint from them.

use leptos::prelude::*;

use crate::model::shell::home::home;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::components::try_link::TryLink;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;

#[component]
pub fn HomePage() -> impl IntoView {
    let home = home(use_content().role);
    set_title("Accueil");
    let [intro, more] = home.lead;
    let [discover, quiz] = home.links;
    let (discover_href, quiz_href) = (discover.route.href(), quiz.route.href());
    view! {
        <div class="home">
            <ScreenIntro title=home.title>{intro}</ScreenIntro>
            <p class="lead">{more}</p>
            <p class="actions">
                <a class="button primary" href=discover_href>{discover.label}</a>
                <a class="button" href=quiz_href>{quiz.label}</a>
                <TryLink/>
            </p>
        </div>
    }
}
