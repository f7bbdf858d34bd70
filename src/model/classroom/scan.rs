//! What the group view's scanner does with a text the camera read: the code in it (a
//! bare code, or the app's address that adds one, [`Route::AddToGroup`]), whether it is
//! new while the camera still sees it, and the words said for a camera that stops. The
//! code found is added to the kept group (`kept_group::KeptGroup::add`), which says
//! what happened.
//!
//! The text read is outside input: every function here is total, and the text is never
//! echoed (a refusal says why, in the words of the paste's reading).

use std::fmt;

use crate::model::shell::route::Route;

/// The code in a text read: the code of an address of the app that adds one (the route
/// in its fragment, after its last `#`), else the whole text; without the spaces around
/// it either way.
pub fn code_in(read: &str) -> String {
    let read = read.trim();
    match read
        .rsplit_once('#')
        .map(|(_, fragment)| Route::parse(fragment))
    {
        Some(Route::AddToGroup { code }) => code.trim().to_owned(),
        _ => read.to_owned(),
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
