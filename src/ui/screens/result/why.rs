//! Why a dimension scored what it did: the answers that raised or lowered it, the
//! activities tried that count for it, its range, the level the role expects and the O*NET reference.

use leptos::prelude::*;

use crate::model::assessment::scoring::Evidence;
use crate::model::assessment::scoring::{DimensionScore, Effect};
use crate::ui::components::lang_text::LangText;
use crate::ui::content::use_content;

/// The answers that raised or lowered one dimension.
#[component]
pub fn Why(score: DimensionScore<'static>) -> impl IntoView {
    let bank = use_content().bank();
    let onet = use_content().role.fiche.app.onet_code.to_string();
    let line = move |e: &Evidence<'static>| view! { <li>{e.said(bank)}</li> };
    let of = |effect: Effect| {
        score
            .evidence
            .iter()
            .filter(|e| e.effect() == effect)
            .map(&line)
            .collect_view()
    };
    let raised = score.evidence.iter().any(|e| e.effect() == Effect::Raised);
    let lowered = score.evidence.iter().any(|e| e.effect() == Effect::Lowered);
    let summary = score.summary();
    view! {
        <details class="why">
            <summary>{summary}</summary>
            <p>{score.dimension.explanation.clone()}</p>
            {raised.then(|| view! { <p>"Ce qui l'a fait monter :"</p> <ul>{of(Effect::Raised)}</ul> })}
            {lowered.then(|| view! { <p>"Ce qui l'a fait baisser :"</p> <ul>{of(Effect::Lowered)}</ul> })}
            {(!score.tried.is_empty()).then(|| view! {
                <p>"Les activités essayées qui comptent ici :"</p>
                <ul>
                    {score.tried.iter().map(|t| view! {
                        <li>{format!("« {} » : ton avis « {} »", t.activity.title, t.liking.label())}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!raised && !lowered && score.tried.is_empty()).then(|| view! { <p>"Aucune réponse tranchée sur ce point."</p> })}
            {score.dimension.target.as_ref().map(|t| view! {
                <p class="rationale">"Niveau attendu par le métier : " {t.level} " sur 100. " <LangText text=&t.rationale/></p>
            })}
            {(!score.dimension.onet_work_style.is_empty()).then(|| view! {
                <p class="rationale">
                    "Repère O*NET (styles de travail du métier " {onet.clone()} ", notés sur 5) : "
                    <LangText text=&score.dimension.onet_work_style/> "."
                </p>
            })}
        </details>
    }
}
