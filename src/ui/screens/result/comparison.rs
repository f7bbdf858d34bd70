//! The result beside the previous attempt's, when one was made with the same questions
//! (`history::Comparison` decides what to show).

use leptos::prelude::*;

use crate::model::document::history::{CHANGE_POINTS, Comparison};
use crate::ui::clock::local_date;

#[component]
pub fn ComparisonSection(comparison: Comparison) -> impl IntoView {
    let figure = |v: Option<u8>| v.map_or_else(|| "—".to_owned(), |v| format!("{v} %"));
    view! {
        <section aria-labelledby="evolution" class="no-print">
            <h2 id="evolution">"Depuis ta tentative du " {local_date(comparison.previous_finished_at)}</h2>
            <table class="comparison">
                <thead>
                    <tr><th scope="col">"Affinité"</th><th scope="col">"Avant"</th><th scope="col">"Maintenant"</th></tr>
                </thead>
                <tbody>
                    {comparison.rows.into_iter().map(|(label, before, after)| view! {
                        <tr><th scope="row">{label}</th><td>{figure(before)}</td><td>{figure(after)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            {if comparison.changed.is_empty() {
                view! { <p>"Aucune dimension n'a bougé de " {CHANGE_POINTS} " points ou plus."</p> }.into_any()
            } else {
                view! {
                    <p>"Ce qui a bougé de " {CHANGE_POINTS} " points ou plus :"</p>
                    <ul>
                        {comparison.changed.into_iter().map(|(name, before, after)| view! {
                            <li>{name} " : " {before} " → " {after}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
