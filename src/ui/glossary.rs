//! The glossary screen, and texts whose technical words link to their definition.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::nav::set_title;
use crate::model::glossary::{Glossary, Segment};
use crate::model::route::Route;

/// The entries already linked in one part of a page (a fiche section, a question), so
/// that each term is linked once there, at its first occurrence.
pub type Linked = Rc<RefCell<Vec<&'static str>>>;

/// Starts a new part of a page where every term may be linked again.
pub fn new_part() -> Linked {
    Rc::default()
}

/// Text with its glossary terms linked to their definitions.
#[component]
pub fn LinkedText(text: &'static str, linked: Linked) -> impl IntoView {
    let glossary = expect_context::<&'static Glossary>();
    let segments = glossary.segments(text, &mut linked.borrow_mut());
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(plain) => plain.into_any(),
            Segment::Term(words, id) => view! {
                <a class="term" href=Route::Glossary { entry: Some(id.to_owned()) }.href()>{words}</a>
            }
            .into_any(),
        })
        .collect_view()
}

/// Element id of an entry's heading.
pub fn entry_heading_id(entry: &str) -> String {
    format!("terme-{entry}")
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    set_title("Glossaire");
    let glossary = expect_context::<&'static Glossary>();
    view! {
        <h1 tabindex="-1">"Glossaire"</h1>
        <p class="lead">"Les mots techniques de la fiche et du questionnaire, expliqués simplement."</p>
        <nav class="toc" aria-label="Mots du glossaire">
            <ul class="glossary-index">
                {glossary.entries.iter().map(|entry| view! {
                    <li><a href=Route::Glossary { entry: Some(entry.id.to_string()) }.href()>{entry.term.as_ref()}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {glossary.entries.iter().map(|entry| {
            let heading = entry_heading_id(&entry.id);
            let labelled_by = heading.clone();
            view! {
                <section class="glossary-entry" aria-labelledby=labelled_by>
                    <h2 id=heading tabindex="-1">{entry.term.as_ref()}</h2>
                    <p>{entry.definition.as_ref()}</p>
                    <p class="example">"Exemple : " {entry.example.as_ref()}</p>
                </section>
            }
        }).collect_view()}
    }
}
