//! The welcome screen: what this is, in two sentences, and where to start.

use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::text::lowercase;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;
use crate::ui::screens::try_job::TryLink;

#[component]
pub fn HomePage() -> impl IntoView {
    let fiche = &use_content().role.fiche;
    set_title("Accueil");
    view! {
        <div class="home">
            <ScreenIntro title=format!("{} : est-ce pour moi ?", fiche.title)>
                "Découvre le métier de " {lowercase(&fiche.title)}
                " au quotidien, ce qu'il faut apprendre et ce que ça rapporte, d'après plusieurs sources comparées."
            </ScreenIntro>
            <p class="lead">
                "Puis réponds à un questionnaire sur tes goûts et ta façon de travailler pour voir ce qui t'en rapproche. "
                "Tout reste sur ton appareil : rien n'est envoyé."
            </p>
            <p class="actions">
                <a class="button primary" href=Route::Fiche { section: None }.href()>
                    "Découvrir le métier"
                </a>
                <a class="button" href=Route::Quiz.href()>"Faire le questionnaire"</a>
                <TryLink/>
            </p>
        </div>
    }
}
