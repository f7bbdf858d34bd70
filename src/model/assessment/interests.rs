//! The RIASEC interest profile: the visitor's six scores and three-letter code (ties
//! shown as ties), beside
//! the role's profile from O*NET (15-1252.00, on a 1–7 scale).

use super::scoring::DimensionScore;
use crate::model::base::small_sort::sort_by;
use crate::model::role::quiz::{Family, Riasec};

/// A RIASEC profile on a 0–100 scale; a type with no measured interest has no score.
/// Kept as six slots in R-I-A-S-E-C order rather than a map: no map code in the wasm
/// for six keys known in advance.
#[derive(Debug, Clone, PartialEq)]
pub struct RiasecProfile {
    scores: [Option<f64>; 6],
}

impl RiasecProfile {
    /// The visitor's profile: each type's score is the mean score of the interests
    /// mapped to it that have a score.
    pub fn of_visitor(scores: &[DimensionScore]) -> RiasecProfile {
        RiasecProfile::mean_of(scores.iter().filter_map(|s| {
            match (s.dimension.family, s.dimension.riasec, s.score) {
                (Family::Interest, Some(letter), Some(score)) => Some((letter, score)),
                _ => None,
            }
        }))
    }

    /// Each type's mean over the scores given for it; a type with none has no score.
    pub fn mean_of(scores: impl Iterator<Item = (Riasec, f64)>) -> RiasecProfile {
        let mut sums = [(0.0, 0u32); 6];
        for (letter, score) in scores {
            let (sum, n) = &mut sums[letter as usize];
            *sum += score;
            *n += 1;
        }
        RiasecProfile {
            scores: sums.map(|(sum, n)| (n > 0).then(|| sum / f64::from(n))),
        }
    }

    /// A profile given on O*NET's 1–7 scale, brought to 0–100.
    pub fn from_onet(levels: &[(Riasec, f64)]) -> RiasecProfile {
        let mut scores = [None; 6];
        for (letter, level) in levels {
            scores[*letter as usize] = Some(((level - 1.0) / 6.0 * 100.0).clamp(0.0, 100.0));
        }
        RiasecProfile { scores }
    }

    /// The score of one type, if it has one.
    pub fn score(&self, letter: Riasec) -> Option<f64> {
        self.scores[letter as usize]
    }

    /// The types that have a score, with it, in R-I-A-S-E-C order.
    pub fn scored(&self) -> impl Iterator<Item = (Riasec, f64)> + '_ {
        Riasec::ALL
            .into_iter()
            .filter_map(|letter| Some((letter, self.score(letter)?)))
    }

    /// The three highest types, highest first, types at the same whole score written
    /// together with « / » (never one put before the other): "ICR", "IC/R", "I/C/R".
    /// When a tie straddles the third place, every type of it is written. Shorter when
    /// fewer than three types have a score.
    pub fn code(&self) -> String {
        let mut letters: Vec<(Riasec, u8)> = self
            .scored()
            .map(|(l, s)| (l, super::scoring::points(s)))
            .collect();
        sort_by(&mut letters, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut code = String::new();
        let mut taken = 0;
        let mut i = 0;
        while i < letters.len() && taken < 3 {
            let tier: Vec<char> = letters[i..]
                .iter()
                .take_while(|(_, s)| *s == letters[i].1)
                .map(|(l, _)| l.letter())
                .collect();
            let written: Vec<String> = tier.iter().map(char::to_string).collect();
            code.push_str(&written.join("/"));
            taken += tier.len();
            i += tier.len();
        }
        code
    }

    /// The code as the result says it: the letters, or that the answers are too few
    /// for any.
    pub fn said_code(&self) -> String {
        let code = self.code();
        if code.is_empty() {
            super::scoring::NOT_ENOUGH_ANSWERS.to_owned()
        } else {
            code
        }
    }

    /// Whether the code has types at the same score, and the sentence that says how
    /// it is written.
    pub fn tie_note(&self) -> Option<&'static str> {
        self.code()
            .contains('/')
            .then_some("« / » sépare des types à égalité : aucun ne passe avant l'autre.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_type_has_its_own_slot() {
        for (i, letter) in Riasec::ALL.into_iter().enumerate() {
            assert_eq!(letter as usize, i);
        }
        let profile = RiasecProfile::mean_of([(Riasec::C, 40.0), (Riasec::C, 60.0)].into_iter());
        assert_eq!(profile.score(Riasec::C), Some(50.0));
        assert_eq!(profile.score(Riasec::R), None);
        assert_eq!(profile.scored().collect::<Vec<_>>(), [(Riasec::C, 50.0)]);
        assert_eq!(profile.code(), "C");
        assert_eq!(profile.said_code(), "C");
        let empty = RiasecProfile::mean_of(std::iter::empty());
        assert_eq!(empty.code(), "");
        assert_eq!(empty.said_code(), "pas assez de réponses");
    }

    /// Ties are shown as ties, never broken by the letters' order; a tie at the third
    /// place is written whole.
    #[test]
    fn ties_are_shown_as_ties() {
        let profile = |scores: &[(Riasec, f64)]| RiasecProfile::mean_of(scores.iter().copied());
        use Riasec::*;
        let distinct = profile(&[(R, 60.0), (I, 90.0), (C, 75.0), (A, 10.0)]);
        assert_eq!(distinct.code(), "ICR");
        assert_eq!(distinct.tie_note(), None);
        let tied = profile(&[(R, 75.0), (I, 90.0), (C, 75.0), (A, 10.0)]);
        assert_eq!(tied.code(), "IR/C");
        assert!(tied.tie_note().is_some());
        let all = profile(&[(R, 75.0), (I, 75.0), (C, 75.0), (A, 50.0), (S, 50.0)]);
        assert_eq!(all.code(), "R/I/C");
        let straddling = profile(&[(I, 90.0), (R, 50.0), (A, 50.0), (S, 50.0), (C, 20.0)]);
        assert_eq!(straddling.code(), "IR/A/S");
    }
}
