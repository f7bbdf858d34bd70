//! What the group view's scanner does with a text the camera read: the code in it (a
//! bare code, or an address of the app that adds one, `…#/atelier/ajouter/<code>`),
//! whether it is new while the camera still sees it, what it does to the group, and the
//! words said for it, and for a camera that stops.
//!
//! The text read is outside input: every function here is total, and the text is never
//! echoed (a refusal says why, in the words of the paste's reading).

use std::fmt;

use super::group::{Group, TooLarge};
use crate::model::assessment::result_code::{CodeError, canonical, decode};
use crate::model::role::quiz::QuestionBank;

/// The part of the app's address that adds the code after it to the group.
pub const ADD_ADDRESS: &str = "#/atelier/ajouter/";

/// The code in a text read: what follows [`ADD_ADDRESS`] when the text is an address of
/// the app, else the whole text, without the spaces around it.
pub fn code_in(read: &str) -> &str {
    let read = read.trim();
    match read.find(ADD_ADDRESS) {
        Some(start) => read[start + ADD_ADDRESS.len()..].trim(),
        None => read,
    }
}

/// The text the camera last saw, so that a code held in front of it is taken once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InView {
    last: Option<String>,
}

impl InView {
    /// Notes what the camera sees now (the text of a code, or nothing), and gives the
    /// text back only when it was not already in view.
    pub fn sees(&mut self, read: Option<String>) -> Option<String> {
        if read == self.last {
            return None;
        }
        self.last.clone_from(&read);
        read
    }
}

/// Why a code read is not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a code this app can read.
    Code(CodeError),
    /// The paste is full: one more code would pass its caps.
    Full(TooLarge),
}

/// What a code read does to the group.
#[derive(Debug, Clone, PartialEq)]
pub enum Scan {
    /// Added at the end of the paste: the new paste, and the group it gives.
    Added {
        paste: String,
        group: Group,
    },
    /// Already in the paste: the paste stays, and this is its group.
    AlreadyThere(Group),
    Refused(Refusal),
}

/// Adds the code in `read` to `paste`, one per line, and reads the paste again, as
/// « Analyser » does.
pub fn scan(bank: &QuestionBank, paste: &str, read: &str) -> Scan {
    let code = code_in(read);
    if let Err(error) = decode(bank, code) {
        return Scan::Refused(Refusal::Code(error));
    }
    // A code that decodes has only code characters, so it has a canonical form.
    let code = canonical(code).unwrap_or_default();
    let added = match paste.trim_end() {
        "" => code,
        kept => format!("{kept}\n{code}"),
    };
    let mut group = match Group::read(bank, &added) {
        Ok(group) => group,
        Err(too_large) => return Scan::Refused(Refusal::Full(too_large)),
    };
    let last_line = added.lines().count();
    if group.duplicates.last().is_some_and(|d| d.line == last_line) {
        // Without its last line, the paste as it was.
        group.duplicates.pop();
        return Scan::AlreadyThere(group);
    }
    Scan::Added {
        paste: added,
        group,
    }
}

impl Scan {
    /// What the scanner says: « Code ajouté : 3 personnes dans le groupe. », that the
    /// code is already there, or why it is refused.
    pub fn sentence(&self) -> String {
        let people = |group: &Group| match group.participants.len() {
            1 => "1 personne".to_owned(),
            n => format!("{n} personnes"),
        };
        match self {
            Scan::Added { group, .. } => format!("Code ajouté : {} dans le groupe.", people(group)),
            Scan::AlreadyThere(group) => {
                format!("Ce code est déjà dans le groupe : {}.", people(group))
            }
            Scan::Refused(Refusal::Code(error)) => format!("Code refusé : {error}."),
            Scan::Refused(Refusal::Full(too_large)) => format!("Code refusé. {too_large}"),
        }
    }
}

/// Why the scanner stopped, from the browser's error name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The person, or the browser's settings, refused the camera.
    Refused,
    /// No camera, or none that films.
    Missing,
    /// The camera is taken by another application.
    Busy,
    /// The browser could not read the video.
    Reading,
    /// Anything else.
    Other,
}

impl CameraError {
    /// The error a `DOMException` name means (`getUserMedia`'s names); any other name
    /// is [`CameraError::Other`].
    pub fn of(name: &str) -> CameraError {
        match name {
            "NotAllowedError" | "SecurityError" => CameraError::Refused,
            "NotFoundError" | "OverconstrainedError" => CameraError::Missing,
            "NotReadableError" | "AbortError" => CameraError::Busy,
            _ => CameraError::Other,
        }
    }
}

impl fmt::Display for CameraError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (why, then) = match self {
            CameraError::Refused => (
                "l'accès à la caméra a été refusé",
                "Autorisez-le dans les réglages du navigateur, ou collez les codes.",
            ),
            CameraError::Missing => (
                "aucune caméra n'a été trouvée sur cet appareil",
                "Scannez avec l'appareil photo d'un téléphone, ou collez les codes.",
            ),
            CameraError::Busy => (
                "la caméra est utilisée par une autre application",
                "Fermez-la, puis relancez le scanner.",
            ),
            CameraError::Reading => (
                "le navigateur n'a pas pu lire l'image",
                "Relancez le scanner, ou collez les codes.",
            ),
            CameraError::Other => (
                "la caméra n'a pas pu démarrer",
                "Relancez le scanner, ou collez les codes.",
            ),
        };
        write!(f, "Le scanner s'est arrêté : {why}. {then}")
    }
}

#[cfg(test)]
mod tests;
