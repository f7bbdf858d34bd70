//! The outcome of an action (a copy, a download, an erase), said where the action is:
//! a success politely (`role="status"`), a failure at once (`role="alert"`, RGAA 7.5).
//! Both regions are in the page from the start, so that screen readers follow them.

use leptos::prelude::*;

/// What an action gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done(String),
    Failed(String),
}

/// The two live regions of an action's outcome.
#[component]
pub fn StatusLine(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let done = move || match outcome.get() {
        Some(Outcome::Done(text)) => Some(text),
        _ => None,
    };
    let failed = move || match outcome.get() {
        Some(Outcome::Failed(text)) => Some(text),
        _ => None,
    };
    view! {
        <p class="status no-print" role="status">{done}</p>
        <p class="status no-print" role="alert">{failed}</p>
    }
}
