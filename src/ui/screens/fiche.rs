//! The fiche métier screen: title and summary, the key-figures card, a table of
//! contents, every section, and the list of sources.

use leptos::prelude::*;

use crate::model::fiche::{Fiche, Section};
use crate::model::role::SOURCES_SECTION;
use crate::model::route::Route;
use crate::model::route::section_anchor;
use crate::ui::components::blocks::BlockView;
use crate::ui::components::blocks::FigureValue;
use crate::ui::components::blocks::{SectionSources, source_names};
use crate::ui::components::lang_text::LangText;
use crate::ui::components::linked_text::LinkedText;
use crate::ui::components::linked_text::new_part;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;

#[component]
pub fn FichePage(section: Option<String>) -> impl IntoView {
    let fiche = &use_content().role.fiche;
    let screen = section
        .as_deref()
        .and_then(|id| fiche.section(id))
        .map_or_else(
            || "Le métier".to_owned(),
            |s| format!("{} – Le métier", s.title),
        );
    set_title(&screen);
    view! {
        <article class="fiche">
            <h1 tabindex="-1">{fiche.title.as_ref()}</h1>
            // Right after the title, so that the keyboard reaches it first.
            <TableOfContents fiche/>
            {(!fiche.aliases.is_empty())
                .then(|| view! { <p class="aliases">"Aussi appelé : " {fiche.aliases.join(", ")}</p> })}
            {
                let linked = new_part();
                fiche
                    .summary
                    .iter()
                    .map(|p| view! { <p class="lead"><LinkedText text=p linked=linked.clone()/></p> })
                    .collect_view()
            }
            <KeyFigures fiche/>
            {fiche.sections.iter().map(|section| view! { <SectionView fiche section/> }).collect_view()}
            <SourceList fiche/>
        </article>
    }
}

/// The card of key figures, one line per figure, every value with its source.
#[component]
fn KeyFigures(fiche: &'static Fiche) -> impl IntoView {
    view! {
        <TitledSection id="chiffres-cles" title="Chiffres clés" class="key-figures">
            <dl>
                {fiche
                    .key_figures
                    .iter()
                    .map(|key| {
                        view! {
                            <div class="key-figure">
                                <dt><LangText text=&key.label/></dt>
                                {key
                                    .values
                                    .iter()
                                    .map(|figure| {
                                        view! {
                                            <dd>
                                                <FigureValue figure/>
                                                " "
                                                <span class="cite">
                                                    "(" {source_names(fiche, std::iter::once(figure.source.as_ref()))} ")"
                                                </span>
                                            </dd>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <SectionSources fiche sources=fiche.key_figure_sources()/>
        </TitledSection>
    }
}

#[component]
fn TableOfContents(fiche: &'static Fiche) -> impl IntoView {
    let link = |id: &str, title: &str| {
        view! { <li><a href=Route::fiche_section(id).href()>{title.to_owned()}</a></li> }
    };
    view! {
        <nav class="toc" aria-labelledby="sommaire">
            <h2 id="sommaire">"Sommaire"</h2>
            <ol>
                {fiche.sections.iter().map(|s| link(&s.id, &s.title)).collect_view()}
                {link(SOURCES_SECTION, "Sources")}
            </ol>
        </nav>
    }
}

#[component]
fn SectionView(fiche: &'static Fiche, section: &'static Section) -> impl IntoView {
    let heading = section_anchor(&section.id);
    let labelled_by = heading.clone();
    let linked = new_part();
    view! {
        <section class="fiche-section" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1">{section.title.as_ref()}</h2>
            {section
                .blocks
                .iter()
                .map(|block| view! { <BlockView fiche block linked=linked.clone()/> })
                .collect_view()}
            <SectionSources fiche sources=section.cited()/>
            <p class="back-to-top"><a href=Route::Fiche { section: None }.href()>"Retour au sommaire"</a></p>
        </section>
    }
}

/// Every source in full, numbered: publisher, what it is, a link where it is on the web,
/// the date it was consulted, and its licence where it requires a credit.
#[component]
fn SourceList(fiche: &'static Fiche) -> impl IntoView {
    let heading = section_anchor(SOURCES_SECTION);
    let labelled_by = heading.clone();
    view! {
        <section class="fiche-section sources" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1">"Sources"</h2>
            <p>
                "Les faits et les chiffres viennent de ces documents ; les textes sont écrits par le projet. "
                "Quand les sources ne disent pas la même chose, la fiche montre chaque version avec son origine."
            </p>
            <ol>
                {fiche
                    .sources
                    .iter()
                    .map(|source| {
                        view! {
                            <li>
                                <strong><LangText text=&source.title/></strong>
                                " — " <LangText text=&source.publisher/> ". "
                                <LangText text=&source.description/>
                                " "
                                {match source.link() {
                                    Some(url) => view! {
                                        <a class="reference" href=url rel="noreferrer">{source.reference.as_ref()}</a>
                                    }.into_any(),
                                    None => view! {
                                        <span class="reference">{source.reference.as_ref()}</span>
                                    }.into_any(),
                                }}
                                {source.consulted_on().map(|date| view! {
                                    <span class="consulted">" Consultée le " {date} "."</span>
                                })}
                                {(!source.licence.is_empty())
                                    .then(|| view! { <span class="licence">" Licence : " {source.licence.as_ref()}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
