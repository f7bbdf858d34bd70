//! Kiosk mode's watch: notes every interaction, and when nobody has touched the device
//! for the facilitator's delay, shows a countdown for the last thirty seconds (its
//! sentence true to 10 seconds, see `model::classroom::workshop::time_left_sentence`), then
//! wipes the person's data ("Personne suivante") and goes back to the start. Any
//! interaction cancels the countdown. The decisions are `model::classroom::workshop::Workshop::idle`
//! and, for whether there is anything to wipe, `model::document::stored::Document::is_empty`.
//!
//! The warning is an alert dialog named by its question and described by its sentence.
//! It takes the focus (on « Je suis là, continuer ») when it appears, and gives it back
//! to where it was when it goes. The style keeps it inside the screen at any zoom: it
//! scrolls inside rather than start above the top.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::wasm_bindgen::JsCast;

use leptos::prelude::*;

use crate::model::classroom::workshop::{Idle, time_left_sentence};
use crate::model::shell::route::Route;
use crate::ui::clock::now;
use crate::ui::nav::focus_id_later;
use crate::ui::state::use_document;
use crate::ui::workshop_state::next_person;
use crate::ui::workshop_state::use_workshop;

/// The ids of the warning's parts.
const TITLE_ID: &str = "kiosque-question";
const SENTENCE_ID: &str = "kiosque-phrase";
const BUTTON_ID: &str = "kiosque-continuer";

/// What counts as someone using the device.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "input", "wheel", "touchstart"];

#[component]
pub fn KioskWatch(route: ReadSignal<Route>) -> impl IntoView {
    let quiz = use_document();
    let workshop = use_workshop();
    let clock = RwSignal::new(now());
    let handles: Vec<_> = ACTIVITY
        .iter()
        .map(|name| window_event_listener_untyped(name, move |_| workshop.last_activity.set(now())))
        .collect();
    let interval = set_interval_with_handle(move || clock.set(now()), Duration::from_secs(1));
    on_cleanup(move || {
        handles.into_iter().for_each(|h| h.remove());
        if let Ok(interval) = interval {
            interval.clear();
        }
    });

    // Only a device with something of a person on it needs wiping: a screen other than
    // the start, or anything in their document (`Document::is_empty`).
    let has_trace =
        move || route.with(|r| *r != Route::Home) || quiz.document.with(|d| !d.is_empty());
    let idle = Memo::new(move |_| {
        let state = workshop
            .settings
            .with(|w| w.idle(workshop.last_activity.get(), clock.get()));
        if has_trace() { state } else { Idle::Active }
    });
    Effect::new(move || {
        if idle.get() == Idle::Expired {
            workshop.last_activity.set(now());
            next_person(quiz);
            quiz.notify(
                "L'appareil est resté inutilisé : les réponses de la personne précédente ont été effacées."
                    .to_owned(),
            );
        }
    });

    // The warning is drawn once when it appears: only its texts change while it
    // shows, so that it is not announced again every second and the button keeps the
    // focus. The sentence changes at 10-second steps (a live region says it again),
    // the figure every second (hidden from screen readers).
    let seconds_left = Memo::new(move |_| match idle.get() {
        Idle::Warning { seconds_left } => Some(seconds_left),
        _ => None,
    });
    let warning = Memo::new(move |_| seconds_left.get().is_some());
    let sentence = Memo::new(move |_| seconds_left.get().map(time_left_sentence));

    // The focus goes to the warning's button when it appears (the dialog's name and
    // sentence are announced with it), and back to where it was when it goes.
    let returns_to = Rc::new(RefCell::new(None::<web_sys::HtmlElement>));
    Effect::new(move |shown_before: Option<bool>| {
        let shown = warning.get();
        if shown && shown_before != Some(true) {
            *returns_to.borrow_mut() = document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            focus_id_later(BUTTON_ID.to_owned());
        } else if !shown
            && shown_before == Some(true)
            && let Some(element) = returns_to.borrow_mut().take().filter(|e| e.is_connected())
        {
            _ = element.focus();
        }
        shown
    });

    move || {
        warning.get().then(|| {
            view! {
                <div
                    class="kiosk-warning"
                    role="alertdialog"
                    aria-labelledby=TITLE_ID
                    aria-describedby=SENTENCE_ID
                >
                    <p id=TITLE_ID><strong>"Quelqu'un est encore là ?"</strong></p>
                    <p id=SENTENCE_ID aria-live="assertive">{move || sentence.get()}</p>
                    <p class="kiosk-countdown" aria-hidden="true">{move || seconds_left.get()} " s"</p>
                    <button
                        type="button"
                        id=BUTTON_ID
                        class="button primary"
                        on:click=move |_| workshop.last_activity.set(now())
                    >
                        "Je suis là, continuer"
                    </button>
                </div>
            }
        })
    }
}
