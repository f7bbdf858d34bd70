//! "Mes données": what the app keeps on this device, and the visitor's control over it —
//! export to a file, import a file (validated, previewed, confirmed), bring a result back
//! from its code ([`code`]), erase everything.

mod code;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::model::classroom::workshop::Workshop;
use crate::model::document::persistence::Persistence;
use crate::model::document::stored::{self, Document};
use crate::storage;
use crate::ui::clock::local_date;
use crate::ui::components::confirm::{Confirm, ConfirmButton};
use crate::ui::components::status_line::{Outcome, StatusLine};
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::download::download;
use crate::ui::nav::set_title;
use crate::ui::persistence;
use crate::ui::state::use_document;
use crate::ui::workshop_state::use_workshop;
use code::RestoreCode;

/// The largest file accepted for import: far above any real export.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Mes données");
    let quiz = use_document();
    let bank = use_content().bank();
    let workshop = use_workshop();
    let status = RwSignal::new(None::<Outcome>);
    let preview = RwSignal::new(None::<(Document, Vec<String>)>);
    let import_error = RwSignal::new(None::<String>);
    // Whether the browser promised to keep the storage, once it answers.
    let kept = RwSignal::new(None::<Persistence>);
    persistence::current(move |answer| kept.set(Some(answer)));

    let export = move |_| match download(
        &stored::export(&quiz.document.get()),
        "application/json",
        &storage::keys().document,
        "json",
    ) {
        Ok(()) => status.set(Some(Outcome::Done(
            "Le fichier a été téléchargé. Garde-le pour l'importer sur un autre appareil.".into(),
        ))),
        Err(()) => status.set(Some(Outcome::Failed(
            "Le téléchargement n'a pas pu démarrer dans ce navigateur.".into(),
        ))),
    };
    let erase = move || {
        let reached = storage::clear_everything();
        quiz.replace(None);
        workshop.settings.set(Workshop::default());
        quiz.notices.set(Vec::new());
        status.set(Some(Outcome::Done(if reached {
            "C'est fait : tout ce que l'app avait enregistré sur cet appareil a été effacé.".into()
        } else {
            "Tes réponses ont été effacées de la page. Rien n'était enregistré sur cet appareil."
                .into()
        })));
    };
    let chosen = move |event: leptos::ev::Event| {
        preview.set(None);
        import_error.set(None);
        let Some(file) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        if file.size() > MAX_IMPORT_BYTES {
            import_error.set(Some(format!(
                "Ce fichier pèse {} Ko : c'est bien trop pour une sauvegarde de cette app (quelques Ko). Vérifie que c'est le bon fichier.",
                (file.size() / 1000.0) as u64
            )));
            return;
        }
        read_text(&file, move |text| {
            match text {
            None => import_error.set(Some("Ce fichier n'a pas pu être lu.".into())),
            Some(text) => match stored::read(&text, bank) {
                Ok((document, report)) => preview.set(Some((document, crate::model::document::notices::of_report(&report)))),
                Err(error) => import_error.set(Some(format!(
                    "Ce fichier ne peut pas être importé : {error}. Il doit s'agir d'un fichier exporté depuis « Mes données »."
                ))),
            },
        }
        });
    };
    let replace = move || {
        if let Some((document, notices)) = preview.get_untracked() {
            quiz.replace(Some(document));
            preview.set(None);
            status.set(Some(Outcome::Done(format!(
                "Import terminé. {}",
                notices.join(" ")
            ))));
        }
    };

    view! {
        <h1 tabindex="-1">"Mes données"</h1>
        <p>
            "L'app enregistre tes réponses et le résumé de tes résultats dans ton navigateur, sur cet appareil seulement "
            "(le « stockage local »). Rien n'est envoyé sur Internet, et il n'y a pas de compte."
        </p>
        <StatusLine outcome=status/>

        <TitledSection id="ce-qui-est-garde" title="Ce qui est enregistré ici">
            <p>{move || quiz.document.with(|d| d.summary(bank, local_date))}</p>
            <p class="persistence">{move || kept.get().map(Persistence::describe)}</p>
        </TitledSection>

        <TitledSection id="exporter" title="Emporter mes données">
            <p>"Télécharge un fichier avec tes réponses et tes résultats, pour continuer sur un autre appareil."</p>
            <p><button type="button" class="button" on:click=export>"Télécharger mes données"</button></p>
        </TitledSection>

        <TitledSection id="importer" title="Reprendre des données exportées">
            <p>
                <label for="fichier-import">"Choisis un fichier exporté depuis cette app :"</label>
                <input id="fichier-import" type="file" accept=".json,application/json" on:change=chosen/>
            </p>
            {move || import_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || preview.get().map(|(document, _)| view! {
                <Confirm
                    id="apercu"
                    yes="Remplacer par ce fichier"
                    on_yes=replace
                    on_no=move || preview.set(None)
                >
                    "Ce fichier contient : " {document.summary(bank, local_date)} ". "
                    "Il remplacera ce qui est enregistré ici : " {quiz.document.with(|d| d.summary(bank, local_date))} "."
                </Confirm>
            })}
        </TitledSection>

        <RestoreCode/>

        <TitledSection id="effacer" title="Effacer mes données">
            <p>"Efface de cet appareil tout ce que l'app a enregistré : réponses, résultats, réglages d'affichage, réglages du mode atelier, codes de la vue de groupe et données mises de côté."</p>
            <ConfirmButton
                label="Effacer mes données"
                id="confirmer-effacement"
                message="Tout effacer ? Cela ne peut pas être annulé."
                yes="Oui, tout effacer"
                no="Non, garder"
                on_yes=erase
            />
        </TitledSection>
    }
}

/// Reads a file as text and hands it to `done` (`None` if it cannot be read).
fn read_text(file: &web_sys::File, done: impl Fn(Option<String>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        return done(None);
    };
    let on_load = Closure::<dyn Fn(web_sys::Event)>::new({
        let reader = reader.clone();
        move |_| done(reader.result().ok().and_then(|r| r.as_string()))
    });
    reader.set_onload(Some(on_load.as_ref().unchecked_ref()));
    on_load.forget();
    _ = reader.read_as_text(file);
}
