//! The result screen. Everything on it comes from [`Report`]. First what a pupil reads
//! in two minutes (`first_view.rs`, worded by `model::assessment::report::summary`): the headline,
//! why, up to three strengths, one or two things to try, the next step. Below, in
//! sections a pupil opens (`details.rs`): the scores in detail with the answers behind
//! each, every strength and point to develop, the activities tried, RIASEC, nearby roles,
//! the comparison; then the result code, always shown. When the answers cannot support
//! a result, it says why. The heading and the first view are drawn first; the rest in a
//! task after that first frame, which halved the click → painted time (BENCHMARKS.md).

use std::time::Duration;

use leptos::prelude::*;

mod code;
mod comparison;
mod details;
mod family;
mod fiche_link;
mod first_view;
mod riasec;
mod scores;
mod tried;
mod why;

use code::{ResultCode, SheetHeading};
use details::Details;
use first_view::FirstView;

use crate::model::assessment::report::Report;
use crate::model::assessment::report::summary::{CAVEAT, Summary, TITLE};
use crate::model::document::history::{Comparison, previous};
use crate::model::role::quiz::QuestionBank;
use crate::model::shell::route::Route;
use crate::ui::clock::now;
use crate::ui::components::try_link::TryLink;
use crate::ui::content::use_content;
use crate::ui::nav::{go, set_title};
use crate::ui::state::{DocumentState, use_document};

#[component]
pub fn ResultPage() -> impl IntoView {
    let fiche = &use_content().role.fiche;
    set_title("Ton résultat");
    let quiz = use_document();
    // What is below the verdict is drawn in a task after the screen's first frame: that
    // frame then shows the heading and the verdict sooner, with the focus on the heading
    // (measured in BENCHMARKS.md). Once set, a result drawn again (another tab changed
    // the answers) is drawn whole, so the page keeps its height and scroll.
    let (drawn, set_drawn) = signal(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                set_drawn.try_set(true);
            },
            Duration::ZERO,
        )
    });
    move || {
        // The report depends on the attempt and the activities rated, not on the
        // settings or the history: only those draw it again.
        quiz.progress.track();
        quiz.tried.track();
        let report = quiz
            .document
            .with_untracked(|d| d.report(use_content().bank()));
        match report {
            None => view! {
                <h1 tabindex="-1">"Pas encore de résultat"</h1>
                <p>"Réponds d'abord au questionnaire : ton résultat s'affichera ici."</p>
                <p class="actions">
                    <a class="button primary" href=Route::Quiz.href()>"Commencer le questionnaire"</a>
                    <TryLink/>
                </p>
            }
            .into_any(),
            Some(report) if !report.has_result() => view! { <NoResult quiz report/> }.into_any(),
            Some(report) => view! { <FullResult quiz report role=fiche.title.to_string() drawn/> }.into_any(),
        }
    }
}

/// Review the answers, all kept (`Progress::review`), on the questions' screen.
fn review(quiz: DocumentState, bank: &QuestionBank) {
    quiz.update_progress(|p| p.review(bank, now()));
    go(&Route::Questions);
}

/// When the answers cannot support a result: why, and how to go on.
#[component]
fn NoResult(quiz: DocumentState, report: Report<'static>) -> impl IntoView {
    let bank = use_content().bank();
    let blocking: Vec<String> = report
        .concerns
        .iter()
        .filter(|c| c.is_blocking())
        .map(|c| c.explanation())
        .collect();
    view! {
        <h1 tabindex="-1">"Ton résultat n'est pas encore fiable"</h1>
        {if blocking.is_empty() {
            view! { <p>{report.missing_sentence()}</p> }.into_any()
        } else {
            view! {
                <p>"Plutôt qu'un pourcentage qui ne voudrait rien dire, voici ce que nous avons remarqué :"</p>
                <ul class="concerns">{blocking.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                <p>"Tu peux revoir tes réponses : celles que tu as données sont gardées, tu peux les changer une par une."</p>
            }
            .into_any()
        }}
        <p class="actions">
            <button type="button" class="button primary" on:click=move |_| review(quiz, bank)>"Revoir mes réponses"</button>
            <a class="button" href=Route::Quiz.href()>"Retour au questionnaire"</a>
        </p>
        <p class="caveat">{CAVEAT}</p>
        <ResultCode code=report.code.clone()/>
    }
}

#[component]
fn FullResult(
    quiz: DocumentState,
    report: Report<'static>,
    role: String,
    drawn: ReadSignal<bool>,
) -> impl IntoView {
    let bank = use_content().bank();
    let started_at = quiz.progress.with_untracked(|p| p.started_at);
    let comparison = quiz.history.with_untracked(|history| {
        previous(history, started_at, bank.version).map(|p| Comparison::of(p, &report))
    });
    let summary = Summary::of(bank, &report);

    view! {
        <SheetHeading role form_name=report.form.name.to_string()/>
        <h1 tabindex="-1">{TITLE}</h1>
        {summary.map(|summary| view! { <FirstView summary/> })}
        {move || drawn.get().then(|| view! { <Details quiz report=report.clone() comparison=comparison.clone()/> })}
    }
}
