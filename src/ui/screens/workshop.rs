//! The "Mode atelier" screen: the form everyone takes, kiosk mode and its idle delay,
//! for the facilitator, and the way to the paper kit.

use leptos::prelude::*;

use crate::model::classroom::workshop::IDLE_CHOICES;
use crate::model::classroom::workshop::delay_words;
use crate::model::shell::route::Route;
use crate::ui::components::choice::Choice;
use crate::ui::components::next_person::NextPerson;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;
use crate::ui::workshop_state::use_workshop;

#[component]
pub fn WorkshopPage() -> impl IntoView {
    set_title("Mode atelier");
    let workshop = use_workshop();
    let bank = use_content().bank();
    let settings = workshop.settings;
    let form_choice = move |form: Option<&'static str>, label: String| {
        view! {
            <Choice
                name="formulaire".to_owned()
                label
                checked=move || settings.with(|w| w.form.as_deref() == form)
                on_pick=move || settings.update(|w| w.form = form.map(str::to_owned))
            />
        }
    };
    let on_delay = move |event: leptos::ev::Event| {
        let value: u32 = event_target_value(&event)
            .parse()
            .unwrap_or(IDLE_CHOICES[2]);
        settings.update(|w| w.idle_seconds = value);
    };

    view! {
        <ScreenIntro title="Mode atelier">
            "Pour la personne qui fait passer le questionnaire à un groupe, sur des appareils partagés "
            "ou sur les téléphones de chacun et chacune. Aucun compte, rien n'est envoyé : chaque personne "
            "obtient un code de résultat, que vous rassemblez dans la vue de groupe."
        </ScreenIntro>
        <p class="actions">
            <a class="button primary" href=Route::Group.href()>"Ouvrir la vue de groupe"</a>
        </p>

        <TitledSection id="reglages" title="Réglages de cet appareil">
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
                <label class="choice" for="kiosque">
                    <input
                        id="kiosque"
                        type="checkbox"
                        prop:checked=move || settings.with(|w| w.kiosk)
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            settings.update(|w| w.kiosk = on);
                        }
                    />
                    <span>"Effacer automatiquement les réponses quand personne n'utilise l'appareil"</span>
                </label>
                <label class="field" for="delai-kiosque">
                    <span>"Après une inactivité de"</span>
                    <select id="delai-kiosque" on:change=on_delay prop:value=move || settings.with(|w| w.idle_seconds.to_string())>
                        {IDLE_CHOICES
                            .into_iter()
                            .map(|seconds| view! { <option value=seconds.to_string()>{delay_words(seconds)}</option> })
                            .collect_view()}
                    </select>
                </label>
                <p class="hint">
                    "Trente secondes avant l'effacement, un compte à rebours s'affiche ; "
                    "toucher l'écran ou appuyer sur une touche l'annule."
                </p>
            </fieldset>
        </TitledSection>

        <TitledSection id="entre-deux" title="Entre deux personnes">
            <p>
                "« Personne suivante » efface de cet appareil les réponses, le résultat et les réglages "
                "d'affichage de la personne actuelle, puis revient à l'accueil. Ce bouton figure aussi "
                "sur l'écran de résultat tant que le mode atelier est actif."
            </p>
            <NextPerson/>
        </TitledSection>

        <TitledSection id="fiche-papier" title="Une fiche papier pour chaque personne">
            <p>
                "Sur l'écran de résultat, « Imprimer ma fiche » produit une page A4 : affinité, barres par dimension, "
                "points forts, pistes, code de résultat et un cadre pour les notes de la conseillère ou du conseiller."
            </p>
        </TitledSection>

        <TitledSection id="kit-papier" title="Sans appareil : le kit papier">
            <p>
                "Une personne sans appareil répond sur un questionnaire imprimé. Ses réponses, saisies en une ligne "
                "de chiffres, donnent le même code de résultat qu'à l'écran."
            </p>
            <p class="actions">
                <a class="button" href=Route::PaperSheet.href()>"Imprimer le questionnaire papier"</a>
                <a class="button" href=Route::PaperEntry.href()>"Saisir des réponses papier"</a>
            </p>
        </TitledSection>
    }
}
