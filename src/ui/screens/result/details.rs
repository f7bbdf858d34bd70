//! The result screen's lower part, below the verdict, drawn a frame after it (`FullResult`
//! in `mod.rs`): both families' charts and dimensions, strengths, points to develop with
//! their next steps, the activities tried, the result code, RIASEC, the comparison with
//! the previous attempt, nearby roles and the actions.

use leptos::prelude::*;

use super::code::ResultCode;
use super::comparison::ComparisonSection;
use super::family::FamilySection;
use super::review;
use super::riasec::RiasecSection;
use super::tried::TriedSection;
use crate::model::history::Comparison;
use crate::model::quiz::Family;
use crate::model::report::Report;
use crate::model::route::Route;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::state::QuizState;

#[component]
pub(super) fn Details(
    quiz: QuizState,
    report: Report<'static>,
    comparison: Option<Comparison>,
) -> impl IntoView {
    let content = use_content();
    let bank = content.bank();
    // A next step's link names its section, for who hears the links out of context.
    let section_title = move |id: &str| {
        content
            .role
            .fiche
            .section(id)
            .map(|s| format!(" : section « {} »", s.title))
    };
    let strengths: Vec<_> = report.strengths().into_iter().cloned().collect();
    let to_develop: Vec<_> = report.to_develop().into_iter().cloned().collect();

    view! {
        <div class="families">
            <FamilySection report=report.clone() family=Family::Interest/>
            <FamilySection report=report.clone() family=Family::Quality/>
        </div>

        <TitledSection id="forces" title="Tes points forts pour ce métier">
            {if strengths.is_empty() {
                view! { <p>"Aucune dimension n'atteint encore le niveau attendu par le métier : regarde les pistes ci-dessous."</p> }.into_any()
            } else {
                view! {
                    <ul class="strengths">
                        {strengths.iter().map(|s| view! {
                            <li><strong>{s.dimension.name.clone()}</strong><span class="no-print">" : " {s.dimension.strength.clone()}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </TitledSection>

        <TitledSection id="a-developper" title="Ce que tu peux développer">
            {if to_develop.is_empty() {
                view! { <p>"Tu atteins le niveau attendu partout où tu as répondu."</p> }.into_any()
            } else {
                view! {
                    <p class="print-only">"Les cinq principales pistes, avec une première étape ; toutes sont dans l'app."</p>
                    <ul class="develop">
                        {to_develop.iter().map(|s| view! {
                            <li>
                                <h3>{s.dimension.name.clone()}</h3>
                                <p class="no-print">{s.dimension.to_develop.clone()}</p>
                                <ul class="next-steps">
                                    {s.dimension.next_steps.iter().map(|step| view! {
                                        <li>
                                            {step.text.clone()} " "
                                            <span class="no-print">
                                                "("
                                                <a href=Route::fiche_section(&step.section).href()>
                                                    "voir la fiche"
                                                    <span class="visually-hidden">{section_title(&step.section)}</span>
                                                </a>
                                                ")"
                                            </span>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </TitledSection>

        <TriedSection report=report.clone()/>
        <ResultCode code=report.code.clone()/>
        <RiasecSection report=report.clone()/>
        {comparison.map(|comparison| view! { <ComparisonSection comparison/> })}

        {(!report.nearby.is_empty()).then(|| view! {
            <TitledSection id="metiers-proches" title="Des métiers proches qui pourraient aussi te plaire" class="no-print">
                <ul class="nearby">
                    {report.nearby.iter().map(|role| view! {
                        <li>
                            <h3><LangText text=&role.name/></h3>
                            <p><LangText text=&role.description/></p>
                            <p class="why">"Pourquoi ? " <LangText text=&role.why/></p>
                        </li>
                    }).collect_view()}
                </ul>
            </TitledSection>
        })}

        <p class="actions no-print">
            <button type="button" class="button" on:click=move |_| review(quiz, bank)>"Revoir mes réponses"</button>
            <a class="button" href=Route::Fiche { section: None }.href()>"Relire la fiche métier"</a>
            <a class="button" href=Route::Quiz.href()>"Recommencer ou changer de version"</a>
        </p>
    }
}
