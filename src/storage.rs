//! The only code that touches `localStorage`, through gloo-storage.
//!
//! gloo-storage panics (`expect_throw`) when `window.localStorage` throws (blocked
//! cookies, some private modes) or is null, and with `panic = "abort"` a panic is a
//! blank page. So every access first asks, in a way that cannot panic, whether storage
//! can be reached; when it cannot, the app runs in memory and says so. The words of
//! what it says are the model's (`model::document::notices`), and so are the steps that put
//! unreadable data aside without losing it (`model::document::aside`); this module only does the
//! I/O.

use gloo_storage::{LocalStorage, Storage};

use crate::model::document::aside::{self, Slots};
use crate::model::document::notices;
use crate::model::role::quiz::QuestionBank;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::model::classroom::kept_group::KeptGroup;
use crate::model::classroom::workshop::Workshop;
use crate::model::document::stored::{self, Document, Keys};

static KEYS: OnceLock<Keys> = OnceLock::new();

/// Set when unreadable data could not be put aside and stays under the document key:
/// nothing is saved there until the visitor erases it (`model::document::aside`).
static HELD: AtomicBool = AtomicBool::new(false);

/// The same for the facilitator's group, under its own key.
static GROUP_HELD: AtomicBool = AtomicBool::new(false);

/// Sets the keys from the role's storage key; call once, before anything else here.
pub fn use_storage_key(storage_key: &str) {
    _ = KEYS.set(Keys::of(storage_key));
}

/// The keys this app writes.
pub fn keys() -> &'static Keys {
    KEYS.get_or_init(|| Keys::of("app"))
}

/// What loading found, and what the visitor should be told about it.
pub struct Loaded {
    pub document: Option<Document>,
    pub notices: Vec<String>,
}

/// Whether `localStorage` can be reached, asked in a way that cannot panic.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The stored text under our key, if storage can be reached and holds some.
fn stored_text() -> Result<Option<String>, ()> {
    if !available() {
        return Err(());
    }
    LocalStorage::raw()
        .get_item(&keys().document)
        .map_err(|_| ())
}

/// Reads the stored document.
pub fn load(bank: &QuestionBank) -> Loaded {
    let mut notices = Vec::new();
    let text = match stored_text() {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded {
                document: None,
                notices,
            };
        }
        Err(()) => {
            notices.push(notices::UNAVAILABLE.to_owned());
            return Loaded {
                document: None,
                notices,
            };
        }
    };
    let document = match stored::read(&text, bank) {
        Ok((document, report)) => {
            notices.extend(notices::of_report(&report));
            Some(document)
        }
        Err(error) => {
            let aside = aside::put_aside(&mut Local, &keys().document, &keys().backup, &text);
            HELD.store(aside.holds_document_key(), Ordering::Relaxed);
            notices.push(notices::unreadable(&error, aside));
            None
        }
    };
    Loaded { document, notices }
}

/// `localStorage` as `model::document::aside` sees it.
struct Local;

impl Slots for Local {
    fn set(&mut self, key: &str, text: &str) -> bool {
        LocalStorage::raw().set_item(key, text).is_ok()
    }

    fn remove(&mut self, key: &str) {
        LocalStorage::delete(key);
    }
}

/// Writes the document; on failure, says why in words for the visitor. An empty
/// document (nothing started, no history) is stored as no key at all. Nothing is
/// written over unreadable data that could not be put aside.
pub fn save(document: &Document) -> Result<(), String> {
    if !available() {
        return Err(notices::UNAVAILABLE.to_owned());
    }
    if HELD.load(Ordering::Relaxed) {
        return Err(notices::HELD.to_owned());
    }
    let text = (!document.is_empty()).then(|| stored::write(document));
    write_or_remove(&keys().document, text, notices::QUOTA)
}

/// Writes `text` under `key`, or removes the key when there is nothing to keep; on
/// failure (a full quota, mostly), `failed`.
fn write_or_remove(key: &str, text: Option<String>, failed: &str) -> Result<(), String> {
    match text {
        None => {
            LocalStorage::delete(key);
            Ok(())
        }
        Some(text) => LocalStorage::raw()
            .set_item(key, &text)
            .map_err(|_| failed.to_owned()),
    }
}

/// The facilitator's workshop settings; the defaults when there are none or storage
/// cannot be reached.
pub fn load_workshop(bank: &QuestionBank) -> Workshop {
    if !available() {
        return Workshop::default();
    }
    match LocalStorage::raw().get_item(&keys().workshop) {
        Ok(Some(text)) => Workshop::read(&text, bank),
        _ => Workshop::default(),
    }
}

/// Writes the workshop settings; the defaults are stored as no key at all.
pub fn save_workshop(workshop: &Workshop) -> Result<(), String> {
    if !available() {
        return Err(notices::UNAVAILABLE.to_owned());
    }
    let text = (*workshop != Workshop::default()).then(|| workshop.write());
    write_or_remove(&keys().workshop, text, notices::QUOTA)
}

/// The facilitator's group, and what they should be told about it: an empty group when
/// there is none or storage cannot be reached; unreadable or newer data is put aside
/// (`model::document::aside`) and the group starts empty.
pub fn load_group() -> (KeptGroup, Option<String>) {
    if !available() {
        return (KeptGroup::default(), None);
    }
    let Ok(Some(text)) = LocalStorage::raw().get_item(&keys().group) else {
        return (KeptGroup::default(), None);
    };
    match KeptGroup::read(&text) {
        Ok(group) => (group, None),
        Err(error) => {
            let aside = aside::put_aside(&mut Local, &keys().group, &keys().group_backup, &text);
            GROUP_HELD.store(aside.holds_document_key(), Ordering::Relaxed);
            (
                KeptGroup::default(),
                Some(notices::group_unreadable(&error, aside)),
            )
        }
    }
}

/// Writes the facilitator's group; an empty group is stored as no key at all. Nothing
/// is written over an unreadable group that could not be put aside.
pub fn save_group(group: &KeptGroup) -> Result<(), String> {
    if !available() {
        return Err(notices::GROUP_NOT_SAVED.to_owned());
    }
    if GROUP_HELD.load(Ordering::Relaxed) {
        return Err(notices::GROUP_HELD.to_owned());
    }
    let text = (!group.is_empty()).then(|| group.write());
    write_or_remove(&keys().group, text, notices::GROUP_NOT_SAVED)
}

/// Removes what belongs to the person using the device (the document, the backup of
/// unreadable data, the flag of the eviction notice), and keeps the facilitator's
/// workshop settings and group.
pub fn clear_person() {
    if available() {
        LocalStorage::delete(&keys().document);
        LocalStorage::delete(&keys().backup);
        HELD.store(false, Ordering::Relaxed);
        // The next person has not been told that the browser may erase the storage.
        LocalStorage::delete(&keys().told_eviction);
    }
}

/// Removes every key the app wrote (the document, the workshop settings, the group, and
/// the backups of unreadable data). Returns whether storage could be reached.
pub fn clear_everything() -> bool {
    if !available() {
        return false;
    }
    let storage = LocalStorage::raw();
    let ours: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| keys().owns(key))
        .collect();
    for key in ours {
        LocalStorage::delete(key);
    }
    HELD.store(false, Ordering::Relaxed);
    GROUP_HELD.store(false, Ordering::Relaxed);
    true
}

/// Whether the visitor was told on this device that the browser may erase the storage.
pub fn told_eviction() -> bool {
    available()
        && matches!(
            LocalStorage::raw().get_item(&keys().told_eviction),
            Ok(Some(_))
        )
}

/// Remembers that the visitor was told.
pub fn remember_told_eviction() {
    if available() {
        _ = LocalStorage::raw().set_item(&keys().told_eviction, "1");
    }
}

/// Whether anything unreadable was kept aside.
pub fn has_backup() -> bool {
    available() && matches!(LocalStorage::raw().get_item(&keys().backup), Ok(Some(_)))
}
