//! The quiz state shared by the quiz screens: the one [`Progress`] signal, loaded from
//! storage at start and saved after every change, and the notices for the visitor.

use leptos::prelude::*;

use crate::model::progress::Progress;
use crate::model::quiz::QuestionBank;
use crate::model::stored::Document;
use crate::storage;

/// Handles to the quiz state; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct QuizState {
    pub bank: &'static QuestionBank,
    /// The single source of truth of the attempt.
    pub progress: RwSignal<Progress>,
    /// Messages about storage and stored data, shown until dismissed.
    pub notices: RwSignal<Vec<String>>,
}

impl QuizState {
    /// Loads the stored progress and starts saving every change. Call once, in `App`.
    pub fn provide(bank: &'static QuestionBank) -> QuizState {
        let loaded = storage::load(bank);
        let state = QuizState {
            bank,
            progress: RwSignal::new(loaded.document.map(|d| d.progress).unwrap_or_default()),
            notices: RwSignal::new(loaded.notices),
        };
        Effect::watch(
            move || state.progress.get(),
            move |progress, _, _| {
                if let Err(message) = storage::save(&Document::new(bank, progress.clone())) {
                    state.notify(message);
                }
            },
            false,
        );
        provide_context(state);
        state
    }

    /// Adds a notice unless the same one is already shown.
    pub fn notify(&self, message: String) {
        self.notices.update(|n| {
            if !n.contains(&message) {
                n.push(message);
            }
        });
    }
}

/// The quiz state provided by `App`.
pub fn use_quiz() -> QuizState {
    expect_context::<QuizState>()
}

/// Goes to another screen by changing the URL fragment.
pub fn go(route: &crate::model::route::Route) {
    _ = window()
        .location()
        .set_hash(route.href().trim_start_matches('#'));
}
