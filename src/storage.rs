//! The only code that touches `localStorage`, through gloo-storage.
//!
//! gloo-storage panics (`expect_throw`) when `window.localStorage` throws (blocked
//! cookies, some private modes) or is null, and with `panic = "abort"` a panic is a
//! blank page. So every access first checks, without panicking, that storage can be
//! reached; when it cannot, the app runs in memory and says so.

use gloo_storage::{LocalStorage, Storage};

use crate::model::quiz::QuestionBank;
use crate::model::stored::{self, Document, STORAGE_KEY};

/// The key under which unreadable data is kept aside instead of being thrown away.
pub const BACKUP_KEY: &str = "metier-back-end.sauvegarde";

/// What loading found, and what the visitor should be told about it.
pub struct Loaded {
    pub document: Option<Document>,
    pub notices: Vec<String>,
}

/// Whether `localStorage` can be reached, asked in a way that cannot panic.
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Reads the stored document.
pub fn load(bank: &QuestionBank) -> Loaded {
    let mut notices = Vec::new();
    if !available() {
        notices.push(UNAVAILABLE.to_owned());
        return Loaded {
            document: None,
            notices,
        };
    }
    let text = match LocalStorage::raw().get_item(STORAGE_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded {
                document: None,
                notices,
            };
        }
        Err(_) => {
            notices.push(UNAVAILABLE.to_owned());
            return Loaded {
                document: None,
                notices,
            };
        }
    };
    let document = match stored::read(&text, bank) {
        Ok((document, dropped)) => {
            let removed = dropped.unknown_items.len() + dropped.invalid_values.len();
            if removed > 0 {
                notices.push(format!(
                    "{removed} réponse(s) enregistrée(s) ne correspondai(en)t plus au questionnaire \
                     actuel et ont été ignorée(s). Tes autres réponses sont conservées."
                ));
            }
            if dropped.unknown_form.is_some() {
                notices.push(
                    "La version du questionnaire que tu avais choisie n'existe plus : choisis-en une autre."
                        .to_owned(),
                );
            }
            Some(document)
        }
        Err(error) => {
            let kept = LocalStorage::raw().set_item(BACKUP_KEY, &text).is_ok();
            notices.push(format!(
                "Les données enregistrées sur cet appareil n'ont pas pu être lues : {error}. \
                 Le questionnaire repart de zéro.{}",
                if kept {
                    " Elles ont été mises de côté, pas effacées."
                } else {
                    ""
                }
            ));
            None
        }
    };
    Loaded { document, notices }
}

/// Writes the document; on failure, says why in words for the visitor.
pub fn save(document: &Document) -> Result<(), String> {
    if !available() {
        return Err(UNAVAILABLE.to_owned());
    }
    LocalStorage::set(STORAGE_KEY, document).map_err(|_| {
        "L'enregistrement a échoué (l'espace de stockage du navigateur est peut-être plein) : \
         tes réponses restent affichées mais risquent d'être perdues si tu fermes la page."
            .to_owned()
    })
}

/// Removes the stored document (the backup stays until "Effacer mes données").
pub fn clear_progress() {
    if available() {
        LocalStorage::delete(STORAGE_KEY);
    }
}

const UNAVAILABLE: &str = "Ton navigateur ne permet pas d'enregistrer sur cet appareil \
    (navigation privée ou cookies bloqués) : tout fonctionne, mais tes réponses seront \
    perdues en fermant la page.";
