//! Accessible charts: horizontal bars drawn in SVG for the eye, each chart doubled by a
//! table that screen readers and text browsers read instead.

use leptos::prelude::*;

use crate::model::scoring::points;

/// One bar: a label, a value 0–100 (or none), and an optional marker (the role's level).
#[derive(Clone)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub marker: Option<f64>,
}

/// Bars with a caption. The drawing is hidden from assistive technology; a table that
/// only they see carries the same figures. `marker_name` names the markers in the legend and table.
#[component]
pub fn BarChart(
    caption: String,
    bars: Vec<Bar>,
    value_name: &'static str,
    marker_name: &'static str,
) -> impl IntoView {
    let has_markers = bars.iter().any(|b| b.marker.is_some());
    let shown = |v: Option<f64>| {
        v.map_or_else(
            || "pas assez de réponses".to_owned(),
            |v| points(v).to_string(),
        )
    };
    view! {
        <figure class="chart">
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
                                <svg class="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" focusable="false">
                                    <rect class="bar-track" x="0" y="0" width="1000" height="10"></rect>
                                    <rect class="bar-value" x="0" y="0" width=width height="10"></rect>
                                    {bar.marker.map(|m| view! {
                                        <rect class="bar-marker" x=(u16::from(points(m)) * 10).saturating_sub(6) y="0" width="12" height="10"></rect>
                                    })}
                                </svg>
                                <span class="bar-figure">{shown(bar.value)}</span>
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
