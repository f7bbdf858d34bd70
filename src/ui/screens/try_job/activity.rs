//! One activity of « Essayer le métier »: the situation and the task, the exercise of
//! its kind, « Vérifier », then what was right and why (never a mark), what the real
//! work looks like with a link to the fiche, and the two ratings. Everything the
//! visitor does is kept at once, so a reload resumes the activity where it was.

use leptos::prelude::*;

use crate::model::assessment::ratings::Difficulty;
use crate::model::document::tried::{RATING_QUESTIONS, Record};
use crate::model::role::activity::{Activity, Exercise, Response};
use crate::model::shell::route::Route;
use crate::ui::components::linked_text::{LinkedText, new_part};
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::{focus_id_later, set_title};
use crate::ui::state::use_document;

use super::NOT_A_GRADE;
use super::filter_rows::FilterRows;
use super::order_steps::OrderSteps;
use super::pick_one::{PickOne, ResponseAndScreen};

/// The id of the message « Choisis d'abord une réponse ».
const MISSING_ID: &str = "reponse-manquante";

#[component]
pub fn ActivityScreen(index: usize) -> impl IntoView {
    let content = use_content();
    let bank = content.bank();
    let quiz = use_document();
    let activity: &'static Activity = &bank.activities[index];
    set_title(&activity.title);
    let id: &'static str = activity.id.as_ref();
    let exercise = &activity.exercise;
    let record = Memo::new(move |_| quiz.tried.with(|t| t.get(id).cloned().unwrap_or_default()));
    let response = move || record.with(|r| exercise.resume(&r.response));
    let set_response = move |next: Response| quiz.update_tried(id, |r| r.rework(next));
    let tried_to_check = RwSignal::new(false);
    let check = move |_| {
        tried_to_check.set(true);
        if exercise.is_complete(&response()) {
            quiz.update_tried(id, |r| r.checked = true);
            focus_id_later("ce-qu-il-fallait".to_owned());
        }
    };
    let checked = move || record.with(|r| r.checked);
    // Drawn once it is asked for, not again at each rating (the radios keep their ids).
    let asks_ratings = Memo::new(move |_| record.with(Record::asks_ratings));
    let outcome = move || exercise.check(&response()).filter(|_| checked());
    let incomplete = move || tried_to_check.get() && !exercise.is_complete(&response());
    // The answers' group is described by the message asking for an answer, while it shows.
    let described_by = Signal::derive(move || incomplete().then_some(MISSING_ID));
    let linked = new_part();
    let section_title = content
        .role
        .fiche
        .section(&activity.section)
        .map_or(activity.section.as_ref(), |s| s.title.as_ref());
    let next = bank.activities.get(index + 1);

    view! {
        <p class="quiz-form-name">
            <a href=Route::Try { activity: None }.href()>"Essayer le métier"</a>
            {format!(" : activité {} sur {}, environ {} min", index + 1, bank.activities.len(), activity.minutes)}
        </p>
        <h1 tabindex="-1">{activity.title.as_ref()}</h1>
        <p class="lead"><LinkedText text=&activity.setting linked=linked.clone()/></p>
        <p><strong>"Ta mission : "</strong><LinkedText text=&activity.task linked=linked.clone()/></p>

        <div class="exercise">
            {match exercise {
                Exercise::FindLine { lines, .. } => view! {
                    <PickOne
                        name="ligne"
                        legend="Les lignes du journal"
                        texts=lines.iter().map(AsRef::as_ref).collect()
                        code=true
                        chosen=Signal::derive(move || response().first().copied())
                        on_pick=move |i: u8| set_response(vec![i])
                        described_by
                    />
                }.into_any(),
                Exercise::SpotField { response: json, screen, choices, .. } => view! {
                    <ResponseAndScreen response=json.as_ref() screen=screen.iter().map(AsRef::as_ref).collect()/>
                    <PickOne
                        name="probleme"
                        legend="Qu'est-ce qui ne va pas ?"
                        texts=choices.iter().map(AsRef::as_ref).collect()
                        chosen=Signal::derive(move || response().first().copied())
                        on_pick=move |i: u8| set_response(vec![i])
                        described_by
                    />
                }.into_any(),
                Exercise::OrderSteps { steps, .. } => view! {
                    <OrderSteps
                        steps=steps.iter().map(AsRef::as_ref).collect()
                        order=Signal::derive(response)
                        on_move=move |position: usize, up: bool| set_response(exercise.moved(&response(), position, up))
                    />
                }.into_any(),
                Exercise::FilterRows(table) => view! {
                    <FilterRows
                        table
                        choices=Signal::derive(response)
                        on_choose=move |menu: usize, option: u8| set_response(exercise.chosen(&response(), menu, option))
                    />
                }.into_any(),
            }}
            <p class="actions">
                <button type="button" class="button primary" on:click=check>"Vérifier"</button>
            </p>
            {move || incomplete().then(|| view! {
                <p id=MISSING_ID class="error" role="alert">"Choisis d'abord une réponse, puis « Vérifier »."</p>
            })}
        </div>

        {move || outcome().map(|outcome| view! {
            <section class="card feedback" aria-labelledby="ce-qu-il-fallait">
                <h2 id="ce-qu-il-fallait" tabindex="-1">{outcome.heading()}</h2>
                <p><LinkedText text=&activity.explanation linked=new_part()/></p>
                <p class="caveat">{NOT_A_GRADE}</p>
            </section>
        })}

        <TitledSection id="vrai-metier" title="Dans le vrai métier">
            <p><LinkedText text=&activity.real_work linked=new_part()/></p>
            <p>
                <a href=Route::fiche_section(&activity.section).href()>{format!("Voir dans la fiche : {section_title}")}</a>
            </p>
        </TitledSection>

        {move || asks_ratings.get().then(|| view! { <Ratings id record/> })}

        <p class="actions">
            {match next {
                Some(next) => view! {
                    <a class="button primary" href=Route::Try { activity: Some(next.id.to_string()) }.href()>
                        {format!("Activité suivante : {}", next.title)}
                    </a>
                }.into_any(),
                None => view! {
                    <a class="button primary" href=Route::Result.href()>"Voir mon résultat"</a>
                }.into_any(),
            }}
            <a class="button" href=Route::Try { activity: None }.href()>"Toutes les activités"</a>
        </p>
    }
}

/// The two ratings of an activity: how much it was liked (it counts in the result) and
/// how hard it felt (shown to the visitor only).
#[component]
fn Ratings(id: &'static str, record: Memo<Record>) -> impl IntoView {
    let quiz = use_document();
    view! {
        <TitledSection id="ton-avis" title="Ton avis">
            <p>"Ton avis sur l'activité compte dans ton résultat, comme une réponse au questionnaire. La difficulté, elle, n'est que pour toi."</p>
            {RATING_QUESTIONS.iter().map(|question| view! {
                <PickOne
                    name=question.name
                    legend=question.legend
                    texts=question.labels.to_vec()
                    chosen=Signal::derive(move || record.with(question.chosen))
                    on_pick=move |i: u8| quiz.update_tried(id, |r| (question.choose)(r, i))
                />
            }).collect_view()}
            <p role="status">{move || record.with(|r| r.difficulty().map(Difficulty::comment))}</p>
        </TitledSection>
    }
}
