//! One answer of a radio group: a native radio inside its label, so that the whole line
//! is the target and screen readers read the label with the radio. The group itself is
//! the `fieldset` around the choices, with its `legend`. The label also names its radio
//! by `for`, as RGAA 11.1 asks, with an id unique in the page.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

#[component]
pub fn Choice<Checked, Pick>(
    /// The group's name, shared by its radios.
    name: String,
    label: String,
    /// Whether this answer is the one chosen now.
    checked: Checked,
    /// What choosing it does.
    on_pick: Pick,
) -> impl IntoView
where
    Checked: Fn() -> bool + Send + Sync + 'static,
    Pick: Fn() + 'static,
{
    static DRAWN: AtomicUsize = AtomicUsize::new(0);
    let id = format!("choix-{}", DRAWN.fetch_add(1, Ordering::Relaxed));
    let input_id = id.clone();
    view! {
        <label class="choice" for=id>
            <input type="radio" id=input_id name=name prop:checked=checked on:change=move |_| on_pick()/>
            <span>{label}</span>
        </label>
    }
}
