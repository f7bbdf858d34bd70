//! Seeded shuffling: the order in which a situation's options are shown, and the small
//! random generator behind it (also used to simulate respondents in the calibration).
//!
//! The order of a situation's options is drawn once per attempt and item, from the
//! attempt's start time and the item's id: a reload, the stored document and another
//! tab show the same order, and a new attempt shows another. Answers keep the option's
//! index in the data, never its place on the screen, so stored answers and result codes
//! do not depend on the order.

/// SplitMix64: small, seeded, statistically good enough to shuffle and simulate.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0), without the bias of a plain modulo.
    pub fn below(&mut self, n: u64) -> u64 {
        let n = n.max(1);
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }
}

/// FNV-1a of a text: an item's id as a number.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
    })
}

/// The indices `0..len` in the order an attempt started at `seed` shows the options of
/// the item `item_id` (Fisher–Yates).
pub fn option_order(seed: u64, item_id: &str, len: usize) -> Vec<u8> {
    let mut order: Vec<u8> = (0..len.min(usize::from(u8::MAX)) as u8).collect();
    let mut rng = Rng::new(seed ^ fnv1a(item_id));
    for i in (1..order.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        order.swap(i, j);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_order_is_a_permutation_and_the_same_for_the_same_attempt() {
        for seed in [0, 1, 1_763_799_990_000, u64::MAX] {
            for len in 0..=4 {
                let order = option_order(seed, "sit-essai", len);
                let mut sorted = order.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..len as u8).collect::<Vec<_>>());
                assert_eq!(order, option_order(seed, "sit-essai", len));
            }
        }
    }

    #[test]
    fn orders_differ_between_attempts_and_items() {
        let a = option_order(1_763_799_990_000, "sit-a", 4);
        let later: Vec<_> = (1..20)
            .map(|k| option_order(1_763_799_990_000 + k, "sit-a", 4))
            .collect();
        assert!(later.iter().any(|o| *o != a), "same order for 20 attempts");
        let others: Vec<_> = (0..20)
            .map(|k| option_order(1_763_799_990_000, &format!("sit-{k}"), 4))
            .collect();
        assert!(others.iter().any(|o| *o != a), "same order for 20 items");
    }

    /// Over many attempts, each option comes first about as often as any other: the
    /// shuffle favours no option (a chi-square test at 4,000 attempts, 3 degrees of
    /// freedom; 16.27 is its 0.1 % critical value).
    #[test]
    fn every_option_comes_first_as_often_as_the_others() {
        let attempts = 4_000u64;
        let mut first = [0u32; 4];
        for seed in 0..attempts {
            let order = option_order(seed.wrapping_mul(7_919), "sit-panne", 4);
            first[usize::from(order[0])] += 1;
        }
        let expected = attempts as f64 / 4.0;
        let chi2: f64 = first
            .iter()
            .map(|&n| (f64::from(n) - expected).powi(2) / expected)
            .sum();
        assert!(chi2 < 16.27, "{first:?}, chi² {chi2}");
    }
}
