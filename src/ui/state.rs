//! The quiz state shared by the screens (this module and the workshop state are the
//! shell's state; screens and components read them): the current attempt's [`Progress`] and the
//! history of finished attempts, loaded from storage at start, saved after every change,
//! and kept consistent with other tabs through the `storage` event; plus the notices
//! for the visitor.

use leptos::ev;
use leptos::prelude::*;

use crate::model::history::Attempt;
use crate::model::progress::Progress;
use crate::model::quiz::QuestionBank;
use crate::model::settings::Settings;
use crate::model::stored::{self, Document};
use crate::storage;
use crate::ui::clock::now;

/// Handles to the quiz state; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct QuizState {
    pub bank: &'static QuestionBank,
    /// The single source of truth of the current attempt.
    pub progress: RwSignal<Progress>,
    /// Finished attempts, oldest first.
    pub history: RwSignal<Vec<Attempt>>,
    /// Display settings, applied to the document root.
    pub settings: RwSignal<Settings>,
    /// Messages about storage and stored data, shown until dismissed.
    pub notices: RwSignal<Vec<String>>,
}

impl QuizState {
    /// Loads the stored document, starts saving every change, and follows the changes
    /// other tabs make. Call once, in `App`.
    pub fn provide(bank: &'static QuestionBank) -> QuizState {
        let loaded = storage::load(bank);
        let (progress, history, settings) = loaded
            .document
            .map(|d| (d.progress, d.history, d.settings))
            .unwrap_or_default();
        let state = QuizState {
            bank,
            progress: RwSignal::new(progress),
            history: RwSignal::new(history),
            settings: RwSignal::new(settings),
            notices: RwSignal::new(loaded.notices),
        };
        Effect::new(move || apply(state.settings.get()));
        Effect::watch(
            move || state.document(),
            move |document, _, _| {
                if let Err(message) = storage::save(document) {
                    state.notify(message);
                }
            },
            false,
        );
        let listener = window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() == Some(storage::keys().document.as_str()) {
                state.follow_other_tab(event.new_value());
            }
        });
        on_cleanup(move || listener.remove());
        provide_context(state);
        state
    }

    /// The document to store.
    pub fn document(&self) -> Document {
        Document::new(
            self.bank,
            self.progress.get(),
            self.history.get(),
            self.settings.get(),
        )
    }

    /// Replaces everything by `document` (an import), or by nothing (an erase).
    pub fn replace(&self, document: Option<Document>) {
        let document = document.unwrap_or_else(|| {
            Document::new(
                self.bank,
                Progress::default(),
                Vec::new(),
                Settings::default(),
            )
        });
        self.progress.set(document.progress);
        self.history.set(document.history);
        self.settings.set(document.settings);
    }

    /// The document as it stands, without subscribing to it.
    fn current(&self) -> Document {
        Document::new(
            self.bank,
            self.progress.get_untracked(),
            self.history.get_untracked(),
            self.settings.get_untracked(),
        )
    }

    /// Puts `document` in the signals, touching only those that change, so that a
    /// merge that changes nothing writes nothing back.
    fn set(&self, document: Document) {
        if self.progress.with_untracked(|p| *p != document.progress) {
            self.progress.set(document.progress);
        }
        if self.history.with_untracked(|h| *h != document.history) {
            self.history.set(document.history);
        }
        if self.settings.get_untracked() != document.settings {
            self.settings.set(document.settings);
        }
    }

    /// Another tab wrote (or erased) the stored document: merge it with ours so that
    /// no answer is lost and its display settings are kept (`Document::merge`).
    fn follow_other_tab(&self, text: Option<String>) {
        let Some(text) = text else {
            // Everything was erased in another tab.
            self.replace(None);
            return;
        };
        let Ok((theirs, _)) = stored::read(&text, self.bank) else {
            return;
        };
        self.set(self.current().merge(&theirs));
    }

    /// Marks the attempt finished and records its summary in the history
    /// (`Document::finish`).
    pub fn finish(&self) {
        let mut document = self.current();
        document.finish(self.bank, now());
        self.set(document);
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

/// Puts the display settings on `<html>`: `data-theme` and the classes the stylesheet
/// reads.
fn apply(settings: Settings) {
    let Some(root) = document().document_element() else {
        return;
    };
    _ = match settings.theme_attribute() {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
    root.set_class_name(&settings.classes());
}

/// The quiz state provided by `App`.
pub fn use_quiz() -> QuizState {
    expect_context::<QuizState>()
}
