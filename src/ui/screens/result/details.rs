//! The result's lower part, below the first view, drawn a frame after it (`FullResult`
//! in `mod.rs`): the sections a pupil opens (a native `<details>` each, named by its
//! summary and reached by keyboard) — the scores in detail, every strength and point to
//! develop with its next steps, the activities tried, RIASEC, nearby roles, the
//! comparison with the previous attempt — then, always shown, the result code with its
//! QR code, copy and print (a workshop asks for it, so it is never behind a click), the
//! printed sheet's charts, and the actions.

use leptos::prelude::*;

use super::code::ResultCode;
use super::comparison::ComparisonSection;
use super::family::PrintedFamilies;
use super::fiche_link::FicheLink;
use super::review;
use super::riasec::RiasecSection;
use super::scores::Scores;
use super::tried::TriedSection;
use crate::model::assessment::report::Report;
use crate::model::document::history::Comparison;
use crate::model::shell::route::Route;
use crate::ui::clock::local_date;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::state::DocumentState;

/// A section a pupil opens: closed at first, named by `title`.
#[component]
fn More(title: String, children: Children) -> impl IntoView {
    view! {
        <details class="more">
            <summary>{title}</summary>
            {children()}
        </details>
    }
}

#[component]
pub(super) fn Details(
    quiz: DocumentState,
    report: Report<'static>,
    comparison: Option<Comparison>,
) -> impl IntoView {
    let bank = use_content().bank();
    let strengths: Vec<_> = report.strengths().into_iter().cloned().collect();
    let to_develop: Vec<_> = report.to_develop().into_iter().cloned().collect();
    // Each section's content is drawn by a closure of its own, which owns its copy.
    let (for_scores, for_tried, for_riasec) = (report.clone(), report.clone(), report.clone());
    let nearby = report.nearby.clone();
    let tried_title = report.tried_title();

    view! {
        <h2 class="more-title">"Pour aller plus loin"</h2>
        <More title="Tes scores en détail, et pourquoi".to_owned()>
            <Scores report=for_scores/>
        </More>

        <More title="Tous tes points forts et tes pistes".to_owned()>
            <TitledSection id="forces" title="Tes points forts pour ce métier">
                {if strengths.is_empty() {
                    view! { <p>"Aucune dimension n'atteint encore le niveau attendu par le métier : regarde les pistes ci-dessous."</p> }.into_any()
                } else {
                    view! {
                        <ul class="strengths">
                            {strengths.iter().map(|s| view! {
                                <li><strong>{s.dimension.name.clone()}</strong>" : " {s.dimension.strength.clone()}</li>
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
                        <ul class="develop">
                            {to_develop.iter().map(|s| view! {
                                <li>
                                    <h3>{s.dimension.name.clone()}</h3>
                                    <p>{s.dimension.to_develop.clone()}</p>
                                    <ul class="next-steps">
                                        {s.dimension.next_steps.iter().map(|step| view! {
                                            <li>
                                                {step.text.clone()} " "
                                                <FicheLink section=step.section.to_string()/>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </TitledSection>
        </More>

        <More title=tried_title>
            <TriedSection report=for_tried/>
        </More>

        <More title="Ton profil d'intérêts RIASEC".to_owned()>
            <RiasecSection report=for_riasec/>
        </More>

        {(!nearby.is_empty()).then(|| view! {
            <More title=format!("Des métiers proches ({})", nearby.len())>
                <TitledSection id="metiers-proches" title="Des métiers proches qui pourraient aussi te plaire">
                    <ul class="nearby">
                        {nearby.iter().map(|role| view! {
                            <li>
                                <h3><LangText text=&role.name/></h3>
                                <p><LangText text=&role.description/></p>
                                <p class="why">"Pourquoi ? " <LangText text=&role.why/></p>
                            </li>
                        }).collect_view()}
                    </ul>
                </TitledSection>
            </More>
        })}

        {comparison.map(|comparison| view! {
            <More title=format!("Depuis ta tentative du {}", local_date(comparison.previous_finished_at))>
                <ComparisonSection comparison/>
            </More>
        })}

        <PrintedFamilies report=report.clone()/>
        <ResultCode code=report.code.clone()/>

        <p class="actions no-print">
            <button type="button" class="button" on:click=move |_| review(quiz, bank)>"Revoir mes réponses"</button>
            <a class="button" href=Route::Fiche { section: None }.href()>"Relire la fiche métier"</a>
            <a class="button" href=Route::Quiz.href()>"Recommencer ou changer de version"</a>
        </p>
    }
}
