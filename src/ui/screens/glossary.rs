//! The glossary screen: every entry, with its definition and an example.

use leptos::prelude::*;

use crate::model::shell::route::Route;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    set_title("Glossaire");
    let glossary = use_content().glossary;
    view! {
        <ScreenIntro title="Glossaire">
            "Les mots techniques de la fiche et du questionnaire, expliqués simplement."
        </ScreenIntro>
        <nav class="toc" aria-label="Mots du glossaire">
            <ul class="glossary-index">
                {glossary.entries.iter().map(|entry| view! {
                    <li><a href=Route::Glossary { entry: Some(entry.id.to_string()) }.href()>{entry.term.as_ref()}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {glossary.entries.iter().map(|entry| {
            let heading = crate::model::shell::route::entry_anchor(&entry.id);
            let labelled_by = heading.clone();
            view! {
                <section class="glossary-entry" aria-labelledby=labelled_by>
                    <h2 id=heading tabindex="-1">{entry.term.as_ref()}</h2>
                    <p><LangText text=&entry.definition/></p>
                    <p class="example">"Exemple : " {entry.example.as_ref()}</p>
                </section>
            }
        }).collect_view()}
    }
}
