//! Validity checks run before any result is shown. Answer patterns that say more about
//! how the quiz was filled in than about the person — the same answer everywhere, almost
//! only neutral answers, statements and their opposites both agreed with, a profile with
//! no relief — get an explanation and an invitation to review, not a confident figure.

use super::answers::{Answer, Answers, NEUTRAL};
use super::quiz::{Item, ItemKind, QuestionBank};
use super::scoring::DimensionScore;

/// The fewest statements answered before answer patterns are judged.
pub const MIN_STATEMENTS: usize = 6;
/// From this share of neutral answers, the answers say too little.
pub const NEUTRAL_SHARE: f64 = 0.6;
/// Dimensions whose scores all fit within this many points make a flat profile...
pub const FLAT_SPREAD: f64 = 15.0;
/// ...once at least this many dimensions have a score.
pub const FLAT_MIN_DIMENSIONS: usize = 4;

/// Something in the answers that makes a result unreliable.
#[derive(Debug, Clone, PartialEq)]
pub enum Concern<'a> {
    /// Every statement got the same point of the scale.
    IdenticalAnswers { value: u8 },
    /// Most statements got the neutral point.
    MostlyNeutral { neutral: usize, statements: usize },
    /// Pairs of opposite statements both agreed (or both disagreed) with.
    Contradictions {
        pairs: Vec<(&'a Item, &'a Item)>,
        answered_pairs: usize,
    },
    /// All dimensions within a few points of each other: nothing stands out.
    FlatProfile { spread: f64 },
}

impl Concern<'_> {
    /// A blocking concern replaces the result by an explanation; a flat profile only
    /// hides the fit figure, keeping its band and the details.
    pub fn is_blocking(&self) -> bool {
        !matches!(self, Concern::FlatProfile { .. })
    }

    /// A plain explanation for the visitor.
    pub fn explanation(&self) -> String {
        match self {
            Concern::IdenticalAnswers { .. } => {
                "Tu as donné la même réponse à toutes les affirmations, \
                y compris à celles qui disent le contraire l'une de l'autre. Un résultat calculé \
                là-dessus ne dirait rien de toi."
                    .to_owned()
            }
            Concern::MostlyNeutral {
                neutral,
                statements,
            } => format!(
                "Tu as répondu « ni d'accord ni pas d'accord » à {neutral} affirmations sur \
                 {statements}. C'est normal d'hésiter, mais avec si peu d'avis tranchés, le \
                 résultat serait surtout du hasard."
            ),
            Concern::Contradictions {
                pairs,
                answered_pairs,
            } => format!(
                "{} paires d'affirmations opposées sur {answered_pairs} ont reçu la même \
                 réponse (d'accord avec les deux, ou avec aucune). Relis-les : peut-être qu'une \
                 question a été lue trop vite.",
                pairs.len()
            ),
            Concern::FlatProfile { spread } => format!(
                "Tous tes scores sont très proches les uns des autres (écart de {} points) : \
                 rien ne ressort vraiment. Le résultat est montré sans pourcentage, car un \
                 chiffre précis serait trompeur.",
                super::scoring::points(*spread)
            ),
        }
    }
}

/// Every concern raised by these answers to this form, given their scores.
pub fn concerns<'a>(
    bank: &'a QuestionBank,
    form: &str,
    answers: &Answers,
    scores: &[DimensionScore],
) -> Vec<Concern<'a>> {
    let mut found = Vec::new();
    let statements: Vec<(&Item, u8)> = bank
        .form_items(form)
        .filter_map(|item| match (&item.kind, answers.get(&*item.id)) {
            (ItemKind::Statement { .. }, Some(Answer::Agreement(v))) if (1..=5).contains(v) => {
                Some((item, *v))
            }
            _ => None,
        })
        .collect();

    if statements.len() >= MIN_STATEMENTS {
        let first = statements[0].1;
        if statements.iter().all(|(_, v)| *v == first) {
            found.push(Concern::IdenticalAnswers { value: first });
        } else {
            let neutral = statements.iter().filter(|(_, v)| *v == NEUTRAL).count();
            if neutral as f64 >= NEUTRAL_SHARE * statements.len() as f64 {
                found.push(Concern::MostlyNeutral {
                    neutral,
                    statements: statements.len(),
                });
            }
        }
    }

    let keyed = |item: &Item, v: u8| match &item.kind {
        ItemKind::Statement { reverse: true, .. } => 6 - v,
        _ => v,
    };
    let mut answered_pairs = 0;
    let mut contradictory = Vec::new();
    for (item, v) in &statements {
        let ItemKind::Statement {
            pair: Some(other), ..
        } = &item.kind
        else {
            continue;
        };
        // Each pair is seen from both ends; count it from the end that sorts first.
        if other.as_ref() < item.id.as_ref() {
            continue;
        }
        let Some((other_item, w)) = statements.iter().find(|(i, _)| i.id == *other) else {
            continue;
        };
        answered_pairs += 1;
        if keyed(item, *v).abs_diff(keyed(other_item, *w)) >= 3 {
            contradictory.push((*item, *other_item));
        }
    }
    if contradictory.len() >= 2 && contradictory.len() * 3 >= answered_pairs {
        found.push(Concern::Contradictions {
            pairs: contradictory,
            answered_pairs,
        });
    }

    let measured: Vec<f64> = scores.iter().filter_map(|s| s.score).collect();
    if found.is_empty() && measured.len() >= FLAT_MIN_DIMENSIONS {
        let max = measured.iter().copied().fold(f64::MIN, f64::max);
        let min = measured.iter().copied().fold(f64::MAX, f64::min);
        if max - min < FLAT_SPREAD {
            found.push(Concern::FlatProfile { spread: max - min });
        }
    }
    found
}
