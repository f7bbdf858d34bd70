//! The facilitator's group view: a text area for result codes (pasted or typed, one per
//! line), the lines refused with their number and reason, the duplicates, and the
//! group's anonymous figures (`model::group`): participants, fit bands, each dimension's
//! mean and spread, RIASEC codes; a projector mode and a CSV export. Everything pasted
//! is shown as text, never as markup.

use leptos::prelude::*;

use crate::model::group::Group;
use crate::model::quiz::{Family, QuestionBank};
use crate::model::scoring::points;
use crate::ui::download::download;
use crate::ui::nav::set_title;
use crate::ui::state::use_quiz;

/// The most refused or duplicate lines listed one by one; the rest are counted.
const LISTED: usize = 100;

#[component]
pub fn GroupPage() -> impl IntoView {
    set_title("Vue de groupe");
    let quiz = use_quiz();
    let bank = quiz.bank;
    let text = RwSignal::new(String::new());
    let group = RwSignal::new(None::<Group>);
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
    let analyse = move |_| group.set(Some(Group::read(bank, &text.read())));
    let refused = move || group.with(|g| g.as_ref().and_then(Group::refused_summary));
    let export = move |_| {
        group.with(|g| {
            if let Some(g) = g {
                _ = download(
                    &g.csv(bank),
                    "text/csv;charset=utf-8",
                    "atelier-resultats",
                    "csv",
                );
            }
        })
    };

    view! {
        <h1 tabindex="-1">"Vue de groupe"</h1>
        <p class="lead no-projector">
            "Collez ou tapez les codes de résultat du groupe, un par ligne, puis « Analyser ». "
            "Tout reste sur cet appareil : les codes ne contiennent aucun nom."
        </p>
        <div class="group-input no-projector">
            <label for="codes">"Codes de résultat (un par ligne)"</label>
            <textarea
                id="codes"
                rows="8"
                spellcheck="false"
                autocomplete="off"
                autocapitalize="characters"
                prop:value=move || text.get()
                on:input=move |event| text.set(event_target_value(&event))
                aria-invalid=move || refused().is_some().then_some("true")
                aria-describedby=move || refused().is_some().then_some("codes-refuses")
            ></textarea>
            {move || refused().map(|summary| view! { <p id="codes-refuses" class="error">{summary}</p> })}
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
                disabled=move || group.with(|g| g.as_ref().is_none_or(|g| g.participants.is_empty()))
                on:click=export
            >
                "Exporter en CSV"
            </button>
        </p>
        <div role="status" class="group-status">
            {move || group.with(|g| g.as_ref().map(summary_line))}
        </div>
        {move || group.get().map(|g| view! { <GroupFigures bank group=g/> })}
    }
}

/// "5 personnes, 1 ligne refusée, 1 doublon", announced after each analysis.
fn summary_line(group: &Group) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n > 1 { many } else { one });
    format!(
        "{}, {}, {}.",
        plural(group.participants.len(), "personne", "personnes"),
        plural(group.errors.len(), "ligne refusée", "lignes refusées"),
        plural(group.duplicates.len(), "doublon", "doublons"),
    )
}

#[component]
fn GroupFigures(bank: &'static QuestionBank, group: Group) -> impl IntoView {
    let more = |n: usize| (n > LISTED).then(|| view! { <p>"… et " {n - LISTED} " autres."</p> });
    let refused = (!group.errors.is_empty()).then(|| {
        view! {
            <section aria-labelledby="refusees" class="no-projector">
                <h2 id="refusees">"Lignes refusées"</h2>
                <ul class="line-errors">
                    {group.errors.iter().take(LISTED).map(|e| view! {
                        <li>"Ligne " {e.line} " : " {e.error.to_string()}</li>
                    }).collect_view()}
                </ul>
                {more(group.errors.len())}
            </section>
        }
    });
    let duplicates = (!group.duplicates.is_empty()).then(|| {
        view! {
            <section aria-labelledby="doublons" class="no-projector">
                <h2 id="doublons">"Doublons (comptés une fois)"</h2>
                <ul>
                    {group.duplicates.iter().take(LISTED).map(|d| view! {
                        <li>"Ligne " {d.line} " : même code que la ligne " {d.first}</li>
                    }).collect_view()}
                </ul>
                {more(group.duplicates.len())}
            </section>
        }
    });
    if group.participants.is_empty() {
        return view! { {refused} {duplicates} }.into_any();
    }
    let overall = group.overall();
    let riasec_codes = group.riasec_codes();
    let riasec_group = group.riasec_profile().code();
    let forms = group.forms(bank);
    let family_table = |family: Family, caption: &'static str| {
        let rows = group
            .dimensions(bank)
            .into_iter()
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
                        <td colspan="3">"pas assez de réponses"</td>
                    </tr>
                }
                .into_any(),
            })
            .collect_view();
        // A data table may scroll sideways on a narrow screen (WCAG 1.4.10's exception);
        // the region takes the focus so that the keyboard can scroll it.
        view! {
            <div class="table-scroll" role="region" aria-label=caption tabindex="0">
            <table class="group-table dimensions">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        <th scope="col">"Personnes"</th>
                        <th scope="col">"Moyenne (sur 100)"</th>
                        <th scope="col">"Écart-type"</th>
                        <th scope="col">"Min–max"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
    };

    view! {
        <section aria-labelledby="groupe-affinite">
            <h2 id="groupe-affinite">"Affinité avec le métier"</h2>
            <dl class="group-facts">
                <div><dt>"Personnes"</dt><dd class="participants">{group.participants.len()}</dd></div>
                {forms.into_iter().filter(|(_, n)| *n > 0).map(|(form, n)| view! {
                    <div><dt>{form.name.clone()}</dt><dd>{n}</dd></div>
                }).collect_view()}
                {overall.map(|s| view! {
                    <div>
                        <dt>"Affinité moyenne"</dt>
                        <dd class="overall">{points(s.mean)} " (écart-type " {points(s.deviation)} ")"</dd>
                    </div>
                })}
                {group.precisions().into_iter().map(|(label, n)| view! {
                    <div><dt>{label}</dt><dd>{n}</dd></div>
                }).collect_view()}
            </dl>
            <p class="group-note">
                "L'affinité de chaque personne vient de ses centres d'intérêt. Une fourchette "
                "veut dire que ses réponses ne permettent pas un chiffre précis ; la moyenne du "
                "groupe, elle, repose sur toutes les réponses."
            </p>
            <table class="group-table bands">
                <caption>"Répartition par niveau d'affinité"</caption>
                <thead><tr><th scope="col">"Niveau"</th><th scope="col">"Personnes"</th></tr></thead>
                <tbody>
                    {group.bands().into_iter().map(|(band, n)| {
                        let width = n * 100 / group.participants.len().max(1);
                        view! {
                            <tr>
                                <th scope="row">{band.map_or("Sans résultat fiable", |b| b.label())}</th>
                                <td>
                                    <span class="band-cell">
                                        <span class="count">{n}</span>
                                        <span class="band-bar" aria-hidden="true" style:width=format!("{width}%")></span>
                                    </span>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section aria-labelledby="groupe-dimensions">
            <h2 id="groupe-dimensions">"Par dimension"</h2>
            {family_table(Family::Interest, "Centres d'intérêt")}
            {family_table(Family::Quality, "Qualités")}
        </section>
        <section aria-labelledby="groupe-riasec">
            <h2 id="groupe-riasec">"Intérêts (RIASEC)"</h2>
            <p>"Code moyen du groupe : " <strong class="riasec-group">{riasec_group}</strong></p>
            <ul class="riasec-codes">
                {riasec_codes.into_iter().map(|(code, n)| view! {
                    <li><span class="riasec-code">{code}</span> " : " <span class="count">{n}</span></li>
                }).collect_view()}
            </ul>
        </section>
        {refused}
        {duplicates}
    }
    .into_any()
}
