//! Data texts with their markup drawn: each passage in another language in a
//! `<span lang="…">`, so that screen readers switch pronunciation, and each quotation in
//! a `<q>` (see [`crate::model::base::language`]).

use leptos::prelude::*;

use crate::model::base::language::{Span, spans};

/// A data text, its marked passages in their own language.
#[component]
pub fn LangText(text: &'static str) -> impl IntoView {
    spans(text).into_iter().map(span_view).collect_view()
}

/// One piece of a text: plain text in the page's language, a `<span lang>` or a `<q>`.
pub fn span_view(span: Span<'static>) -> AnyView {
    match span {
        Span::Page(text) => text.into_any(),
        Span::Other { lang, text } => view! { <span lang=lang>{text}</span> }.into_any(),
        Span::Quote(text) => view! { <q>{text}</q> }.into_any(),
    }
}
