//! Accessible charts: horizontal bars drawn in SVG for the eye, each chart doubled by a
//! table that screen readers and text browsers read instead.
//!
//! A bar's marker (the role's level) is a line in the text colour inside a halo of the
//! card's colour, taller than the bar: the halo stands out from the filled part, the
//! line from the empty part and the page, by at least 3:1 in both themes (RGAA 3.3;
//! `e2e/tests/rgaa.spec.mjs` measures it). The marker's value is also written under
//! the bar.

use leptos::prelude::*;

use crate::model::assessment::scoring::points;

/// One bar: a label, a value 0–100 (or none), and an optional marker (the role's level).
#[derive(Clone)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub marker: Option<f64>,
}

/// Bars with a caption. The drawing is hidden from assistive technology; a table that
/// only they see carries the same figures. `marker_name` names the markers in the legend
/// and table, `marker_short` under each bar ("niveau attendu : 70").
#[component]
pub fn BarChart(
    caption: String,
    bars: Vec<Bar>,
    value_name: &'static str,
    marker_name: &'static str,
    marker_short: &'static str,
) -> impl IntoView {
    let has_markers = bars.iter().any(|b| b.marker.is_some());
    let shown = |v: Option<f64>| {
        v.map_or_else(
            || "pas assez de réponses".to_owned(),
            |v| points(v).to_string(),
        )
    };
    let label = caption.clone();
    view! {
        <figure class="chart" role="figure" aria-label=label>
            <figcaption>{caption.clone()}</figcaption>
            <div class="bars" aria-hidden="true">
                {bars
                    .iter()
                    .map(|bar| {
                        // Tenths of a point, in whole numbers: the drawing is 1000 units wide.
                        let width = u16::from(points(bar.value.unwrap_or(0.0))) * 10;
                        view! {
                            <div class="bar-row">
                                <span class="bar-label">{bar.label.clone()}</span>
                                <svg class="bar" viewBox="0 0 1000 16" preserveAspectRatio="none" focusable="false">
                                    <rect class="bar-track" x="0" y="3" width="1000" height="10"></rect>
                                    <rect class="bar-value" x="0" y="3" width=width height="10"></rect>
                                    {bar.marker.map(|m| {
                                        let x = u16::from(points(m)) * 10;
                                        view! {
                                            <line class="bar-marker-halo" x1=x x2=x y1="0" y2="16"></line>
                                            <line class="bar-marker" x1=x x2=x y1="0" y2="16"></line>
                                        }
                                    })}
                                </svg>
                                <span class="bar-figure">{shown(bar.value)}</span>
                                {bar.marker.map(|m| view! {
                                    <span class="bar-level">{marker_short} " : " {points(m)}</span>
                                })}
                            </div>
                        }
                    })
                    .collect_view()}
                {has_markers.then(|| view! {
                    <p class="chart-legend"><span class="legend-marker"></span> {marker_name}</p>
                })}
            </div>
            <div class="visually-hidden">
            <table>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        <th scope="col">{value_name} " (sur 100)"</th>
                        {has_markers.then(|| view! { <th scope="col">{marker_name} " (sur 100)"</th> })}
                    </tr>
                </thead>
                <tbody>
                    {bars
                        .iter()
                        .map(|bar| view! {
                            <tr>
                                <th scope="row">{bar.label.clone()}</th>
                                <td>{shown(bar.value)}</td>
                                {has_markers.then(|| view! {
                                    <td>{bar.marker.map_or_else(|| "—".to_owned(), |m| points(m).to_string())}</td>
                                })}
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            </div>
        </figure>
    }
}
