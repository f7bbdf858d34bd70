//! The field where result codes are typed or pasted: its label, the input (one line for
//! one code, a text area for a group's codes) and the message that says why a code was
//! refused. The field is marked invalid and described by that message while there is
//! one, and may cap what it takes. Codes are shown and read as text, never as markup.

use leptos::prelude::*;

/// A labelled field for result codes, with its error message under it.
#[component]
pub fn CodeField(
    /// The field's id; the message's id is derived from it.
    id: &'static str,
    label: &'static str,
    /// What is typed in the field.
    text: RwSignal<String>,
    /// Why the code (or some lines) cannot be read, if so.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// Lines of a text area for several codes, one per line; one code when absent.
    #[prop(optional)]
    rows: Option<u32>,
    /// The most characters the field takes (`maxlength`): the browser cuts a longer
    /// paste there, so that the field never holds megabytes.
    #[prop(optional)]
    max_length: Option<usize>,
) -> impl IntoView {
    let error_id = format!("{id}-erreur");
    let described = error_id.clone();
    let attributes = view! {
        <{..}
            id=id
            spellcheck="false"
            autocomplete="off"
            autocapitalize="characters"
            maxlength=max_length
            prop:value=move || text.get()
            on:input=move |event| text.set(event_target_value(&event))
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
        />
    };
    let input = match rows {
        Some(rows) => view! { <textarea {..attributes} rows=rows></textarea> }.into_any(),
        None => view! { <input type="text" {..attributes}/> }.into_any(),
    };
    view! {
        <label for=id>{label}</label>
        {input}
        {move || error.get().map(|e| view! { <p id=error_id.clone() class="error" role="alert">{e}</p> })}
    }
}
