//! The document state shared by the screens (this module and the workshop state are the
//! shell's state; screens and components read them): one signal of the stored
//! [`Document`] (the current attempt, the history of finished attempts, the display
//! settings, the activities tried), loaded from storage at start, saved after every change, and kept
//! consistent with other tabs through the `storage` event; memos of its parts for
//! reading; and the notices for the visitor.

use leptos::ev;
use leptos::prelude::*;

use crate::model::assessment::progress::Progress;
use crate::model::document::history::Attempt;
use crate::model::document::settings::Settings;
use crate::model::document::stored::{self, Document};
use crate::model::document::tried::{Record, Tried};
use crate::model::role::quiz::QuestionBank;
use crate::storage;
use crate::ui::clock::now;

/// Handles to the stored document and its parts; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct DocumentState {
    /// The bank stored documents are read against (screens take it from
    /// [`crate::ui::content::Content`]).
    bank: &'static QuestionBank,
    /// The single source of truth: the stored document, as the model defines it.
    pub document: RwSignal<Document>,
    /// Its parts, for reading: each one notifies only when it changes.
    pub progress: Memo<Progress>,
    pub history: Memo<Vec<Attempt>>,
    pub settings: Memo<Settings>,
    pub tried: Memo<Tried>,
    /// Messages about storage and stored data, shown until dismissed.
    pub notices: RwSignal<Vec<String>>,
}

impl DocumentState {
    /// Loads the stored document, starts saving every change, and follows the changes
    /// other tabs make. Call once, in `App`.
    pub fn provide(bank: &'static QuestionBank) -> DocumentState {
        let loaded = storage::load(bank);
        let document = RwSignal::new(loaded.document.unwrap_or_else(|| empty(bank)));
        let state = DocumentState {
            bank,
            document,
            progress: Memo::new(move |_| document.with(|d| d.progress.clone())),
            history: Memo::new(move |_| document.with(|d| d.history.clone())),
            settings: Memo::new(move |_| document.with(|d| d.settings)),
            tried: Memo::new(move |_| document.with(|d| d.tried.clone())),
            notices: RwSignal::new(loaded.notices),
        };
        Effect::new(move || apply(state.settings.get()));
        Effect::watch(
            move || document.get(),
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

    /// Changes the current attempt.
    pub fn update_progress(&self, change: impl FnOnce(&mut Progress)) {
        self.document.update(|d| change(&mut d.progress));
    }

    /// Changes what is kept of one activity (opened at its first change), and when.
    pub fn update_tried(&self, activity: &str, change: impl FnOnce(&mut Record)) {
        let at = now();
        self.document.update(|d| {
            let record = d.tried.entry(activity.to_owned()).or_default();
            change(record);
            record.updated_at = at;
        });
    }

    /// Changes the display settings.
    pub fn update_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.document.update(|d| change(&mut d.settings));
    }

    /// Replaces everything by `document` (an import), or by nothing (an erase).
    pub fn replace(&self, document: Option<Document>) {
        self.document
            .set(document.unwrap_or_else(|| empty(self.bank)));
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
        let merged = self.document.with_untracked(|mine| mine.merge(&theirs));
        if self.document.with_untracked(|mine| *mine != merged) {
            self.document.set(merged);
        }
    }

    /// Marks the attempt finished and records its summary in the history
    /// (`Document::finish`).
    pub fn finish(&self) {
        let at = now();
        self.document.update(|d| d.finish(self.bank, at));
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

/// A document with nothing in it.
fn empty(bank: &QuestionBank) -> Document {
    Document::new(bank, Progress::default(), Vec::new(), Settings::default())
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

/// The document state provided by `App`.
pub fn use_document() -> DocumentState {
    expect_context::<DocumentState>()
}
