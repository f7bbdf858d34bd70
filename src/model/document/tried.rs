//! What a visitor did in « Essayer le métier », kept in the stored document: for each
//! activity, their work so far, whether they checked it, and their two ratings.
//!
//! Ratings are stored as small numbers ([`Liking::code`], [`Difficulty::code`]), so
//! that a stored value out of range is dropped with a notice ([`Tried::sanitize`])
//! instead of making the whole document unreadable.

use std::collections::BTreeMap;

use crate::model::assessment::ratings::{Difficulty, Liking, Rating, Ratings};
use crate::model::role::activity::{Activity, Response};

/// One of the two questions asked after an activity, as a radio group: its choices
/// are the labels, chosen by index, stored as index + 1 (the rating's code).
pub struct RatingQuestion {
    /// The radios' group name.
    pub name: &'static str,
    pub legend: &'static str,
    pub labels: [&'static str; 3],
    /// The index chosen in `record`, if any.
    pub chosen: fn(&Record) -> Option<u8>,
    /// Chooses the index in `record`.
    pub choose: fn(&mut Record, u8),
}

/// How much the activity was liked, then how hard it felt.
pub const RATING_QUESTIONS: [RatingQuestion; 2] = [
    RatingQuestion {
        name: "aime",
        legend: "As-tu aimé cette activité ?",
        labels: [
            Liking::Liked.label(),
            Liking::Meh.label(),
            Liking::Disliked.label(),
        ],
        chosen: |r| r.liking().map(|l| l.code() - 1),
        choose: |r, i| r.liking = Liking::ALL.get(usize::from(i)).map(|l| l.code()),
    },
    RatingQuestion {
        name: "difficulte",
        legend: "Comment l'as-tu trouvée ?",
        labels: [
            Difficulty::Easy.label(),
            Difficulty::Medium.label(),
            Difficulty::Hard.label(),
        ],
        chosen: |r| r.difficulty().map(|d| d.code() - 1),
        choose: |r, i| r.difficulty = Difficulty::ALL.get(usize::from(i)).map(|d| d.code()),
    },
];

/// One activity as the visitor left it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// Their work so far (see [`Response`]).
    pub response: Response,
    /// Set once they checked their work and saw the explanation.
    pub checked: bool,
    /// [`Liking::code`], once rated.
    pub liking: Option<u8>,
    /// [`Difficulty::code`], once rated.
    pub difficulty: Option<u8>,
    /// When anything last changed (milliseconds since 1970), to merge two tabs.
    pub updated_at: u64,
}

impl Record {
    /// Replaces the work. Changed work is no longer what was checked, so the verdict
    /// waits for the next « Vérifier ».
    pub fn rework(&mut self, response: Response) {
        if self.response != response {
            self.response = response;
            self.checked = false;
        }
    }

    /// Where the visitor is in the activity, in words for the list of activities.
    pub fn stage(record: Option<&Record>) -> String {
        match record {
            None => "pas encore commencée".to_owned(),
            Some(record) => match record.liking() {
                Some(liking) => format!("faite, ton avis : « {} »", liking.label()),
                None if record.checked => "faite, sans ton avis".to_owned(),
                None => "commencée".to_owned(),
            },
        }
    }

    /// Whether the two questions are asked: once the work was checked, and from then
    /// on once either was answered.
    pub fn asks_ratings(&self) -> bool {
        self.checked || self.liking.is_some() || self.difficulty.is_some()
    }

    pub fn liking(&self) -> Option<Liking> {
        Liking::from_code(self.liking?)
    }

    pub fn difficulty(&self) -> Option<Difficulty> {
        Difficulty::from_code(self.difficulty?)
    }
}

/// Every activity the visitor opened, by activity id.
pub type Tried = BTreeMap<String, Record>;

/// What [`sanitize`] removed or reset, for the notice shown to the visitor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DroppedTried {
    /// Activities the role no longer has.
    pub unknown: Vec<String>,
    /// Ratings out of range, by activity id.
    pub ratings: Vec<String>,
    /// Work that does not fit its activity any more, started again, by activity id.
    pub reset: Vec<String>,
}

impl DroppedTried {
    pub fn is_empty(&self) -> bool {
        *self == DroppedTried::default()
    }
}

/// Keeps what `activities` can use: drops unknown activities and ratings out of range,
/// and starts again any work that does not fit its exercise.
pub fn sanitize(tried: &mut Tried, activities: &[Activity]) -> DroppedTried {
    let mut dropped = DroppedTried::default();
    tried.retain(|id, record| {
        let Some(activity) = activities.iter().find(|a| a.id == *id) else {
            dropped.unknown.push(id.clone());
            return false;
        };
        let bad_liking = record.liking.is_some() && record.liking().is_none();
        let bad_difficulty = record.difficulty.is_some() && record.difficulty().is_none();
        if bad_liking || bad_difficulty {
            dropped.ratings.push(id.clone());
            if bad_liking {
                record.liking = None;
            }
            if bad_difficulty {
                record.difficulty = None;
            }
        }
        if !activity.exercise.fits(&record.response) {
            dropped.reset.push(id.clone());
            record.response = activity.exercise.start();
            record.checked = false;
        }
        true
    });
    dropped
}

/// Merges what two tabs kept: for each activity, the record changed last wins.
pub fn merge(mine: &Tried, theirs: &Tried) -> Tried {
    let mut merged = mine.clone();
    for (id, record) in theirs {
        let newer = merged
            .get(id)
            .is_none_or(|m| record.updated_at > m.updated_at);
        if newer {
            merged.insert(id.clone(), record.clone());
        }
    }
    merged
}

/// The ratings kept in `tried`, leaving out activities rated neither way.
pub fn ratings(tried: &Tried) -> Ratings {
    let rated = tried.iter().filter_map(|(id, record)| {
        let rating = Rating {
            liking: record.liking(),
            difficulty: record.difficulty(),
        };
        (!rating.is_empty()).then(|| (id.clone(), rating))
    });
    // Not `collect()`, which would bring the standard stable sort for this pair type.
    crate::model::base::small_sort::collect_map(rated)
}
