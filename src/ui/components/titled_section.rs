//! A titled section: a `<section>` named by its `<h2>`, so that screen readers list it
//! as a region under that name. The heading's id and the section's `aria-labelledby`
//! are written once, here, and cannot drift apart.

use leptos::prelude::*;

/// A `<section>` whose `<h2>` names it.
#[component]
pub fn TitledSection(
    /// The heading's id, unique on the screen.
    id: &'static str,
    /// The heading's text.
    title: &'static str,
    /// Classes of the section, if any.
    #[prop(optional)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {children()}
        </section>
    }
}
