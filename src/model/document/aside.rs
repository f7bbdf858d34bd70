//! Unreadable stored data put aside under a backup key, so that it is never lost:
//! the order of the steps, and what each failure leaves. The same plan serves the
//! document (`Keys::backup`) and the facilitator's group (`Keys::group_backup`).
//!
//! The backup key is longer than the key it backs up (`.sauvegarde`, 11 characters), so
//! with less than a copy's room left even a move can fail: the browser counts keys
//! against its quota too. The original is therefore removed only to make room for its
//! backup, and written back if the backup still does not fit. [`Slots`] is the storage
//! as this plan sees it; `storage.rs` gives it `localStorage`, the tests a fake with a
//! quota.

/// Storage as the plan needs it: keys that hold text.
pub trait Slots {
    /// Writes `text` under `key`; `false` when the browser refused (a full storage).
    fn set(&mut self, key: &str, text: &str) -> bool;
    /// Removes `key` and what it holds.
    fn remove(&mut self, key: &str);
}

/// Where the unreadable text is after [`put_aside`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aside {
    /// Copied under the backup key; the document key is free for the new document.
    Copied,
    /// No room for a copy: moved under the backup key (the document key freed first).
    Moved,
    /// No room under the backup key even for a move: still under the document key,
    /// which must not be written over during this visit.
    LeftInPlace,
    /// Neither key could be written (a storage that refuses every write): lost.
    Lost,
}

impl Aside {
    /// Whether the document key still holds the unreadable text and no copy exists,
    /// so that saving a new document there would lose it.
    pub fn holds_document_key(self) -> bool {
        self == Aside::LeftInPlace
    }

    /// Whether the text is kept somewhere.
    pub fn kept(self) -> bool {
        self != Aside::Lost
    }
}

/// Puts `text`, read from `key` and found unreadable, under `backup`: a copy if there
/// is room; otherwise the original is removed to make room and the backup written; if
/// it still does not fit, the original is written back.
pub fn put_aside(slots: &mut impl Slots, key: &str, backup: &str, text: &str) -> Aside {
    if slots.set(backup, text) {
        return Aside::Copied;
    }
    slots.remove(key);
    if slots.set(backup, text) {
        return Aside::Moved;
    }
    if slots.set(key, text) {
        return Aside::LeftInPlace;
    }
    Aside::Lost
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::stored::Keys;
    use std::collections::BTreeMap;

    /// A storage with a quota in characters, counting keys and values, as browsers do.
    struct Quota {
        quota: usize,
        items: BTreeMap<String, String>,
        /// Refuses every write, whatever the room (a storage that broke after reading).
        refuses: bool,
    }

    impl Quota {
        fn used(&self) -> usize {
            self.items
                .iter()
                .map(|(k, v)| k.chars().count() + v.chars().count())
                .sum()
        }

        /// A storage holding `text` under the document key and filled with another
        /// site's key up to `left` characters of its quota.
        fn filled(keys: &Keys, text: &str, left: usize) -> Quota {
            let mut store = Quota {
                quota: 10_000,
                items: BTreeMap::new(),
                refuses: false,
            };
            store.items.insert(keys.document.clone(), text.to_owned());
            let filler = store.quota - store.used() - "autre".len() - left;
            store.items.insert("autre".into(), "x".repeat(filler));
            assert_eq!(store.quota - store.used(), left);
            store
        }
    }

    impl Slots for Quota {
        fn set(&mut self, key: &str, text: &str) -> bool {
            let before = self.items.insert(key.to_owned(), text.to_owned());
            if self.used() <= self.quota && !self.refuses {
                return true;
            }
            match before {
                Some(old) => self.items.insert(key.to_owned(), old),
                None => self.items.remove(key),
            };
            false
        }

        fn remove(&mut self, key: &str) {
            self.items.remove(key);
        }
    }

    const TEXT: &str = "{pas du json, mais à garder";

    fn keys() -> Keys {
        Keys::of("metier-back-end")
    }

    fn at(store: &Quota, key: &str) -> Option<String> {
        store.items.get(key).cloned()
    }

    #[test]
    fn with_room_for_a_copy_the_text_is_copied() {
        let keys = keys();
        let mut store = Quota::filled(&keys, TEXT, 1_000);
        assert_eq!(
            put_aside(&mut store, &keys.document, &keys.backup, TEXT),
            Aside::Copied
        );
        assert_eq!(at(&store, &keys.backup).as_deref(), Some(TEXT));
        assert!(!Aside::Copied.holds_document_key());
    }

    #[test]
    fn with_room_for_the_longer_key_only_the_text_is_moved() {
        let keys = keys();
        // Less than a copy, but the 11 characters the backup key adds.
        let mut store = Quota::filled(&keys, TEXT, 11);
        assert_eq!(
            put_aside(&mut store, &keys.document, &keys.backup, TEXT),
            Aside::Moved
        );
        assert_eq!(at(&store, &keys.backup).as_deref(), Some(TEXT));
        assert_eq!(at(&store, &keys.document), None);
    }

    #[test]
    fn within_a_few_characters_of_the_quota_the_original_stays() {
        let keys = keys();
        for left in 0..11 {
            let mut store = Quota::filled(&keys, TEXT, left);
            let aside = put_aside(&mut store, &keys.document, &keys.backup, TEXT);
            assert_eq!(aside, Aside::LeftInPlace, "{left} characters left");
            assert!(aside.holds_document_key() && aside.kept());
            assert_eq!(at(&store, &keys.document).as_deref(), Some(TEXT));
            assert_eq!(at(&store, &keys.backup), None);
        }
    }

    #[test]
    fn a_storage_that_refuses_every_write_is_said_to_have_lost_it() {
        let keys = keys();
        let mut store = Quota::filled(&keys, TEXT, 1_000);
        store.refuses = true;
        let aside = put_aside(&mut store, &keys.document, &keys.backup, TEXT);
        assert_eq!(aside, Aside::Lost);
        assert!(!aside.kept() && !aside.holds_document_key());
    }
}
