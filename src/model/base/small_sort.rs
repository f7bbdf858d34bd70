//! A stable sort for the short lists the model orders (a few dozen items at most: a
//! form's answers, a bank's dimensions, a group's RIASEC codes, twenty attempts).
//!
//! The standard library's stable sort is built for large slices; in the wasm it weighs
//! about 3.5 KB per element type, and the model sorts seven types. This insertion sort
//! is quadratic, which costs nothing at these lengths, and weighs a few hundred bytes.
//! For the same reason, maps are built by [`collect_map`] rather than `collect()`.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Sorts `items` by `compare`, keeping the order of equal items.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j], &items[j - 1]) == Ordering::Less {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives, keeping the order of items with equal keys.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Collects pairs into a map, the last value of a key winning, like `collect()`; but
/// `collect()` into a `BTreeMap` first sorts the pairs with the standard stable sort,
/// one more copy of it per pair type, where inserting one by one needs none.
pub fn collect_map<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    map
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..80)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |(k, _)| *k);
            let mut theirs = items;
            theirs.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn collects_maps_like_collect(pairs in proptest::collection::vec((0u8..10, any::<u16>()), 0..40)) {
            let theirs: BTreeMap<u8, u16> = pairs.iter().copied().collect();
            prop_assert_eq!(collect_map(pairs), theirs);
        }
    }
}
