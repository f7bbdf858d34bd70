//! One question per screen: "Question 7 sur 25", a progress bar, the question as a
//! `fieldset` whose `legend` is the statement or situation, one native radio per
//! answer (a situation's options in the attempt's shuffled order), and back / next.
//! Answering saves at once; the question is re-drawn only when
//! the position changes, so keyboard focus stays on the radio being chosen. Each new
//! question is announced once, by moving the focus to its heading.

use leptos::prelude::*;

use crate::model::assessment::answers::Answer;
use crate::model::assessment::answers::scale_answers;
use crate::model::role::quiz::{Item, ItemKind};
use crate::model::shell::route::Route;
use crate::ui::clock::now;
use crate::ui::components::choice::Choice;
use crate::ui::components::linked_text::LinkedText;
use crate::ui::components::linked_text::new_part;
use crate::ui::content::use_content;
use crate::ui::nav::go;
use crate::ui::nav::set_title;
use crate::ui::state::DocumentState;
use crate::ui::state::use_document;

#[component]
pub fn QuestionPage() -> impl IntoView {
    let quiz = use_document();
    let bank = use_content().bank();
    // The question on screen changes only with the form or the position.
    let current = Memo::new(move |_| {
        quiz.progress.with(|p| {
            let form = p.form.as_deref().and_then(|f| bank.form(f))?;
            Some((form, p.position, p.len(bank)))
        })
    });

    // A new question takes the focus to its heading, as a new screen would: a screen
    // reader reads "Question 7 sur 25, titre de niveau 1" once. There is no live region
    // saying it too, which would make it heard twice (docs/quiz.md, "Announcements").
    Effect::watch(
        move || current.get(),
        |_, _, _| request_animation_frame(crate::ui::nav::focus_heading),
        false,
    );

    view! {
        {move || match current.get() {
            None => {
                set_title("Aucun questionnaire en cours");
                view! {
                    <h1 tabindex="-1">"Aucun questionnaire en cours"</h1>
                    <p>"Choisis d'abord une version du questionnaire."</p>
                    <p><a class="button primary" href=Route::Quiz.href()>"Choisir une version"</a></p>
                }
                .into_any()
            }
            Some((form, position, total)) => {
                let item = bank.form_items(&form.id).nth(position);
                let title = format!("Question {} sur {total}", position + 1);
                set_title(&title);
                view! {
                    <div class="quiz">
                        <p class="quiz-form-name">{form.name.clone()}</p>
                        <h1 tabindex="-1" id="question-titre">{title}</h1>
                        <AnsweredBar total/>
                        {item.map(|item| view! { <QuestionForm quiz item position total/> })}
                        <p class="quiz-leave">
                            <a href=Route::Quiz.href()>"Faire une pause"</a>
                            " — tes réponses sont gardées sur cet appareil."
                        </p>
                    </div>
                }
                .into_any()
            }
        }}
    }
}

/// How many questions have an answer, as a bar and in words.
#[component]
fn AnsweredBar(total: usize) -> impl IntoView {
    let quiz = use_document();
    let bank = use_content().bank();
    let answered = Memo::new(move |_| quiz.progress.with(|p| p.answered(bank)));
    view! {
        <div class="answered">
            <progress id="progression" max=total value=move || answered.get() aria-labelledby="progression-texte"></progress>
            <span id="progression-texte">{move || answered.get()} " réponse(s) sur " {total}</span>
        </div>
    }
}

#[component]
fn QuestionForm(
    quiz: DocumentState,
    item: &'static Item,
    position: usize,
    total: usize,
) -> impl IntoView {
    let bank = use_content().bank();
    let chosen = Memo::new(move |_| quiz.progress.with(|p| p.answers.get(&*item.id).copied()));
    let is_last = position + 1 == total;

    let next = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if is_last {
            quiz.finish();
            go(&Route::Result);
        } else {
            quiz.update_progress(|p| p.go_to(bank, position + 1, now()));
        }
    };
    let back = move |_| {
        if position == 0 {
            go(&Route::Quiz);
        } else {
            quiz.update_progress(|p| p.go_to(bank, position - 1, now()));
        }
    };
    let choice = move |answer: Answer, label: String| {
        let name = format!("reponse-{}", item.id);
        view! {
            <Choice
                name
                label
                checked=move || chosen.get() == Some(answer)
                on_pick=move || {
                    quiz.update_progress(|p| {
                        p.answer(bank, &item.id, answer, now());
                    })
                }
            />
        }
    };

    let (legend, description, choices) = match &item.kind {
        ItemKind::Statement { text, .. } => (
            text.to_string(),
            None,
            scale_answers(bank)
                .map(|(answer, label)| choice(answer, label.to_owned()))
                .collect_view()
                .into_any(),
        ),
        ItemKind::Situation {
            title,
            text,
            options,
        } => (
            format!("Situation : {title}"),
            Some(text),
            // Shown in this attempt's order; the answer keeps the option's own index.
            quiz.progress
                .with_untracked(|p| p.option_order(item))
                .into_iter()
                .filter_map(|i| {
                    let option = options.get(usize::from(i))?;
                    Some(choice(Answer::Choice(i), option.text.to_string()))
                })
                .collect_view()
                .into_any(),
        ),
    };
    let described = description.is_some().then_some("question-description");

    view! {
        <form class="question" on:submit=next>
            <fieldset aria-describedby=described>
                <legend>{legend}</legend>
                {description.map(|text| view! {
                    <p id="question-description" class="situation">
                        <LinkedText text linked=new_part()/>
                        " Que fais-tu ?"
                    </p>
                })}
                <div class="choices">{choices}</div>
            </fieldset>
            <div class="quiz-nav">
                <button type="button" class="button" on:click=back>"Précédent"</button>
                <button type="submit" class="button primary">
                    {if is_last { "Voir mon résultat" } else { "Suivant" }}
                </button>
            </div>
        </form>
    }
}
