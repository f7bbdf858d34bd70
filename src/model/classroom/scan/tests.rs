//! The scanner's decisions: the code in a text read, a code taken once while in view,
//! what it does to the group, and what is said.

use proptest::prelude::*;

use super::*;
use crate::model::assessment::answers::Answers;
use crate::model::assessment::result_code::{CodeError, encode};
use crate::model::classroom::kept_group::{Added, KeptGroup};
use crate::model::test_support::back_end;

/// A valid code of the back-end role: no answer to the short or the full form.
fn a_code(form: &str) -> String {
    encode(&back_end().bank, form, &Answers::new()).unwrap()
}

#[test]
fn the_code_is_the_text_or_what_follows_the_apps_address() {
    let code = a_code("court");
    assert_eq!(code_in(&code), code);
    assert_eq!(code_in(&format!("  {code}\n")), code);
    for address in [
        format!("https://exemple.fr/metier/#/atelier/ajouter/{code}"),
        format!("http://192.168.1.20:8080/#/atelier/ajouter/ {code} "),
        format!("#/atelier/ajouter/{code}"),
    ] {
        assert_eq!(code_in(&address), code, "{address}");
    }
    // Another address of the app, or any other text, is read as it is (and refused).
    assert_eq!(
        code_in("https://exemple.fr/#/fiche"),
        "https://exemple.fr/#/fiche"
    );
    // An address of the app with no code is refused as the text it is.
    assert_eq!(code_in("#/atelier/ajouter/"), "#/atelier/ajouter/");
}

#[test]
fn a_code_held_in_view_is_taken_once() {
    let mut view = InView::default();
    let (a, b) = (Some("A".to_owned()), Some("B".to_owned()));
    assert_eq!(view.sees(a.clone()), a);
    assert_eq!(view.sees(a.clone()), None);
    assert_eq!(view.sees(b.clone()), b);
    assert_eq!(view.sees(None), None);
    assert_eq!(view.sees(None), None);
    // Shown again after it left the camera's view: taken again (and said to be there).
    assert_eq!(view.sees(a.clone()), a);
}

#[test]
fn a_code_read_is_added_to_the_kept_group_once_and_said_with_the_count() {
    let bank = &back_end().bank;
    let (short, full) = (a_code("court"), a_code("complet"));
    let mut group = KeptGroup::default();
    let said = group.add(bank, &code_in(&short));
    assert_eq!(said, Added::New { count: 1 });
    assert_eq!(said.sentence(), "Code ajouté au groupe : 1 participant.");

    // The same code from the app's address, lower case and spaced: already there.
    let address = format!(
        "https://exemple.fr/#/atelier/ajouter/{}",
        short.to_lowercase().replace('-', " ")
    );
    assert_eq!(
        group.add(bank, &code_in(&address)),
        Added::Already { count: 1 }
    );

    // Another code is kept in its canonical spelling.
    assert_eq!(
        group.add(bank, &code_in(&full.to_lowercase())),
        Added::New { count: 2 }
    );
    assert_eq!(group.codes(), [short, full]);
}

#[test]
fn a_bad_code_read_is_refused_with_its_reason() {
    let bank = &back_end().bank;
    let mut group = KeptGroup::default();
    let refused = group.add(bank, &code_in("https://exemple.fr/"));
    assert_eq!(
        refused,
        Added::Refused(CodeError::BadCharacter {
            character: ':',
            position: 6
        })
    );
    assert_eq!(
        refused.sentence(),
        "Code refusé : le caractère en position 6 (« : », U+003A) n'existe dans aucun code."
    );
    let code = a_code("court");
    let mistyped = format!(
        "{}{}",
        &code[..code.len() - 1],
        if code.ends_with('0') { '1' } else { '0' }
    );
    assert_eq!(
        group.add(bank, &code_in(&mistyped)),
        Added::Refused(CodeError::Checksum)
    );
    assert!(group.is_empty());
}

#[test]
fn the_cameras_errors_are_named_and_said_in_short_sentences() {
    let named = [
        ("NotAllowedError", CameraError::Refused),
        ("SecurityError", CameraError::Refused),
        ("NotFoundError", CameraError::Missing),
        ("OverconstrainedError", CameraError::Missing),
        ("NotReadableError", CameraError::Busy),
        ("AbortError", CameraError::Busy),
        ("TypeError", CameraError::Other),
        ("", CameraError::Other),
    ];
    for (name, error) in named {
        assert_eq!(CameraError::of(name), error, "{name}");
    }
    assert_eq!(
        CameraError::Refused.to_string(),
        "Le scanner s'est arrêté : l'accès à la caméra a été refusé. \
         Autorisez-le dans les réglages du navigateur, ou collez les codes."
    );
    let all = [
        CameraError::Refused,
        CameraError::Missing,
        CameraError::Busy,
        CameraError::Reading,
        CameraError::Other,
    ];
    for error in all {
        let text = error.to_string();
        for sentence in text.split_terminator(". ") {
            assert!(sentence.split_whitespace().count() <= 25, "{sentence}");
        }
    }
}

proptest! {
    #[test]
    fn any_text_read_gives_a_part_of_it_and_never_panics(read in "(?s).{0,200}") {
        let code = code_in(&read);
        prop_assert!(read.contains(code.as_str()));
        let _ = KeptGroup::default().add(&back_end().bank, &code);
    }

    #[test]
    fn a_code_after_any_address_of_the_app_is_found(address in "[ -~]{0,60}") {
        let code = a_code("court");
        let read = format!("{address}#/atelier/ajouter/{code}");
        prop_assert_eq!(code_in(&read), code);
    }
}
