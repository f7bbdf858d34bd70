//! The RIASEC interest profile: the visitor's six scores and three-letter code, beside
//! the role's profile from O*NET (15-1252.00, on a 1–7 scale).

use super::quiz::{Family, Riasec};
use super::scoring::DimensionScore;
use super::small_sort::sort_by;

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

    /// The three highest types, highest first; ties keep the R-I-A-S-E-C order.
    /// Shorter when fewer than three types have a score.
    pub fn code(&self) -> String {
        let mut letters: Vec<(Riasec, f64)> = self.scored().collect();
        sort_by(&mut letters, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        letters.iter().take(3).map(|(l, _)| l.letter()).collect()
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
    }
}
