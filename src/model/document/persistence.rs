//! Whether the browser promised to keep the app's storage, and what the visitor is told.
//!
//! Browsers may erase a site's storage: any of them when the device runs short of
//! space, unless the site's storage is persistent; Safari (WebKit) after seven days of
//! use without a visit to the site, unless the app was added to the home screen
//! (sources in `docs/storage.md`). The app asks for persistent storage when a quiz
//! starts, says the answer on « Mes données », and, when the answer is not a yes, warns
//! once that the code or an exported file keeps the answers.

/// The browser's answer to `navigator.storage.persist()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// The storage stays until the visitor erases it.
    Granted,
    /// The browser said no.
    Refused,
    /// The browser has no such promise to give.
    Unavailable,
}

/// What the visitor is told once when the storage is not persistent.
pub const EVICTION_WARNING: &str = "Ce navigateur n'a pas promis de garder tes réponses : il peut les effacer, \
     par exemple après sept jours sans visite sur iPhone ou iPad. Ton code de résultat et le \
     fichier de « Mes données » les gardent. Sur iPhone ou iPad, ajoute l'app à l'écran \
     d'accueil pour éviter cet effacement.";

impl Persistence {
    /// Reads the answer of `persist()` or `persisted()`: `None` when there was none.
    pub fn of(answer: Option<bool>) -> Persistence {
        match answer {
            Some(true) => Persistence::Granted,
            Some(false) => Persistence::Refused,
            None => Persistence::Unavailable,
        }
    }

    /// The line of « Mes données » about it.
    pub fn describe(self) -> &'static str {
        match self {
            Persistence::Granted => {
                "Ton navigateur a promis de garder ces données : il ne les effacera pas sans toi."
            }
            Persistence::Refused => {
                "Ton navigateur n'a pas promis de garder ces données : il peut les effacer s'il manque \
                 de place, ou après sept jours sans visite sur iPhone ou iPad. Garde ton code de résultat."
            }
            Persistence::Unavailable => {
                "Ce navigateur ne dit pas s'il gardera ces données : il peut les effacer s'il manque \
                 de place, ou après sept jours sans visite sur iPhone ou iPad. Garde ton code de résultat."
            }
        }
    }

    /// The warning to show now, if any: when storage is not persistent, and only if the
    /// visitor was not told before on this device.
    pub fn warning(self, told_before: bool) -> Option<&'static str> {
        (self != Persistence::Granted && !told_before).then_some(EVICTION_WARNING)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_refusal_or_no_answer_warns_and_only_once() {
        assert_eq!(Persistence::of(Some(true)).warning(false), None);
        assert_eq!(
            Persistence::of(Some(false)).warning(false),
            Some(EVICTION_WARNING)
        );
        assert_eq!(Persistence::of(None).warning(false), Some(EVICTION_WARNING));
        assert_eq!(Persistence::of(None).warning(true), None);
        assert_eq!(Persistence::of(Some(false)).warning(true), None);
    }

    #[test]
    fn the_words_say_what_keeps_the_answers() {
        assert!(EVICTION_WARNING.contains("code de résultat"));
        assert!(EVICTION_WARNING.contains("écran d'accueil"));
        for p in [Persistence::Refused, Persistence::Unavailable] {
            assert!(p.describe().contains("sept jours"), "{p:?}");
        }
        assert!(!Persistence::Granted.describe().contains("effacer s'il"));
    }
}
