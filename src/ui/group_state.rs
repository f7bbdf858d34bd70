//! The facilitator's group kept on the device (`model::classroom::kept_group`), for the
//! group view: one signal, loaded from storage when the view opens, saved at each
//! change, and merged with what other tabs write (the `storage` event) while the view
//! is open. Its notices join the document's.

use leptos::ev;
use leptos::prelude::*;

use crate::model::classroom::kept_group::KeptGroup;
use crate::storage;
use crate::ui::state::DocumentState;

/// Handles to the kept group; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct GroupState {
    pub group: RwSignal<KeptGroup>,
    /// Where storage problems are told.
    quiz: DocumentState,
}

impl GroupState {
    /// Loads the kept group and follows other tabs until the calling view closes.
    pub fn open(quiz: DocumentState) -> GroupState {
        let (group, notice) = storage::load_group();
        if let Some(notice) = notice {
            quiz.notify(notice);
        }
        let state = GroupState {
            group: RwSignal::new(group),
            quiz,
        };
        let listener = window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() == Some(storage::keys().group.as_str()) {
                state.follow_other_tab(event.new_value());
            }
        });
        on_cleanup(move || listener.remove());
        state
    }

    /// Changes the group and saves it at once.
    pub fn change<T>(&self, change: impl FnOnce(&mut KeptGroup) -> T) -> Option<T> {
        let result = self.group.try_update(change);
        self.save();
        result
    }

    fn save(&self) {
        if let Err(message) = self.group.with_untracked(storage::save_group) {
            self.quiz.notify(message);
        }
    }

    /// Another tab wrote the group: keep the union of both (written back when ours had
    /// more), or nothing when it was emptied or erased there.
    fn follow_other_tab(&self, text: Option<String>) {
        let Some(text) = text else {
            self.group.set(KeptGroup::default());
            return;
        };
        let Ok(theirs) = KeptGroup::read(&text) else {
            return;
        };
        let merged = self.group.with_untracked(|mine| mine.merge(&theirs));
        if self.group.with_untracked(|mine| *mine != merged) {
            self.group.set(merged.clone());
        }
        if merged != theirs {
            self.save();
        }
    }
}
