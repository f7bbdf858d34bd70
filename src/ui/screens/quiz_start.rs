//! The quiz's start screen: what the quiz is and is not, the choice of form, or resuming
//! and restarting an attempt in progress.

use leptos::prelude::*;

use crate::model::base::text::lowercase;
use crate::model::role::quiz::Form;
use crate::model::shell::route::Route;
use crate::storage;
use crate::ui::clock::now;
use crate::ui::components::confirm::ConfirmButton;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::components::try_link::TryLink;
use crate::ui::content::use_content;
use crate::ui::nav::go;
use crate::ui::nav::set_title;
use crate::ui::persistence;
use crate::ui::state::use_document;
use crate::ui::workshop_state::use_workshop;

#[component]
pub fn QuizStartPage() -> impl IntoView {
    set_title("Le questionnaire");
    let quiz = use_document();
    let workshop = use_workshop();
    let bank = use_content().bank();
    // In workshop mode the facilitator may have chosen the form for everyone.
    let imposed = move || workshop.settings.with(|w| w.form.clone());

    let in_progress = move || {
        quiz.progress.with(|p| {
            p.form
                .as_deref()
                .and_then(|f| bank.form(f))
                .map(|form| (form, p.answered(bank), p.len(bank), p.finished))
        })
    };
    let start = move |form: &'static Form| {
        quiz.update_progress(|p| p.start(&form.id, now()));
        // Answers are about to be kept: ask the browser to keep them, and warn once
        // when it does not promise to.
        persistence::ask(move |answer| {
            if let Some(warning) = answer.warning(storage::told_eviction()) {
                quiz.notify(warning.to_owned());
                storage::remember_told_eviction();
            }
        });
        go(&Route::Questions);
    };

    view! {
        <ScreenIntro title="Le questionnaire : ce métier est-il fait pour toi ?">
            "Des affirmations sur ce que tu aimes et sur ta façon de travailler, et quelques situations de travail. "
            "Il n'y a pas de bonne ou de mauvaise réponse : réponds comme tu es, pas comme tu crois qu'il faudrait être."
        </ScreenIntro>
        <p>
            "À la fin, tu vois ce qui te rapproche de ce métier et ce qui t'en éloigne, "
            "avec le détail de chaque calcul. C'est une base pour en parler, pas un test de niveau ni un verdict. "
            "Tes réponses restent sur cet appareil."
        </p>
        {move || match in_progress() {
            Some((form, answered, total, finished)) => view! {
                <section class="card" aria-labelledby="en-cours">
                    <h2 id="en-cours">
                        {if finished { "Ton dernier résultat" } else { "Questionnaire en cours" }}
                    </h2>
                    <p>{form.name.clone()} " : " {answered} " réponse(s) sur " {total} "."</p>
                    <p class="actions">
                        {if finished {
                            view! { <a class="button primary" href=Route::Result.href()>"Voir mon résultat"</a> }.into_any()
                        } else {
                            view! { <a class="button primary" href=Route::Questions.href()>"Reprendre"</a> }.into_any()
                        }}
                    </p>
                    <ConfirmButton
                        label="Recommencer"
                        id="confirmer-titre"
                        message="Toutes tes réponses seront effacées de cet appareil. Recommencer quand même ?"
                        yes="Oui, tout effacer et recommencer"
                        no="Non, garder mes réponses"
                        on_yes=move || quiz.update_progress(|p| p.restart(now()))
                    />
                </section>
            }
            .into_any(),
            None => view! {
                <h2>{move || if imposed().is_some() { "Ta version" } else { "Choisis ta version" }}</h2>
                {move || imposed().is_some().then(|| view! {
                    <p>"Version choisie par la personne qui anime l'atelier."</p>
                })}
                <ul class="form-choices">
                    {bank
                        .forms
                        .iter()
                        .filter(move |form| imposed().is_none_or(|f| f == form.id))
                        .map(|form| {
                            let count = bank.form_items(&form.id).count();
                            view! {
                                <li class="card">
                                    <h3>{form.name.clone()}</h3>
                                    <p>{count} " questions, environ " {form.minutes} " minutes. " <LangText text=&form.description/></p>
                                    <button type="button" class="button primary" on:click=move |_| start(form)>
                                        "Commencer la " {lowercase(&form.name)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="restore-link">
                    "Tu as déjà un code de résultat, fait ici ou sur un autre appareil ? "
                    <a href=Route::Data.href()>"Reprends ton résultat avec son code"</a>
                    " dans « Mes données »."
                </p>
            }
            .into_any(),
        }}
        <p class="try-offer">
            "Avant ou après le questionnaire, tu peux aussi faire de vraies petites tâches du métier : "
            "ton avis sur elles compte dans ton résultat. "
            <TryLink/>
        </p>
    }
}
