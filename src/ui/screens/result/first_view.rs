//! The result's first view, as `model::assessment::report::summary` words it: the headline with its
//! figure, why, up to three strengths, one or two things to try with their fiche
//! section, the next step and what the result is not. Printed as it is.

use leptos::prelude::*;

use super::fiche_link::FicheLink;
use crate::model::assessment::report::summary::{
    CAVEAT, NEXT_TITLE, NO_STRENGTH, STRENGTHS_TITLE, Summary, TO_TRY_TITLE,
};

#[component]
pub fn FirstView(summary: Summary<'static>) -> impl IntoView {
    let Summary {
        headline,
        figure,
        why,
        strengths,
        to_try,
        next,
        next_link,
    } = summary;
    view! {
        <section class="card verdict" aria-labelledby="affinite">
            <h2 id="affinite">
                {headline}
                {figure.map(|f| view! { <span class="figure">" : " {f}</span> })}
            </h2>
            <p>{why}</p>
            <h3>{STRENGTHS_TITLE}</h3>
            {if strengths.is_empty() {
                view! { <p>{NO_STRENGTH}</p> }.into_any()
            } else {
                view! {
                    <ul class="strengths">
                        {strengths.into_iter().map(|d| view! { <li>{d.name.as_ref()}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <h3>{TO_TRY_TITLE}</h3>
            <ul class="to-try">
                {to_try.into_iter().map(|step| view! {
                    <li>
                        {step.text.as_ref()} " "
                        <FicheLink section=step.section.to_string()/>
                    </li>
                }).collect_view()}
            </ul>
            <h3>{NEXT_TITLE}</h3>
            <p>
                {next.sentence()}
                {next_link.map(|link| view! {
                    " " <a class="no-print" href=link.route.href()>{link.label}</a>
                })}
            </p>
            <p class="caveat">{CAVEAT}</p>
        </section>
    }
}
