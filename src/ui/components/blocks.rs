//! How each kind of fiche content is drawn: paragraphs, lists, figure tables (each
//! figure with its source and year), questions and answers, the role's nearby jobs (from
//! the question bank), and the source citations they carry.
//!
//! Every block and every figure names its sources as text. The links to the list of
//! sources are grouped, one line per section ([`SectionSources`]), so that a keyboard
//! does not stop at a link after every figure.

use leptos::prelude::*;

use crate::model::base::text::Text;
use crate::model::role::fiche::SOURCES_SECTION;
use crate::model::role::fiche::{Block, Fiche, Figure};
use crate::model::shell::route::Route;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::linked_text::Linked;
use crate::ui::components::linked_text::LinkedText;
use crate::ui::content::use_content;

/// One block of a fiche section.
#[component]
pub fn BlockView(fiche: &'static Fiche, block: &'static Block, linked: Linked) -> impl IntoView {
    match block {
        Block::Paragraph { text, sources } => view! {
            <p><LinkedText text linked/></p>
            <Citations fiche sources/>
        }
        .into_any(),
        Block::List {
            title,
            items,
            sources,
        } => view! {
            {(!title.is_empty()).then(|| view! { <h3>{title.as_ref()}</h3> })}
            <ul>
                {items
                    .iter()
                    .map(|item| view! { <li><LinkedText text=item linked=linked.clone()/></li> })
                    .collect_view()}
            </ul>
            <Citations fiche sources/>
        }
        .into_any(),
        Block::Figures { caption, rows } => view! {
            <div class="table-wrap">
                <table class="figures">
                    <caption>{caption.as_ref()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Repère"</th>
                            <th scope="col">"Chiffre"</th>
                            <th scope="col">"Source et année"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .iter()
                            .map(|row| {
                                view! {
                                    <tr>
                                        <th scope="row"><LangText text=&row.label/></th>
                                        <td><FigureValue figure=&row.figure/></td>
                                        <td class="source">{fiche.figure_credit(&row.figure)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
        Block::NearbyRoles { title } => view! {
            {(!title.is_empty()).then(|| view! { <h3>{title.as_ref()}</h3> })}
            <ul class="nearby">
                {use_content()
                    .bank()
                    .nearby_roles
                    .iter()
                    .map(|role| view! {
                        <li><strong><LangText text=&role.name/></strong> " : " <LangText text=&role.description/></li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::Faq { entries } => view! {
            <div class="faq">
                {entries
                    .iter()
                    .map(|entry| {
                        view! {
                            <h3>{entry.question.as_ref()}</h3>
                            <p><LinkedText text=&entry.answer linked=linked.clone()/></p>
                            <Citations fiche sources=&entry.sources/>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
    }
}

/// A figure's value, unit and note, without its source.
#[component]
pub fn FigureValue(figure: &'static Figure) -> impl IntoView {
    view! {
        <strong class="figure-value">{figure.value.as_ref()}</strong>
        {(!figure.unit.is_empty()).then(|| view! { " " <span class="unit">{figure.unit.as_ref()}</span> })}
        {(!figure.note.is_empty()).then(|| view! { <span class="note"><LangText text=&figure.note/></span> })}
    }
}

/// "Source : …" under a block, as text.
#[component]
pub fn Citations(fiche: &'static Fiche, sources: &'static [Text]) -> impl IntoView {
    let label = if sources.len() > 1 {
        "Sources : "
    } else {
        "Source : "
    };
    view! { <p class="cite">{label} {source_names(fiche, sources.iter().map(|s| s.as_ref()))}</p> }
}

/// The short names of `ids`, in order, separated by commas.
pub fn source_names<'a>(fiche: &'static Fiche, ids: impl Iterator<Item = &'a str>) -> String {
    ids.map(|id| fiche.source(id).map_or(id, |s| s.short.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The one line of a part of the fiche that links to the list of sources: the short
/// names of the sources it cites, then the link.
#[component]
pub fn SectionSources(fiche: &'static Fiche, sources: Vec<&'static str>) -> impl IntoView {
    let label = if sources.len() > 1 {
        "Sources de cette partie : "
    } else {
        "Source de cette partie : "
    };
    view! {
        <p class="cite section-sources">
            {label} {source_names(fiche, sources.into_iter())} ". "
            <a class="source-link" href=Route::fiche_section(SOURCES_SECTION).href()>"Voir la liste des sources"</a>
        </p>
    }
}
