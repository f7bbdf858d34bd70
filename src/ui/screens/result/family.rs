//! One family of dimensions on the result screen: its chart, and for each dimension why
//! it scored what it did; and both families' charts alone, for the printed sheet (the
//! screen keeps them in a section a pupil opens, which paper cannot do).

use leptos::prelude::*;

use super::why::Why;
use crate::model::assessment::report::Report;
use crate::model::assessment::scoring::DimensionScore;
use crate::model::role::quiz::Family;
use crate::ui::components::charts::{Bar, BarChart};

/// A family's heading id, title and introduction.
fn words(family: Family) -> (&'static str, &'static str, &'static str) {
    match family {
        Family::Interest => (
            "interets",
            "Tes centres d'intérêt",
            "Ce qui te motive : c'est ce qui fait ton affinité. 50 veut dire ni attiré ni rebuté. Le trait vertical montre le niveau attendu par le métier ; les intérêts sans trait ne comptent pas dans l'affinité, ils servent à repérer des métiers proches.",
        ),
        Family::Quality => (
            "qualites",
            "Tes qualités",
            "Ta façon de travailler aujourd'hui, montrée à côté de l'affinité sans la changer. Les qualités se développent avec le temps et l'expérience.",
        ),
    }
}

/// A family's chart: the score of each dimension, and the role's level.
#[component]
fn FamilyChart(report: Report<'static>, family: Family) -> impl IntoView {
    let (_, title, _) = words(family);
    let bars = report
        .family(family)
        .map(|s| Bar {
            label: s.dimension.name.to_string(),
            value: s.score,
            marker: s.dimension.target.as_ref().map(|t| f64::from(t.level)),
        })
        .collect();
    view! {
        <BarChart
            caption=format!("{title} : ton score sur 100 pour chaque dimension")
            bars
            value_name="Ton score"
            marker_name="Niveau attendu par le métier"
            marker_short="niveau attendu"
        />
    }
}

/// One family: its chart, and for each dimension the answers that moved it.
#[component]
pub fn FamilySection(report: Report<'static>, family: Family) -> impl IntoView {
    let (id, title, intro) = words(family);
    let scores: Vec<DimensionScore<'static>> = report.family(family).cloned().collect();
    view! {
        <section aria-labelledby=id class="family">
            <h2 id=id>{title}</h2>
            <p>{intro}</p>
            <FamilyChart report family/>
            <h3>"Pourquoi ces scores ?"</h3>
            {scores.into_iter().map(|s| view! { <Why score=s/> }).collect_view()}
        </section>
    }
}

/// Both families' charts, on paper only.
#[component]
pub fn PrintedFamilies(report: Report<'static>) -> impl IntoView {
    view! {
        <div class="print-only families">
            <FamilyChart report=report.clone() family=Family::Interest/>
            <FamilyChart report family=Family::Quality/>
        </div>
    }
}
