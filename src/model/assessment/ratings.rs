//! A visitor's ratings of an activity of « Essayer le métier »: how much they liked it
//! (which enters the scoring) and how hard they found it (shown to them only), and
//! their words.

use std::collections::BTreeMap;

/// How much the visitor liked an activity: « J'ai aimé / Bof / Pas du tout ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Liking {
    Liked,
    Meh,
    Disliked,
}

/// How hard the visitor found it: « facile / moyen / difficile ». Shown to the
/// visitor only: it never moves the match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Liking {
    pub const ALL: [Liking; 3] = [Liking::Liked, Liking::Meh, Liking::Disliked];

    /// Its stored number, 1 to 3 (0 means not rated, in result codes).
    pub fn code(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_code(code: u8) -> Option<Liking> {
        Liking::ALL.get(usize::from(code).checked_sub(1)?).copied()
    }

    pub const fn label(self) -> &'static str {
        match self {
            Liking::Liked => "J'ai aimé",
            Liking::Meh => "Bof",
            Liking::Disliked => "Pas du tout",
        }
    }

    /// The keyed value 0–4 it counts as on each dimension the activity names, as an
    /// answer to a statement would: liking it is « tout à fait », « bof » leans
    /// towards no, disliking it is « pas du tout ».
    pub fn keyed(self) -> u8 {
        match self {
            Liking::Liked => 4,
            Liking::Meh => 1,
            Liking::Disliked => 0,
        }
    }
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    pub fn code(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_code(code: u8) -> Option<Difficulty> {
        Difficulty::ALL
            .get(usize::from(code).checked_sub(1)?)
            .copied()
    }

    pub const fn label(self) -> &'static str {
        match self {
            Difficulty::Easy => "Facile",
            Difficulty::Medium => "Moyen",
            Difficulty::Hard => "Difficile",
        }
    }

    /// What the visitor is told about it, never a judgement.
    pub fn comment(self) -> &'static str {
        match self {
            Difficulty::Easy => {
                "Tu as trouvé ça facile : tant mieux. Les vraies tâches vont plus loin, mais l'idée est la même."
            }
            Difficulty::Medium => {
                "Tu as trouvé ça moyen : tu as cherché, et c'est comme ça qu'on apprend."
            }
            Difficulty::Hard => {
                "Tu as trouvé ça difficile : c'est normal au début, ça devient plus simple avec la pratique."
            }
        }
    }
}

/// An activity's two ratings, either of which may be missing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rating {
    pub liking: Option<Liking>,
    pub difficulty: Option<Difficulty>,
}

impl Rating {
    pub fn is_empty(&self) -> bool {
        *self == Rating::default()
    }
}

/// The ratings given, by activity id: what the scoring and a result code use of
/// « Essayer le métier ».
pub type Ratings = BTreeMap<String, Rating>;
