//! "Personne suivante": wipes the current person from a shared device, after a
//! confirmation.

use leptos::prelude::*;

use crate::ui::components::confirm::Confirm;
use crate::ui::state::use_quiz;
use crate::ui::workshop_state::next_person;

/// "Personne suivante", with its confirmation.
#[component]
pub fn NextPerson() -> impl IntoView {
    let quiz = use_quiz();
    let asking = RwSignal::new(false);
    view! {
        <div class="next-person no-print">
            <button type="button" class="button" on:click=move |_| asking.set(true)>
                "Personne suivante"
            </button>
            <Show when=move || asking.get()>
                <Confirm
                    id="personne-suivante-titre"
                    yes="Oui, tout effacer pour la personne suivante"
                    no="Non, revenir"
                    on_yes=move || {
                        asking.set(false);
                        next_person(quiz);
                    }
                    on_no=move || asking.set(false)
                >
                    "Les réponses et le résultat de la personne actuelle seront effacés de cet appareil, "
                    "puis l'app reviendra à l'accueil. Pensez à noter le code de résultat avant."
                </Confirm>
            </Show>
        </div>
    }
}
