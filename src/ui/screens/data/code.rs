//! "Reprendre un résultat avec son code": the visitor types or pastes their own result
//! code, sees what it holds, and after a confirmation it becomes their current attempt,
//! finished, so that the result screen shows it again (`model::document::restore`). A mistyped
//! code, or one of another bank or format, gets the group view's errors.

use leptos::prelude::*;

use crate::model::document::restore::Restorable;
use crate::model::shell::route::Route;
use crate::ui::clock::now;
use crate::ui::components::code_field::CodeField;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::go;
use crate::ui::state::use_document;

#[component]
pub fn RestoreCode() -> impl IntoView {
    let quiz = use_document();
    let bank = use_content().bank();
    let text = RwSignal::new(String::new());
    // The last reading of the code: what it holds, or why it cannot be read.
    let read = RwSignal::new(None::<Result<Restorable<'static>, String>>);
    let check = move |_| {
        read.set(Some(
            Restorable::read(bank, &text.get_untracked()).map_err(|e| e.to_string()),
        ));
    };
    // A new text makes the last reading stale.
    Effect::watch(move || text.track(), move |_, _, _| read.set(None), false);
    let error = move || read.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()));
    let restore = move || {
        if let Some(Ok(code)) = read.get_untracked() {
            quiz.document.update(|d| d.restore(bank, &code, now()));
            go(&Route::Result);
        }
    };
    view! {
        <TitledSection id="reprendre-code" title="Reprendre un résultat avec son code">
            <p>
                "Ton code de résultat contient tes réponses. Tape-le ou colle-le ici pour retrouver ton "
                "résultat sur cet appareil, sans fichier. Le code ne contient ni ton nom ni la date."
            </p>
            <div class="field">
                <CodeField id="code-a-reprendre" label="Code de résultat" text error=Signal::derive(error)/>
                <button type="button" class="button" on:click=check>"Lire le code"</button>
            </div>
            {move || read.get().and_then(Result::ok).map(|code| view! {
                <Confirm
                    id="apercu-code"
                    yes="Oui, reprendre ce résultat"
                    on_yes=restore
                    on_no=move || read.set(None)
                >
                    {code.describe()} " Il remplacera ton questionnaire en cours sur cet appareil. "
                    "Tes résultats précédents restent dans ton historique."
                </Confirm>
            })}
        </TitledSection>
    }
}
