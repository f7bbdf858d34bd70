//! The notices about storage and stored data, each dismissible. They all say that
//! something went wrong with the visitor's data, so they are alerts (RGAA 7.5). Once
//! one is dismissed, its button is gone: the focus goes to the screen's `h1` rather
//! than fall back to the page's body.

use leptos::prelude::*;

use crate::ui::nav::focus_heading;
use crate::ui::state::use_document;

#[component]
pub fn Notices() -> impl IntoView {
    let quiz = use_document();
    view! {
        <div class="notices" role="alert">
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
                                on:click=move |_| {
                                    quiz.notices.update(|n| n.retain(|t| *t != dismissed));
                                    focus_heading();
                                }
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
