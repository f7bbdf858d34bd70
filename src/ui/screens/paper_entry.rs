//! « Saisir des réponses papier »: a paper sheet's mark and answers typed as one line,
//! read by `model::classroom::paper::line`. Every problem is listed under the field, one
//! a line, and the field is marked invalid and described by the list. A line read gives its result code,
//! by the same encoder as on screen; « Voir ce résultat » brings it back as a code typed
//! in « Mes données » does (`model::document::restore`), after a confirmation when an
//! attempt is on this device, and a link adds it to this device's group.

use leptos::prelude::*;

use crate::model::assessment::result_code::encode;
use crate::model::classroom::paper::Sheet;
use crate::model::classroom::paper::line::read;
use crate::model::document::restore::Restorable;
use crate::model::shell::route::Route;
use crate::ui::clock::now;
use crate::ui::components::code_field::CodeField;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::components::status_line::{Outcome, StatusLine};
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::{go, set_title};
use crate::ui::state::use_document;

/// The most characters the field takes: a sheet's line has about fifty.
const MAX_LENGTH: usize = 200;

#[component]
pub fn PaperEntryPage() -> impl IntoView {
    set_title("Saisir des réponses papier");
    let bank = use_content().bank();
    let quiz = use_document();
    let example = Sheet::of(bank).map(|sheet| sheet.example());
    let text = RwSignal::new(String::new());
    // The last reading of the line: its code, or every problem in words.
    let reading = RwSignal::new(None::<Result<String, String>>);
    let status = RwSignal::new(None::<Outcome>);
    // A new text makes the last reading stale.
    Effect::watch(
        move || text.track(),
        move |_, _, _| {
            reading.set(None);
            status.set(None);
        },
        false,
    );
    let check = move |_| {
        let read = read(bank, &text.get_untracked())
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())
            .and_then(|paper| {
                encode(bank, &paper.form, &paper.answers).map_err(|e| vec![e.to_string()])
            });
        status.set(
            read.is_ok()
                .then(|| Outcome::Done("Réponses lues : voici leur code de résultat.".to_owned())),
        );
        reading.set(Some(read.map_err(|problems| problems.join("\n"))));
    };
    // Every problem, one a line, describes the field.
    let problems = move || reading.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned()));

    view! {
        <ScreenIntro title="Saisir des réponses papier">
            "Tapez la marque écrite en haut de la feuille, puis le chiffre coché à chaque question, dans "
            "l'ordre. Les espaces ne comptent pas. Vous obtenez le code de résultat, comme sur un écran."
        </ScreenIntro>
        <p>
            "Exemple : " <code>{example}</code> " "
            <a href=Route::PaperSheet.href()>"Voir le questionnaire papier"</a>
        </p>
        <div class="field paper-line">
            <CodeField id="ligne-papier" label="Marque de la feuille et réponses" text error=Signal::derive(problems) max_length=MAX_LENGTH/>
            <button type="button" class="button" on:click=check>"Lire les réponses"</button>
        </div>
        <StatusLine outcome=status/>
        {move || reading.get().and_then(Result::ok).map(|code| view! { <PaperCode code quiz/> })}
    }
}

/// The code a line gives, the way to see its result, and the way to the group.
#[component]
fn PaperCode(code: String, quiz: crate::ui::state::DocumentState) -> impl IntoView {
    let bank = use_content().bank();
    let asking = RwSignal::new(false);
    let restore = {
        let code = code.clone();
        move || {
            if let Ok(read) = Restorable::read(bank, &code) {
                quiz.document.update(|d| d.restore(bank, &read, now()));
                go(&Route::Result);
            }
        }
    };
    let see = {
        let restore = restore.clone();
        move |_| match quiz
            .document
            .with_untracked(|d| d.restore_replaces_an_attempt())
        {
            true => asking.set(true),
            false => restore(),
        }
    };
    view! {
        <TitledSection id="code-papier-titre" title="Code de résultat de cette feuille" class="paper-code">
            <p class="code"><code>{code.clone()}</code></p>
            <p class="actions">
                <button type="button" class="button primary" on:click=see>"Voir ce résultat"</button>
                <a class="button" href=Route::AddToGroup { code: code.clone() }.href()>"Ajouter au groupe de cet appareil"</a>
            </p>
            <Show when=move || asking.get()>
                <Confirm
                    id="remplacer-essai"
                    yes="Oui, voir ce résultat"
                    on_yes={
                        let restore = restore.clone();
                        move || restore()
                    }
                    on_no=move || asking.set(false)
                >
                    "Ce résultat remplacera le questionnaire en cours sur cet appareil. "
                    "Les résultats précédents restent dans l'historique."
                </Confirm>
            </Show>
        </TitledSection>
    }
}
