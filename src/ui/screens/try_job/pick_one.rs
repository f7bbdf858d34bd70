//! The exercises where one answer is chosen among several: a line of a server's log
//! (shown as a list of choices, not an image, so that screen readers read each line),
//! or what a response of an API lacks (shown with the response and the screen it
//! feeds).

use leptos::prelude::*;

use crate::ui::components::choice::Choice;

/// One radio per line of `texts`, in a fieldset: the lines of an exercise, or the
/// labels of a rating.
#[component]
pub fn PickOne(
    /// The radios' group name, unique on the screen.
    name: &'static str,
    legend: &'static str,
    texts: Vec<&'static str>,
    /// Shown as code (a log's lines) rather than as prose.
    #[prop(optional)]
    code: bool,
    /// The index picked, if any.
    chosen: Signal<Option<u8>>,
    #[prop(into)] on_pick: Callback<u8>,
    /// The id of a message about the group (« Choisis d'abord une réponse »), while
    /// there is one.
    #[prop(optional)]
    described_by: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    view! {
        <fieldset
            class="pick-one"
            class:code-lines=code
            aria-describedby=move || described_by.and_then(|id| id.get())
        >
            <legend>{legend}</legend>
            <div class="choices">
                {texts.into_iter().enumerate().map(|(i, text)| {
                    let i = i as u8;
                    view! {
                        <Choice
                            name=name.to_owned()
                            label=text.to_owned()
                            checked=move || chosen.get() == Some(i)
                            on_pick=move || on_pick.run(i)
                        />
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// What a spot-the-field exercise shows before its choices: the API's response as
/// code, and what the screen it feeds must show.
#[component]
pub fn ResponseAndScreen(response: &'static str, screen: Vec<&'static str>) -> impl IntoView {
    view! {
        <div class="response-and-screen">
            <figure class="api-response">
                <figcaption>"La réponse de l'API (en JSON)"</figcaption>
                <pre tabindex="0"><code>{response}</code></pre>
            </figure>
            <figure class="app-screen">
                <figcaption>"Ce que l'écran de l'appli doit afficher"</figcaption>
                <ul>{screen.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </figure>
        </div>
    }
}
