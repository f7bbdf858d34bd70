//! The fiche métier screen, in two layers: the title, how long each layer takes to read,
//! a table of contents, the summary and the key-figures card, the « essentiel »
//! sections, then « Pour aller plus loin », each section a `<details>` the reader
//! opens (an address naming one opens it), and the list of sources. An address naming
//! a section the fiche no longer has lands at the top, with a note that says so.

use leptos::prelude::*;

use crate::model::role::fiche::SOURCES_SECTION;
use crate::model::role::fiche::{Fiche, Layer, Section};
use crate::model::shell::route::Route;
use crate::model::shell::route::section_anchor;
use crate::ui::components::blocks::BlockView;
use crate::ui::components::blocks::FigureValue;
use crate::ui::components::blocks::SectionSources;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::linked_text::LinkedText;
use crate::ui::components::linked_text::new_part;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;

#[component]
pub fn FichePage(section: Option<String>) -> impl IntoView {
    let content = use_content();
    let fiche = &content.role.fiche;
    let nearby = &content.bank().nearby_roles;
    let screen = section
        .as_deref()
        .and_then(|id| fiche.section(id))
        .map_or_else(
            || "Le métier".to_owned(),
            |s| format!("{} – Le métier", s.title),
        );
    set_title(&screen);
    let missing = section
        .as_deref()
        .and_then(|id| fiche.missing_section_note(id));
    let opened = section.clone();
    view! {
        <article class="fiche">
            <h1 tabindex="-1">{fiche.title.as_ref()}</h1>
            {missing.map(|note| view! { <p class="notice fiche-moved" role="status">{note}</p> })}
            <p class="reading-time">{fiche.reading_note(nearby)}</p>
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
            {fiche.layer(Layer::Essentiel).map(|section| view! { <SectionView fiche section/> }).collect_view()}
            <h2 class="more-title" id="plus-loin">{Layer::PlusLoin.title()}</h2>
            {fiche
                .layer(Layer::PlusLoin)
                .map(|section| {
                    let open = opened.as_deref() == Some(section.id.as_ref());
                    view! { <FurtherSection fiche section open/> }
                })
                .collect_view()}
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
                                                <span class="cite">"(" {fiche.figure_credit(figure)} ")"</span>
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

/// The table of contents, one list per layer, each named with its reading time.
#[component]
fn TableOfContents(fiche: &'static Fiche) -> impl IntoView {
    let link = |id: &str, title: &str| {
        view! { <li><a href=Route::fiche_section(id).href()>{title.to_owned()}</a></li> }
    };
    let layer = move |layer: Layer| {
        view! {
            <li>
                {layer.title()}
                <ol>{fiche.layer(layer).map(|s| link(&s.id, &s.title)).collect_view()}</ol>
            </li>
        }
    };
    view! {
        <nav class="toc" aria-labelledby="sommaire">
            <h2 id="sommaire">"Sommaire"</h2>
            <ol>
                {layer(Layer::Essentiel)}
                {layer(Layer::PlusLoin)}
                {link(SOURCES_SECTION, "Sources")}
            </ol>
        </nav>
    }
}

/// A section of « L'essentiel »: its heading, then its body.
#[component]
fn SectionView(fiche: &'static Fiche, section: &'static Section) -> impl IntoView {
    let heading = section_anchor(&section.id);
    let labelled_by = heading.clone();
    view! {
        <section class="fiche-section" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1">{section.title.as_ref()}</h2>
            <SectionBody fiche section/>
        </section>
    }
}

/// A section of « Pour aller plus loin »: closed until the reader opens it, or open when
/// the address names it. Its summary carries the anchor, so that a link to the section
/// lands on it.
#[component]
fn FurtherSection(fiche: &'static Fiche, section: &'static Section, open: bool) -> impl IntoView {
    let heading = section_anchor(&section.id);
    let labelled_by = heading.clone();
    view! {
        <section class="fiche-section further" aria-labelledby=labelled_by>
            <details class="more" open=open>
                <summary id=heading>{section.title.as_ref()}</summary>
                <SectionBody fiche section/>
            </details>
        </section>
    }
}

/// A section's blocks, the sources it cites, and the way back to the table of contents.
#[component]
fn SectionBody(fiche: &'static Fiche, section: &'static Section) -> impl IntoView {
    let linked = new_part();
    view! {
        {section
            .blocks
            .iter()
            .map(|block| view! { <BlockView fiche block linked=linked.clone()/> })
            .collect_view()}
        <SectionSources fiche sources=section.cited()/>
        <p class="back-to-top"><a href=Route::Fiche { section: None }.href()>"Retour au sommaire"</a></p>
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
