//! « Essayer le métier »: the list of the role's hands-on activities with where the
//! visitor is in each, and one activity per screen ([`activity`]). The engine and its
//! rules are `model::role::activity`; this shell lays them out.
//!
//! - [`activity`]: one activity: its setting, the exercise, checking, the explanation,
//!   the real work it resembles, the two ratings;
//! - [`pick_one`], [`order_steps`], [`filter_rows`]: the exercise of each kind.

mod activity;
mod filter_rows;
mod order_steps;
mod pick_one;

use leptos::prelude::*;

use crate::model::document::tried::Record;
use crate::model::role::activity::Activity;
use crate::model::shell::route::Route;
use crate::ui::components::not_found::NotFoundPage;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;
use crate::ui::state::use_document;

/// What to tell about correctness, on the list and after each check.
pub const NOT_A_GRADE: &str = "Ce n'est pas un test : trouver ou non la bonne réponse ne compte pas, \
     et rien n'est noté. Seul ton avis compte dans ton résultat, comme une réponse au questionnaire.";

/// The route `#/essayer` or `#/essayer/<id>`.
#[component]
pub fn TryPage(activity: Option<String>) -> impl IntoView {
    let bank = use_content().bank();
    match activity {
        None => view! { <TryList/> }.into_any(),
        Some(id) => match bank.activities.iter().position(|a| a.id == id) {
            Some(index) => view! { <activity::ActivityScreen index/> }.into_any(),
            None => view! { <NotFoundPage path=format!("essayer/{id}")/> }.into_any(),
        },
    }
}

/// The list of activities, with how far the visitor went in each.
#[component]
fn TryList() -> impl IntoView {
    set_title("Essayer le métier");
    let bank = use_content().bank();
    let quiz = use_document();
    let activities = &bank.activities;
    let minutes = bank.activity_minutes();
    let status = move |activity: &Activity| {
        quiz.tried
            .with(|tried| Record::stage(tried.get(activity.id.as_ref())))
    };
    view! {
        <ScreenIntro title="Essayer le métier">
            {format!(
                "{} petites tâches du vrai travail, d'environ {minutes} minutes chacune, sans rien savoir du code. \
                 Après chacune, dis si tu as aimé : c'est plus parlant que d'imaginer.",
                activities.len()
            )}
        </ScreenIntro>
        <p class="caveat">{NOT_A_GRADE}</p>
        <TitledSection id="activites" title="Les activités">
            <ol class="activities">
                {activities.iter().map(|activity| view! {
                    <li>
                        <a href=Route::Try { activity: Some(activity.id.to_string()) }.href()>{activity.title.as_ref()}</a>
                        " ("{activity.minutes}" min) : "
                        <span class="activity-status">{move || status(activity)}</span>
                    </li>
                }).collect_view()}
            </ol>
        </TitledSection>
        <p class="actions">
            <a class="button" href=Route::Quiz.href()>"Faire le questionnaire"</a>
            <a class="button" href=Route::Result.href()>"Voir mon résultat"</a>
        </p>
    }
}
