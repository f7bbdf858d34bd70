//! "Personne suivante": wipes the current person from a shared device, after a
//! confirmation.

use leptos::prelude::*;

use crate::ui::components::confirm::ConfirmButton;
use crate::ui::state::use_document;
use crate::ui::workshop_state::next_person;

/// "Personne suivante", with its confirmation.
#[component]
pub fn NextPerson() -> impl IntoView {
    let quiz = use_document();
    view! {
        <div class="next-person no-print">
            <ConfirmButton
                label="Personne suivante"
                id="personne-suivante-titre"
                message="Les réponses et le résultat de la personne actuelle seront effacés de cet appareil, \
                    puis l'app reviendra à l'accueil. Pensez à noter le code de résultat avant."
                yes="Oui, tout effacer pour la personne suivante"
                no="Non, revenir"
                on_yes=move || next_person(quiz)
            />
        </div>
    }
}
