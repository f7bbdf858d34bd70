//! Workshop mode on shared devices: the facilitator's settings (the form everyone
//! takes, kiosk mode and its idle delay) as a signal saved under its own key, the
//! settings screen, and "Personne suivante", which wipes the current person from the
//! device and goes back to the start.

use leptos::prelude::*;

use super::confirm::Confirm;
use super::nav::set_title;
use super::quiz_state::{QuizState, go, now, use_quiz};
use crate::model::quiz::QuestionBank;
use crate::model::route::Route;
use crate::model::workshop::{IDLE_CHOICES, Workshop};
use crate::storage;

/// Handles to the workshop settings and the kiosk's clock; cheap to copy.
#[derive(Clone, Copy)]
pub struct WorkshopState {
    pub settings: RwSignal<Workshop>,
    /// When the person at the device last did something, in milliseconds since 1970.
    pub last_activity: RwSignal<u64>,
}

impl WorkshopState {
    /// Loads the settings and saves every change. Call once, in `App`, after the quiz
    /// state (storage errors are shown with its notices).
    pub fn provide(bank: &'static QuestionBank, quiz: QuizState) -> WorkshopState {
        let state = WorkshopState {
            settings: RwSignal::new(storage::load_workshop(bank)),
            last_activity: RwSignal::new(now()),
        };
        Effect::watch(
            move || state.settings.get(),
            move |settings, _, _| {
                if let Err(message) = storage::save_workshop(settings) {
                    quiz.notify(message);
                }
            },
            false,
        );
        provide_context(state);
        state
    }
}

/// The workshop state provided by `App`.
pub fn use_workshop() -> WorkshopState {
    expect_context::<WorkshopState>()
}

/// Removes the current person's answers, results, display choices and notices from the
/// device, keeps the workshop settings, and goes back to the start.
pub fn next_person(quiz: QuizState) {
    quiz.replace(None);
    quiz.notices.set(Vec::new());
    storage::clear_person();
    go(&Route::Home);
}

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

/// A delay as people say it.
fn minutes(seconds: u32) -> String {
    match seconds / 60 {
        1 => "1 minute".to_owned(),
        n => format!("{n} minutes"),
    }
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    set_title("Mode atelier");
    let quiz = use_quiz();
    let workshop = use_workshop();
    let bank = quiz.bank;
    let settings = workshop.settings;
    let form_choice = move |form: Option<&'static str>, label: String| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="formulaire"
                    prop:checked=move || settings.with(|w| w.form.as_deref() == form)
                    on:change=move |_| settings.update(|w| w.form = form.map(str::to_owned))
                />
                <span>{label}</span>
            </label>
        }
    };
    let on_delay = move |event: leptos::ev::Event| {
        let value: u32 = event_target_value(&event)
            .parse()
            .unwrap_or(IDLE_CHOICES[2]);
        settings.update(|w| w.idle_seconds = value);
    };

    view! {
        <h1 tabindex="-1">"Mode atelier"</h1>
        <p class="lead">
            "Pour la personne qui fait passer le questionnaire à un groupe, sur des appareils partagés "
            "ou sur les téléphones de chacun et chacune. Aucun compte, rien n'est envoyé : chaque personne "
            "obtient un code de résultat, que vous rassemblez dans la vue de groupe."
        </p>
        <p class="actions">
            <a class="button primary" href=Route::Group.href()>"Ouvrir la vue de groupe"</a>
        </p>

        <section aria-labelledby="reglages">
            <h2 id="reglages">"Réglages de cet appareil"</h2>
            <p>"Ils restent sur cet appareil, même quand les réponses d'une personne sont effacées."</p>
            <fieldset class="setting">
                <legend>"Version du questionnaire"</legend>
                <div class="choices">
                    {form_choice(None, "Au choix de chaque personne".to_owned())}
                    {bank
                        .forms
                        .iter()
                        .map(|form| {
                            let count = bank.form_items(&form.id).count();
                            form_choice(
                                Some(form.id.as_ref()),
                                format!("{} : {count} questions, environ {} minutes", form.name, form.minutes),
                            )
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <fieldset class="setting">
                <legend>"Mode kiosque (appareil partagé)"</legend>
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || settings.with(|w| w.kiosk)
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            settings.update(|w| w.kiosk = on);
                        }
                    />
                    <span>"Effacer automatiquement les réponses quand personne n'utilise l'appareil"</span>
                </label>
                <label class="field">
                    <span>"Après une inactivité de"</span>
                    <select on:change=on_delay prop:value=move || settings.with(|w| w.idle_seconds.to_string())>
                        {IDLE_CHOICES
                            .into_iter()
                            .map(|seconds| view! { <option value=seconds.to_string()>{minutes(seconds)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <p class="hint">
                    "Trente secondes avant l'effacement, un compte à rebours s'affiche ; "
                    "toucher l'écran ou appuyer sur une touche l'annule."
                </p>
            </fieldset>
        </section>

        <section aria-labelledby="entre-deux">
            <h2 id="entre-deux">"Entre deux personnes"</h2>
            <p>
                "« Personne suivante » efface de cet appareil les réponses, le résultat et les réglages "
                "d'affichage de la personne actuelle, puis revient à l'accueil. Ce bouton figure aussi "
                "sur l'écran de résultat tant que le mode atelier est actif."
            </p>
            <NextPerson/>
        </section>

        <section aria-labelledby="fiche-papier">
            <h2 id="fiche-papier">"Une fiche papier pour chaque personne"</h2>
            <p>
                "Sur l'écran de résultat, « Imprimer ma fiche » produit une page A4 : affinité, barres par dimension, "
                "points forts, pistes, code de résultat et un cadre pour les notes de la conseillère ou du conseiller."
            </p>
        </section>
    }
}
