//! One answer of a radio group: a native radio inside its label, so that the whole line
//! is the target and screen readers read the label with the radio. The group itself is
//! the `fieldset` around the choices, with its `legend`.

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
    view! {
        <label class="choice">
            <input type="radio" name=name prop:checked=checked on:change=move |_| on_pick()/>
            <span>{label}</span>
        </label>
    }
}
