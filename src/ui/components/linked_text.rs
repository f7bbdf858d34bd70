//! Texts whose technical words link to their glossary definition: the first occurrence
//! of each term in a part of a page (a fiche section, a question). Passages in another
//! language are marked as [`LangText`](super::lang_text::LangText) marks them, and are
//! not searched for terms.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::model::base::language::{Span, spans};
use crate::model::role::glossary::Segment;
use crate::model::shell::route::Route;
use crate::ui::components::lang_text::span_view;
use crate::ui::content::use_content;

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
    let glossary = use_content().glossary;
    let mut linked = linked.borrow_mut();
    let mut views = Vec::new();
    for span in spans(text) {
        let Span::Page(page) = span else {
            views.push(span_view(span));
            continue;
        };
        views.extend(glossary.segments(page, &mut linked).into_iter().map(|segment| match segment {
            Segment::Text(plain) => plain.into_any(),
            Segment::Term(words, id) => view! {
                <a class="term" href=Route::Glossary { entry: Some(id.to_owned()) }.href()>{words}</a>
            }
            .into_any(),
        }));
    }
    views
}
