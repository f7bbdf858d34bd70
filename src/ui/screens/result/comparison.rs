//! The result beside the previous attempt's, when one was made with the same questions.

use leptos::prelude::*;

use crate::model::report::Report;
use crate::model::scoring::{FamilyFit, points};
use crate::ui::clock::local_date;
use crate::ui::state::QuizState;

/// The latest result beside the previous attempt's, when there is one.
#[component]
pub fn Comparison(quiz: QuizState, report: Report<'static>) -> impl IntoView {
    let started_at = quiz.progress.with_untracked(|p| p.started_at);
    let history = quiz.history.get_untracked();
    let previous =
        crate::model::history::previous(&history, started_at, quiz.bank.version)?.clone();
    let figure = |v: Option<u8>| v.map_or_else(|| "—".to_owned(), |v| format!("{v} %"));
    let now = |v: Option<f64>| v.map(points);
    let row = |label: &'static str, before: Option<u8>, after: Option<u8>| {
        view! { <tr><th scope="row">{label}</th><td>{figure(before)}</td><td>{figure(after)}</td></tr> }
    };
    let overall_now = report.overall();
    let family_now = |f: Option<FamilyFit>| f.map(|f| points(f.value));
    let changed: Vec<(String, u8, u8)> = report
        .dimensions
        .iter()
        .filter_map(|s| {
            let after = now(s.score)?;
            let before = *previous.dimensions.get(&*s.dimension.id)?;
            (before.abs_diff(after) >= 10).then(|| (s.dimension.name.to_string(), before, after))
        })
        .collect();
    Some(view! {
        <section aria-labelledby="evolution" class="no-print">
            <h2 id="evolution">"Depuis ta tentative du " {local_date(previous.finished_at)}</h2>
            <table class="comparison">
                <thead>
                    <tr><th scope="col">"Affinité"</th><th scope="col">"Avant"</th><th scope="col">"Maintenant"</th></tr>
                </thead>
                <tbody>
                    {row("Globale", previous.overall, now(overall_now))}
                    {row("Centres d'intérêt", previous.interests, family_now(report.fit.interests))}
                    {row("Qualités", previous.qualities, family_now(report.fit.qualities))}
                </tbody>
            </table>
            {if changed.is_empty() {
                view! { <p>"Aucune dimension n'a bougé de 10 points ou plus."</p> }.into_any()
            } else {
                view! {
                    <p>"Ce qui a bougé de 10 points ou plus :"</p>
                    <ul>
                        {changed.into_iter().map(|(name, before, after)| view! {
                            <li>{name} " : " {before} " → " {after}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    })
}
