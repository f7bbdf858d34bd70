//! Validity checks run before any result is shown. Answer patterns that say more about
//! how the quiz was filled in than about the person — the same answer everywhere, almost
//! only neutral answers on the role's interests, answers on one subject that keep
//! pulling apart, statements and their true opposites both agreed with in large numbers
//! — get an explanation and an invitation to review, not a confident figure. A few
//! contradictions only add a note (they already widen the ranges), and a profile with no
//! relief only hides the figure.

use super::answers::{Answer, Answers, NEUTRAL};
use super::scoring::DimensionScore;
use crate::model::role::quiz::{Family, Item, ItemKind, QuestionBank};

/// The fewest statements answered before answer patterns are judged.
pub const MIN_STATEMENTS: usize = 6;
/// From this share of neutral answers to the role's interest statements, the answers
/// say too little. Below it: two interests answered "tout à fait" and the rest neutral
/// still give a result.
pub const NEUTRAL_SHARE: f64 = 0.8;
/// From this mean squared spread of the answers around their dimension's mean (keyed
/// points², statements only), the answers pull apart too much to mean anything: under
/// the response model a person's answers spread about 0.58; uniform random ones, 2.
pub const INCONSISTENCY_LIMIT: f64 = 1.4;
/// The fewest degrees of freedom (answers beyond the first on each dimension) for the
/// spread to be judged.
pub const INCONSISTENCY_MIN_ANSWERS: usize = 8;
/// From this many contradictory pairs, making at least half of the answered pairs,
/// contradictions withhold the result; fewer only add a note.
pub const MASSIVE_CONTRADICTIONS: usize = 3;
/// Dimensions whose scores all fit within this many points make a flat profile...
pub const FLAT_SPREAD: f64 = 15.0;
/// ...once at least this many dimensions have a score.
pub const FLAT_MIN_DIMENSIONS: usize = 4;

/// Something in the answers that makes a result unreliable.
#[derive(Debug, Clone, PartialEq)]
pub enum Concern<'a> {
    /// Every statement got the same point of the scale.
    IdenticalAnswers { value: u8 },
    /// Most statements on the role's interests got the neutral point.
    MostlyNeutral { neutral: usize, statements: usize },
    /// Answers on the same subject often point in opposite directions, far more than a
    /// person's answers do: the sign of answering at random.
    Inconsistent { spread: f64 },
    /// Pairs of opposite statements both agreed (or both disagreed) with.
    Contradictions {
        pairs: Vec<(&'a Item, &'a Item)>,
        answered_pairs: usize,
    },
    /// All dimensions within a few points of each other: nothing stands out.
    FlatProfile { spread: f64 },
}

impl Concern<'_> {
    /// A blocking concern replaces the result by an explanation; a few contradictions
    /// only add a note, and a flat profile only hides the fit figure, keeping its band
    /// and the details.
    pub fn is_blocking(&self) -> bool {
        match self {
            Concern::FlatProfile { .. } => false,
            Concern::Contradictions {
                pairs,
                answered_pairs,
            } => pairs.len() >= MASSIVE_CONTRADICTIONS && pairs.len() * 2 >= *answered_pairs,
            _ => true,
        }
    }

    /// Whether it hides the match's figure, keeping its band.
    pub fn hides_figure(&self) -> bool {
        matches!(self, Concern::FlatProfile { .. })
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
            Concern::Inconsistent { .. } => "Sur un même sujet, tes réponses partent souvent \
                dans des sens opposés, bien plus que d'habitude. Un résultat calculé là-dessus \
                serait surtout du hasard."
                .to_owned(),
            Concern::Contradictions {
                pairs,
                answered_pairs,
            } if self.is_blocking() => format!(
                "{} paires d'affirmations opposées sur {answered_pairs} ont reçu la même \
                 réponse (d'accord avec les deux, ou avec aucune). Relis-les : peut-être qu'une \
                 question a été lue trop vite.",
                pairs.len()
            ),
            Concern::Contradictions { pairs, .. } => {
                let quoted = |item: &Item| match &item.kind {
                    ItemKind::Statement { text, .. } => format!("« {text} »"),
                    ItemKind::Situation { title, .. } => format!("« {title} »"),
                };
                let listed: Vec<String> = pairs
                    .iter()
                    .map(|(a, b)| format!("{} et {}", quoted(a), quoted(b)))
                    .collect();
                format!(
                    "Tu as répondu de la même façon à des affirmations opposées : {}. \
                     Le résultat en tient compte : sa fourchette est plus large.",
                    listed.join(" ; ")
                )
            }
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

    let role_interest = |item: &Item| match &item.kind {
        ItemKind::Statement { dimension, .. } => bank
            .dimension(dimension)
            .is_some_and(|d| d.family == Family::Interest && d.target.is_some()),
        ItemKind::Situation { .. } => false,
    };
    if statements.len() >= MIN_STATEMENTS {
        let first = statements[0].1;
        let interests: Vec<u8> = statements
            .iter()
            .filter(|(item, _)| role_interest(item))
            .map(|(_, v)| *v)
            .collect();
        let neutral = interests.iter().filter(|v| **v == NEUTRAL).count();
        if statements.iter().all(|(_, v)| *v == first) {
            found.push(Concern::IdenticalAnswers { value: first });
        } else if interests.len() >= MIN_STATEMENTS
            && neutral as f64 >= NEUTRAL_SHARE * interests.len() as f64
        {
            found.push(Concern::MostlyNeutral {
                neutral,
                statements: interests.len(),
            });
        } else if let Some(spread) =
            inconsistency(scores).filter(|spread| *spread >= INCONSISTENCY_LIMIT)
        {
            found.push(Concern::Inconsistent { spread });
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
    if !contradictory.is_empty() {
        found.push(Concern::Contradictions {
            pairs: contradictory,
            answered_pairs,
        });
    }

    let measured: Vec<f64> = scores.iter().filter_map(|s| s.score).collect();
    if !found.iter().any(Concern::is_blocking) && measured.len() >= FLAT_MIN_DIMENSIONS {
        let max = measured.iter().copied().fold(f64::MIN, f64::max);
        let min = measured.iter().copied().fold(f64::MAX, f64::min);
        if max - min < FLAT_SPREAD {
            found.push(Concern::FlatProfile { spread: max - min });
        }
    }
    found
}

/// The mean squared spread of the statements' keyed values around their dimension's
/// mean, over the dimensions of the form that are measured directly (a broad
/// dimension's parts may rightly differ), pooled (the squares summed, divided by the
/// answers beyond the first on each dimension); `None` with too few answers to judge.
pub fn inconsistency(scores: &[DimensionScore]) -> Option<f64> {
    let (mut squares, mut freedom) = (0.0, 0usize);
    for s in scores {
        let keyed: Vec<f64> = s
            .evidence
            .iter()
            .filter(|e| match &e.item.kind {
                ItemKind::Statement { dimension, .. } => *dimension == s.dimension.id,
                ItemKind::Situation { .. } => false,
            })
            .map(|e| f64::from(e.keyed))
            .collect();
        if keyed.len() < 2 {
            continue;
        }
        let mean = keyed.iter().sum::<f64>() / keyed.len() as f64;
        squares += keyed.iter().map(|k| (k - mean).powi(2)).sum::<f64>();
        freedom += keyed.len() - 1;
    }
    (freedom >= INCONSISTENCY_MIN_ANSWERS).then(|| squares / freedom as f64)
}
