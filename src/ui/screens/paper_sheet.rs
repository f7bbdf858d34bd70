//! « Questionnaire papier », for pupils without a device: the sheet of
//! `model::classroom::paper` on two A4 pages, each starting with its mark (« Feuille C3
//! – page 1 sur 2 »): how to answer, the scale, the numbered items with boxes to tick
//! (a situation's options in the bank's order), and at the bottom the cells where the
//! answers' digits are written. On screen, a print button and the way to type the
//! answers; on paper, the sheet alone.

use leptos::prelude::*;

use crate::model::assessment::answers::scale_answers;
use crate::model::classroom::paper::{Numbered, Sheet};
use crate::model::role::quiz::ItemKind;
use crate::model::shell::route::Route;
use crate::ui::components::lang_text::LangText;
use crate::ui::content::use_content;
use crate::ui::nav::set_title;

/// How many answer cells are grouped together at the bottom of the sheet.
const CELL_GROUP: usize = 5;

#[component]
pub fn PaperSheetPage() -> impl IntoView {
    set_title("Questionnaire papier");
    let content = use_content();
    let bank = content.bank();
    let sheet = Sheet::of(bank)?;
    let title = format!(
        "Questionnaire – {} – {}",
        content.role.fiche.title, sheet.form.name
    );
    let print = move |_| {
        _ = window().print();
    };
    let [first, second] = sheet.pages();
    let count = sheet.items.len();
    Some(view! {
        <h1 tabindex="-1" class="no-print">"Questionnaire papier"</h1>
        <p class="lead no-print">
            "Pour les personnes sans appareil : imprimez une feuille par personne, en deux pages. "
            "Saisissez ensuite ses réponses pour obtenir son code de résultat, comme sur un écran."
        </p>
        <p class="actions no-print">
            <button type="button" class="button primary" on:click=print>"Imprimer le questionnaire"</button>
            <a class="button" href=Route::PaperEntry.href()>"Saisir des réponses papier"</a>
        </p>
        <article class="paper-sheet" aria-labelledby="feuille-titre">
            <section class="sheet-page" aria-label=sheet.page_heading(1)>
                <p class="sheet-mark">{sheet.page_heading(1)}</p>
                <h2 id="feuille-titre">{title}</h2>
                <p>
                    "Pour chaque phrase, coche une case de 1 à 5 selon ton accord ; pour chaque situation, "
                    "coche la réaction la plus proche de la tienne. Il n'y a pas de bonne réponse, et cette "
                    "feuille ne garde pas ton nom : ne l'écris pas. À la fin, recopie en bas le chiffre coché "
                    "à chaque question, ou 0 si tu n'as rien coché."
                </p>
                <ol class="sheet-scale">
                    {scale_answers(bank)
                        .zip(1..)
                        .map(|((_, label), point)| view! { <li><b>{point}</b> " " {label.to_owned()}</li> })
                        .collect_view()}
                </ol>
                <SheetItems items=first.to_vec()/>
            </section>
            <section class="sheet-page" aria-label=sheet.page_heading(2)>
                <p class="sheet-mark">{sheet.page_heading(2)}</p>
                <SheetItems items=second.to_vec()/>
                <div class="answer-line">
                    <p>"Tes réponses, un chiffre par question : " <b>{sheet.mark.to_string()}</b></p>
                    <ol class="answer-cells" aria-hidden="true">
                        {(1..=count)
                            .step_by(CELL_GROUP)
                            .map(|from| view! {
                                <li>
                                    {(from..=count.min(from + CELL_GROUP - 1))
                                        .map(|n| view! { <span class="answer-cell">{n}</span> })
                                        .collect_view()}
                                </li>
                            })
                            .collect_view()}
                    </ol>
                </div>
            </section>
        </article>
    })
}

/// Items of one page, numbered, each with its boxes: a statement's points of the scale,
/// a situation's options with their text.
#[component]
fn SheetItems(items: Vec<Numbered<'static>>) -> impl IntoView {
    let bank = use_content().bank();
    let boxes = |labels: Vec<(u8, Option<&'static str>)>| {
        labels
            .into_iter()
            .map(|(digit, text)| {
                view! {
                    <li class="sheet-box">
                        <b>{digit}</b>
                        {text.map(|text| view! { " " <LangText text/> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="sheet-items">
            {items
                .into_iter()
                .map(|numbered| {
                    let body = match &numbered.item.kind {
                        ItemKind::Statement { text, .. } => view! {
                            <span class="sheet-text"><LangText text=text.as_ref()/></span>
                            <ol class="sheet-boxes">
                                {boxes(scale_answers(bank).zip(1..).map(|(_, d)| (d, None)).collect())}
                            </ol>
                        }
                        .into_any(),
                        ItemKind::Situation { title, text, options } => view! {
                            <span class="sheet-text">
                                <b>"Situation : " {title.as_ref()}</b> " " <LangText text=text.as_ref()/>
                                " Que fais-tu ?"
                            </span>
                            <ol class="sheet-options">
                                {boxes((1..).zip(options.iter().map(|o| Some(o.text.as_ref()))).collect())}
                            </ol>
                        }
                        .into_any(),
                    };
                    view! {
                        <li class="sheet-item">
                            <b class="sheet-number">{numbered.number}</b>
                            {body}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
