//! Kiosk mode's watch: notes every interaction, and when nobody has touched the device
//! for the facilitator's delay, shows a countdown for the last thirty seconds (its
//! sentence true to 10 seconds, see `model::workshop::time_left_sentence`), then
//! wipes the person's data ("Personne suivante") and goes back to the start. Any
//! interaction cancels the countdown. The decisions are `model::workshop::Workshop::idle`
//! and, for whether there is anything to wipe, `model::stored::Document::is_empty`.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::workshop::{Idle, time_left_sentence};
use crate::ui::clock::now;
use crate::ui::state::use_quiz;
use crate::ui::workshop_state::next_person;
use crate::ui::workshop_state::use_workshop;

/// What counts as someone using the device.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "input", "wheel", "touchstart"];

#[component]
pub fn KioskWatch(route: ReadSignal<Route>) -> impl IntoView {
    let quiz = use_quiz();
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
    // shows, so that the alert is not announced again every second and the button
    // keeps the focus. The sentence changes at 10-second steps, the figure every
    // second (hidden from screen readers).
    let seconds_left = Memo::new(move |_| match idle.get() {
        Idle::Warning { seconds_left } => Some(seconds_left),
        _ => None,
    });
    let warning = Memo::new(move |_| seconds_left.get().is_some());
    let sentence = Memo::new(move |_| seconds_left.get().map(time_left_sentence));
    move || {
        warning.get().then(|| {
            view! {
                <div class="kiosk-warning" role="alert">
                    <p><strong>"Quelqu'un est encore là ?"</strong></p>
                    <p>{move || sentence.get()}</p>
                    <p class="kiosk-countdown" aria-hidden="true">{move || seconds_left.get()} " s"</p>
                    <button type="button" class="button primary" on:click=move |_| workshop.last_activity.set(now())>
                        "Je suis là, continuer"
                    </button>
                </div>
            }
        })
    }
}
