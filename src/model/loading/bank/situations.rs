//! A situation's options must have no obvious right answer: every option is beaten
//! somewhere, and the options' totals are close.

use super::SITUATION_TOTAL_SPREAD;
use crate::model::role::quiz::SituationOption;

/// No obvious right answer: no option is at least as high as every other on every
/// quality, and the options' totals are within [`SITUATION_TOTAL_SPREAD`].
pub(super) fn trade_off_problems(at: &str, options: &[SituationOption]) -> Vec<String> {
    let mut p = Vec::new();
    let value = |o: &SituationOption, d: &str| {
        o.values
            .iter()
            .find(|(k, _)| k.as_ref() == d)
            .map_or(0, |(_, v)| *v)
    };
    for (k, option) in options.iter().enumerate() {
        let dominates = options.iter().enumerate().all(|(j, other)| {
            j == k || option.rated().all(|d| value(option, d) >= value(other, d))
        });
        if dominates && options.len() > 1 {
            p.push(format!(
                "{at}.options[{k}] : au moins aussi bonne que toutes les autres sur chaque qualité (réponse évidente)"
            ));
        }
    }
    let totals: Vec<u32> = options
        .iter()
        .map(|o| o.values.iter().map(|(_, v)| u32::from(*v)).sum())
        .collect();
    if let (Some(min), Some(max)) = (totals.iter().min(), totals.iter().max())
        && max - min > SITUATION_TOTAL_SPREAD
    {
        p.push(format!(
            "{at}.options : totaux de {min} à {max}, écart au plus {SITUATION_TOTAL_SPREAD}"
        ));
    }
    p
}
