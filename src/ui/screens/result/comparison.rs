//! The result beside the previous attempt's, when one was made with the same questions
//! (`history::Comparison` decides what to show).

use leptos::prelude::*;

use crate::model::document::history::Comparison;
use crate::model::document::history::figure;
use crate::ui::clock::local_date;

#[component]
pub fn ComparisonSection(comparison: Comparison) -> impl IntoView {
    let changed_sentence = comparison.changed_sentence();
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
            <p>{changed_sentence}</p>
            {(!comparison.changed.is_empty()).then(|| view! {
                <ul>
                    {comparison.changed.into_iter().map(|(name, before, after)| view! {
                        <li>{name} " : " {before} " → " {after}</li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
