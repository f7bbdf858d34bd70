//! The visitor's RIASEC profile beside the role's (O*NET), as a chart.

use leptos::prelude::*;

use crate::model::assessment::report::Report;
use crate::model::role::quiz::Riasec;
use crate::ui::components::charts::{Bar, BarChart};
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;

#[component]
pub fn RiasecSection(report: Report<'static>) -> impl IntoView {
    let bars = Riasec::ALL
        .iter()
        .map(|letter| Bar {
            label: format!("{} ({})", letter.name(), letter.letter()),
            value: report.visitor_riasec.score(*letter),
            marker: report.role_riasec.score(*letter),
        })
        .collect();
    let visitor_code = report.visitor_riasec.said_code();
    let onet = use_content().role.fiche.app.onet_code.to_string();
    view! {
        <TitledSection id="riasec" title="Ton profil d'intérêts RIASEC" class="no-print">
            <p>
                "Le modèle RIASEC range les intérêts en six types. Ton code : "
                <strong>{visitor_code}</strong>
                ". Celui du métier selon O*NET (" {onet.clone()} ") : "
                <strong>{report.role_riasec.code()}</strong> "."
            </p>
            {report.visitor_riasec.tie_note().map(|note| view! { <p>{note}</p> })}
            <BarChart
                caption="Tes intérêts RIASEC comparés à ceux du métier".to_owned()
                bars
                value_name="Ton score"
                marker_name="Profil du métier selon O*NET"
                marker_short="métier (O*NET)"
            />
            <p class="cite">"Profil du métier : O*NET " {onet} ", échelle de 1 à 7 ramenée sur 100. Données O*NET sous licence CC BY 4.0."</p>
        </TitledSection>
    }
}
