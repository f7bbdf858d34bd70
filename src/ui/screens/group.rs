//! The facilitator's group view: the group kept on this device (`ui::group_state`),
//! its count in words and its anonymous figures (`model::classroom::group`):
//! participants, fit bands, each dimension's mean and spread, RIASEC codes, each
//! activity's liking and difficulty; a text area where result codes are pasted or
//! typed, one per line, and added to the group (the lines refused stay, listed with
//! their number and reason); the scanner (`components::scanner`), which adds each code
//! it reads; « Vider le groupe » after a confirmation; a projector mode and a CSV
//! export. Opened by a code's own address, it adds that code and says what happened. A
//! paste over the model's caps is refused whole, with the caps in words. Everything
//! pasted is shown as text, never as markup.

use leptos::prelude::*;

use crate::model::assessment::ratings::{Difficulty, Liking};
use crate::model::assessment::scoring::NOT_ENOUGH_ANSWERS;
use crate::model::assessment::scoring::points;
use crate::model::classroom::group::{
    Group, LineError, MAX_CHARACTERS, TooLarge, band_label, refused_summary,
};
use crate::model::classroom::kept_group::participants_words;
use crate::model::classroom::scan::code_in;
use crate::model::role::activity::Activity;
use crate::model::role::quiz::{Family, QuestionBank};
use crate::model::shell::route::Route;
use crate::ui::components::code_field::CodeField;
use crate::ui::components::confirm::ConfirmButton;
use crate::ui::components::data_table::DataTable;
use crate::ui::components::scanner::Scanner;
use crate::ui::components::screen_intro::ScreenIntro;
use crate::ui::components::status_line::{Outcome, StatusLine};
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::download::download;
use crate::ui::group_state::GroupState;
use crate::ui::nav::{replace_address, set_title};
use crate::ui::state::use_document;

/// The most refused lines listed one by one; the rest are counted.
const LISTED: usize = 100;

#[component]
pub fn GroupPage(
    /// A code from its own address (`Route::AddToGroup`), added as the view opens.
    adding: Option<String>,
) -> impl IntoView {
    set_title("Vue de groupe");
    let bank = use_content().bank();
    let kept = GroupState::open(use_document());
    // What opening a code's address did; the address then becomes the group's, so that
    // a reload does not add the code again.
    let added = adding.map(|code| {
        let added = kept.change(|g| g.add(bank, &code));
        replace_address(&Route::Group);
        RwSignal::new(added.map(|a| match a.refused() {
            true => Outcome::Failed(a.sentence()),
            false => Outcome::Done(a.sentence()),
        }))
    });
    let text = RwSignal::new(String::new());
    let projector = RwSignal::new(false);
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            _ = root
                .class_list()
                .toggle_with_force("projector", projector.get());
        }
    });
    on_cleanup(move || {
        if let Some(root) = document().document_element() {
            _ = root.class_list().remove_1("projector");
        }
    });
    // Recomputed only when the group changes, and then always new: comparing two
    // groups' figures would cost more code than it saves.
    let figures =
        Memo::new_with_compare(move |_| kept.group.with(|g| g.figures(bank)), |_, _| true);
    // What the last « Analyser » or « Vider le groupe » gave, announced.
    let said = RwSignal::new(None::<String>);
    // The refused lines of the last paste, numbered as they stand in the field.
    let errors = RwSignal::new(Vec::<LineError>::new());
    // A paste over the caps, refused whole before any line is read.
    let too_large = RwSignal::new(None::<TooLarge>);
    let analyse = move |_| {
        let paste = text.get_untracked();
        match kept.change(|g| g.take(bank, &paste)) {
            Some(Ok(taken)) => {
                too_large.set(None);
                said.set(Some(taken.sentence()));
                text.set(taken.left);
                errors.set(taken.errors);
            }
            Some(Err(refused)) => {
                too_large.set(Some(refused));
                said.set(None);
                errors.set(Vec::new());
            }
            None => {}
        }
    };
    let empty = move || {
        kept.change(|g| g.clear());
        errors.set(Vec::new());
        said.set(Some("Groupe vidé.".to_owned()));
    };
    // A code the camera read, bare or in the app's address: added to the kept group.
    let scanned = Callback::new(move |read: String| {
        kept.change(|g| g.add(bank, &code_in(&read)))
            .map(|added| added.sentence())
            .unwrap_or_default()
    });
    let refused = move || match too_large.get() {
        Some(too_large) => Some(too_large.to_string()),
        None => errors.with(|e| refused_summary(e)),
    };
    let export = move |_| {
        _ = download(
            &figures.with(|g| g.csv(bank)),
            "text/csv;charset=utf-8",
            "atelier-resultats",
            "csv",
        );
    };

    view! {
        <ScreenIntro title="Vue de groupe" lead_class="no-projector">
            "Collez ou tapez les codes de résultat du groupe, un par ligne, puis « Analyser ». "
            "Ils restent gardés sur cet appareil jusqu'à « Vider le groupe ». "
            "Tout reste sur cet appareil : les codes ne contiennent aucun nom."
        </ScreenIntro>
        {added.map(|outcome| view! { <StatusLine outcome/> })}
        <p class="group-count">
            "Groupe gardé sur cet appareil : "
            {move || participants_words(kept.group.with(|g| g.codes().len()))} "."
        </p>
        <div class="group-input no-projector">
            // One character over the cap: a longer paste is cut there by the browser, and
            // still refused whole with the caps in words.
            <CodeField
                id="codes"
                label="Codes de résultat (un par ligne)"
                text
                error=Signal::derive(refused)
                rows=8
                max_length=MAX_CHARACTERS + 1
            />
        </div>
        <p class="actions">
            <button type="button" class="button primary no-projector" on:click=analyse>"Analyser"</button>
            <button
                type="button"
                class="button"
                aria-pressed=move || projector.get().to_string()
                on:click=move |_| projector.update(|p| *p = !*p)
            >
                "Mode projecteur"
            </button>
            <button
                type="button"
                class="button no-projector"
                disabled=move || figures.with(|g| g.participants.is_empty())
                on:click=export
            >
                "Exporter en CSV"
            </button>
        </p>
        <Scanner on_read=scanned/>
        <div class="no-projector">
            <ConfirmButton
                label="Vider le groupe"
                id="confirmer-vider"
                message="Vider le groupe ? Ses codes seront effacés de cet appareil, sans retour possible."
                yes="Oui, vider le groupe"
                no="Non, garder"
                on_yes=empty
            />
        </div>
        <div role="status" class="group-status">{move || said.get()}</div>
        {move || errors.with(|e| listed(
            "refusees",
            "Lignes refusées",
            e.iter().map(|e| format!("Ligne {} : {}", e.line, e.error)).collect::<Vec<_>>().into_iter(),
        ))}
        {move || {
            let group = figures.get();
            (!group.participants.is_empty()).then(|| view! { <GroupFigures bank group/> })
        }}
    }
}

/// One table of « Essayer le métier »: each activity with how many participants gave
/// each answer (headed by `answers`) and how many answered.
fn ratings_table(
    caption: &'static str,
    class: &'static str,
    answers: [&'static str; 3],
    rows: Vec<(&'static Activity, [usize; 3], usize)>,
) -> impl IntoView {
    let columns: Vec<&'static str> = std::iter::once("Activité")
        .chain(answers)
        .chain(["Avis donnés"])
        .collect();
    view! {
        <DataTable class=class caption=caption columns=columns>
            {rows.into_iter().map(|(activity, counts, rated)| view! {
                <tr>
                    <th scope="row">{activity.title.as_ref()}</th>
                    {counts.into_iter().map(|n| view! { <td>{n}</td> }).collect_view()}
                    <td>{rated}</td>
                </tr>
            }).collect_view()}
        </DataTable>
    }
}

/// A section listing lines of the paste, the first [`LISTED`] one by one and the rest
/// counted; nothing when there are none.
fn listed(
    id: &'static str,
    title: &'static str,
    lines: impl ExactSizeIterator<Item = String>,
) -> Option<impl IntoView> {
    let total = lines.len();
    (total > 0).then(|| {
        let items = lines
            .take(LISTED)
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        let more = (total > LISTED).then(|| view! { <p>"… et " {total - LISTED} " autres."</p> });
        view! {
            <TitledSection id=id title=title class="no-projector">
                <ul class="paste-lines">{items}</ul>
                {more}
            </TitledSection>
        }
    })
}

#[component]
fn GroupFigures(bank: &'static QuestionBank, group: Group) -> impl IntoView {
    let overall = group.overall();
    let riasec_codes = group.riasec_codes();
    let likings = group.likings(bank);
    let difficulties = group.difficulties(bank);
    let riasec_group = group.riasec_profile().code();
    let forms = group.forms(bank);
    let dimensions = group.dimensions(bank);
    let family_table = |family: Family, caption: &'static str| {
        let rows = dimensions
            .iter()
            .filter(|(d, _)| d.family == family)
            .map(|(d, spread)| match spread {
                Some(s) => view! {
                    <tr>
                        <th scope="row">{d.name.clone()}</th>
                        <td>{s.count}</td>
                        <td>{points(s.mean)}</td>
                        <td>{points(s.deviation)}</td>
                        <td>{s.min} "–" {s.max}</td>
                    </tr>
                }
                .into_any(),
                None => view! {
                    <tr>
                        <th scope="row">{d.name.clone()}</th>
                        <td>"0"</td>
                        <td colspan="3">{NOT_ENOUGH_ANSWERS}</td>
                    </tr>
                }
                .into_any(),
            })
            .collect_view();
        view! {
            <DataTable
                class="group-table dimensions"
                caption=caption
                columns=&["Dimension", "Personnes", "Moyenne (sur 100)", "Écart-type", "Min–max"]
            >
                {rows}
            </DataTable>
        }
    };

    let count = group.participants.len();
    let precisions = group.precisions();
    let bands = group.bands();
    let interests_table = family_table(Family::Interest, "Centres d'intérêt");
    let qualities_table = family_table(Family::Quality, "Qualités");
    view! {
        <TitledSection id="groupe-affinite" title="Affinité avec le métier">
            <dl class="group-facts">
                <div><dt>"Personnes"</dt><dd class="participants">{count}</dd></div>
                {forms.into_iter().filter(|(_, n)| *n > 0).map(|(form, n)| view! {
                    <div><dt>{form.name.clone()}</dt><dd>{n}</dd></div>
                }).collect_view()}
                {overall.map(|s| view! {
                    <div>
                        <dt>"Affinité moyenne"</dt>
                        <dd class="overall">{points(s.mean)} " (écart-type " {points(s.deviation)} ")"</dd>
                    </div>
                })}
                {precisions.into_iter().map(|(label, n)| view! {
                    <div><dt>{label}</dt><dd>{n}</dd></div>
                }).collect_view()}
            </dl>
            <p class="group-note">
                "L'affinité de chaque personne vient de ses centres d'intérêt. Une fourchette "
                "veut dire que ses réponses ne permettent pas un chiffre précis ; la moyenne du "
                "groupe, elle, repose sur toutes les réponses."
            </p>
            <DataTable
                class="group-table bands"
                caption="Répartition par niveau d'affinité"
                columns=&["Niveau", "Personnes"]
            >
                {bands.into_iter().map(|(band, n)| {
                    let width = n * 100 / count.max(1);
                    view! {
                        <tr>
                            <th scope="row">{band_label(band)}</th>
                            <td>
                                <span class="band-cell">
                                    <span class="count">{n}</span>
                                    <span class="band-bar" aria-hidden="true" style:width=format!("{width}%")></span>
                                </span>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </DataTable>
        </TitledSection>
        <TitledSection id="groupe-dimensions" title="Par dimension">
            {interests_table}
            {qualities_table}
        </TitledSection>
        <TitledSection id="groupe-riasec" title="Intérêts (RIASEC)">
            <p>"Code moyen du groupe : " <strong class="riasec-group">{riasec_group}</strong></p>
            <ul class="riasec-codes">
                {riasec_codes.into_iter().map(|(code, n)| view! {
                    <li><span class="riasec-code">{code}</span> " : " <span class="count">{n}</span></li>
                }).collect_view()}
            </ul>
        </TitledSection>
        {(!likings.is_empty()).then(|| view! {
            <TitledSection id="groupe-essayer" title="Essayer le métier">
                {ratings_table("Avis sur les activités", "group-table likings", Liking::ALL.map(Liking::label), likings)}
                {ratings_table("Difficulté ressentie", "group-table difficulties", Difficulty::ALL.map(Difficulty::label), difficulties)}
            </TitledSection>
        })}
    }
}
