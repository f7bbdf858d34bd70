//! « Tes scores en détail »: what the headline means (`Headline::sentence`, which says
//! why there are two bands when there are), how precisely the match is told, the notes the
//! answers raised, how the match is made, both families' fit, and each family's chart
//! with why each dimension scored what it did.

use leptos::prelude::*;

use super::family::FamilySection;
use crate::model::assessment::report::{Precision, Report};
use crate::model::role::quiz::Family;

/// How the match is made, in one sentence.
const HOW: &str = "Ton affinité vient de tes centres d'intérêt, car ce sont eux qui te motiveront. \
    Tes qualités sont montrées à côté : elles se développent et ne changent pas l'affinité.";

#[component]
pub fn Scores(report: Report<'static>) -> impl IntoView {
    let precision_sentence = report.precision().and_then(Precision::sentence);
    let meaning = report.headline().map(|h| h.sentence());
    let notes = report
        .concerns
        .iter()
        .map(|c| c.explanation())
        .collect::<Vec<_>>();
    let family_line = |name: &'static str, role: &'static str, family: Family| {
        let text = report.fit.describe(family);
        view! { <div class="fit-family"><dt>{name}</dt><dd>{text} " " <span class="fit-role">{role}</span></dd></div> }
    };
    view! {
        {meaning.map(|text| view! { <p>{text}</p> })}
        {precision_sentence.map(|text| view! { <p class="precision">{text}</p> })}
        {notes.into_iter().map(|text| view! { <p class="concern">{text}</p> }).collect_view()}
        <p class="how">{HOW}</p>
        <dl class="fit-families">
            {family_line("Centres d'intérêt", "(font l'affinité)", Family::Interest)}
            {family_line("Qualités", "(à côté, ne comptent pas)", Family::Quality)}
        </dl>
        <div class="families">
            <FamilySection report=report.clone() family=Family::Interest/>
            <FamilySection report=report.clone() family=Family::Quality/>
        </div>
    }
}
