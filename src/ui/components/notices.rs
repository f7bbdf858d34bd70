//! The notices about storage and stored data, each dismissible, announced politely.

use leptos::prelude::*;

use crate::ui::state::use_quiz;

#[component]
pub fn Notices() -> impl IntoView {
    let quiz = use_quiz();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || quiz.notices.get().into_iter().enumerate()
                key=|(_, text)| text.clone()
                children=move |(_, text)| {
                    let dismissed = text.clone();
                    view! {
                        <div class="notice">
                            <p>{text}</p>
                            <button
                                type="button"
                                class="button small"
                                on:click=move |_| quiz.notices.update(|n| n.retain(|t| *t != dismissed))
                            >
                                "J'ai compris"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
