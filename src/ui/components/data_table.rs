//! A data table that may scroll sideways on a narrow screen (WCAG 1.4.10 exempts data
//! tables from reflow). Its region takes the focus, so that the keyboard can scroll it,
//! and is named by the table's caption. The caption, the column headers and the region
//! are written once, here; a screen gives the rows.

use leptos::prelude::*;

/// A `<table>` with its caption and one row of column headers, in a scrolling region;
/// the children are the body's rows.
#[component]
pub fn DataTable(
    /// The table's classes (its look).
    class: &'static str,
    /// What the table shows; it also names the region.
    #[prop(into)]
    caption: String,
    /// The column headers, in order.
    #[prop(into)]
    columns: Vec<&'static str>,
    /// Whether the caption is for assistive technologies only, because a visible
    /// heading already says it.
    #[prop(optional)]
    caption_hidden: bool,
    children: Children,
) -> impl IntoView {
    let region = caption.clone();
    view! {
        <div class="table-scroll" role="region" aria-label=region tabindex="0">
            <table class=class>
                <caption class:visually-hidden=caption_hidden>{caption}</caption>
                <thead>
                    <tr>{columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
