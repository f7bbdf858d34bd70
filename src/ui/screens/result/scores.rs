//! « Tes scores en détail »: what the headline means (`Headline::sentence`, which says
//! why there are two bands when there are), how precisely the match is told, the notes the
//! answers raised, how the match is made, both families' fit, and each family's chart
//! with why each dimension scored what it did.

use leptos::prelude::*;

use super::family::FamilySection;
use crate::model::assessment::report::{Precision, Report};
use crate::model::assessment::scoring::FamilyFit;
use crate::model::role::quiz::Family;

/// How the match is made, in one sentence.
const HOW: &str = "Ton affinité vient de tes centres d'intérêt, car ce sont eux qui te motiveront. \
    Tes qualités sont montrées à côté : elles se développent et ne changent pas l'affinité.";

#[component]
pub fn Scores(report: Report<'static>) -> impl IntoView {
    let precision_sentence = match report.precision() {
        Some(Precision::Figure(_)) => Some(
            "Ce pourcentage est assez sûr : tes réponses sont nombreuses et vont dans le même sens."
                .to_owned(),
        ),
        Some(Precision::Range { low, high }) => Some(format!(
            "Pas de pourcentage précis : tes réponses placent ton affinité entre {low} et {high} %, \
             sans plus de précision. C'est normal avec peu de questions ou des réponses qui \
             changent sur un même sujet."
        )),
        Some(Precision::BandOnly) | None => None,
    };
    let meaning = report.headline().map(|h| h.sentence());
    let notes = report
        .concerns
        .iter()
        .map(|c| c.explanation())
        .collect::<Vec<_>>();
    let family_line = |name: &'static str, role: &'static str, fit: Option<FamilyFit>| {
        let text = fit.map_or_else(|| "pas assez de réponses".to_owned(), |f| f.describe());
        view! { <div class="fit-family"><dt>{name}</dt><dd>{text} " " <span class="fit-role">{role}</span></dd></div> }
    };
    view! {
        {meaning.map(|text| view! { <p>{text}</p> })}
        {precision_sentence.map(|text| view! { <p class="precision">{text}</p> })}
        {notes.into_iter().map(|text| view! { <p class="concern">{text}</p> }).collect_view()}
        <p class="how">{HOW}</p>
        <dl class="fit-families">
            {family_line("Centres d'intérêt", "(font l'affinité)", report.fit.interests)}
            {family_line("Qualités", "(à côté, ne comptent pas)", report.fit.qualities)}
        </dl>
        <div class="families">
            <FamilySection report=report.clone() family=Family::Interest/>
            <FamilySection report=report.clone() family=Family::Quality/>
        </div>
    }
}
