//! The workshop state: the facilitator's settings (the form everyone takes, kiosk mode
//! and its idle delay) as a signal saved under its own key, the kiosk's clock, and the
//! "next person" action that wipes the current person from the device.

use leptos::prelude::*;

use crate::model::classroom::workshop::Workshop;
use crate::model::role::quiz::QuestionBank;
use crate::model::shell::route::Route;
use crate::storage;
use crate::ui::clock::now;
use crate::ui::nav::go;
use crate::ui::state::DocumentState;

/// Handles to the workshop settings and the kiosk's clock; cheap to copy.
#[derive(Clone, Copy)]
pub struct WorkshopState {
    pub settings: RwSignal<Workshop>,
    /// When the person at the device last did something, in milliseconds since 1970.
    pub last_activity: RwSignal<u64>,
}

impl WorkshopState {
    /// Loads the settings and saves every change. Call once, in `App`, after the quiz
    /// state (storage errors are shown with its notices).
    pub fn provide(bank: &'static QuestionBank, quiz: DocumentState) -> WorkshopState {
        let state = WorkshopState {
            settings: RwSignal::new(storage::load_workshop(bank)),
            last_activity: RwSignal::new(now()),
        };
        Effect::watch(
            move || state.settings.get(),
            move |settings, _, _| {
                if let Err(message) = storage::save_workshop(settings) {
                    quiz.notify(message);
                }
            },
            false,
        );
        provide_context(state);
        state
    }
}

/// The workshop state provided by `App`.
pub fn use_workshop() -> WorkshopState {
    expect_context::<WorkshopState>()
}

/// Removes the current person's answers, results, display choices and notices from the
/// device, keeps the workshop settings, and goes back to the start.
pub fn next_person(quiz: DocumentState) {
    quiz.replace(None);
    quiz.notices.set(Vec::new());
    storage::clear_person();
    go(&Route::Home);
}
