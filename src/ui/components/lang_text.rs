//! Data texts with their passages in another language marked up: each passage in a
//! `<span lang="…">`, so that screen readers switch pronunciation (see
//! [`crate::model::language`]).

use leptos::prelude::*;

use crate::model::language::{Span, spans};

/// A data text, its marked passages in their own language.
#[component]
pub fn LangText(text: &'static str) -> impl IntoView {
    spans(text).into_iter().map(span_view).collect_view()
}

/// One piece of a text: plain text in the page's language, or a `<span lang>`.
pub fn span_view(span: Span<'static>) -> AnyView {
    match span {
        Span::Page(text) => text.into_any(),
        Span::Other { lang, text } => view! { <span lang=lang>{text}</span> }.into_any(),
    }
}
