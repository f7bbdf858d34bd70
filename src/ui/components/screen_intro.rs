//! The opening of a screen: its `<h1>`, which takes the focus after each navigation
//! (`ui::nav`), and the lead paragraph under it. Screens whose title stands alone, or
//! changes as the visitor goes, write their own `<h1 tabindex="-1">`.

use leptos::prelude::*;

/// The screen's title and its lead paragraph (the children).
#[component]
pub fn ScreenIntro(
    /// The screen's title.
    #[prop(into)]
    title: String,
    /// More classes for the lead paragraph, if any.
    #[prop(optional)]
    lead_class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let class = match lead_class {
        Some(more) => format!("lead {more}"),
        None => "lead".to_owned(),
    };
    view! {
        <h1 tabindex="-1">{title}</h1>
        <p class=class>{children()}</p>
    }
}
