//! The mean and spread of a group's whole-point scores, as the group view shows them.

/// Mean and spread of whole-point scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// Participants with a score.
    pub count: usize,
    pub mean: f64,
    /// Population standard deviation.
    pub deviation: f64,
    pub min: u8,
    pub max: u8,
}

impl Spread {
    /// The spread of `values`; `None` when there are none.
    pub fn of(values: impl Iterator<Item = u8>) -> Option<Spread> {
        let values: Vec<f64> = values.map(f64::from).collect();
        if values.is_empty() {
            return None;
        }
        let count = values.len();
        let mean = values.iter().sum::<f64>() / count as f64;
        let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / count as f64;
        let (min, max) = values
            .iter()
            .fold((100.0f64, 0.0f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        Some(Spread {
            count,
            mean,
            deviation: variance.sqrt(),
            min: min as u8,
            max: max as u8,
        })
    }
}
