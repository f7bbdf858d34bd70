//! The accessibility statement, drawn from the audit's data: its text, the host's
//! contact (fetched from the file next to the app, shown as text), the conformance rate
//! with its counts, what is not yet conforme or not yet verified, the pages audited,
//! every criterion of the reference theme by theme, and the sources.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::base::date::french_from_iso;
use crate::model::role::audit::{Audit, Criterion, Status};
use crate::model::shell::host_contact::Found;
use crate::model::shell::route::Route;
use crate::ui::components::data_table::DataTable;
use crate::ui::components::lang_text::LangText;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::content::use_content;
use crate::ui::host_contact;

#[component]
pub fn Statement() -> impl IntoView {
    let audit = use_content().audit;
    let counts = audit.counts();
    let date = french_from_iso(&audit.audited_on).unwrap_or_default();
    view! {
        <TitledSection id="declaration" title="Déclaration d'accessibilité">
            {audit.statement.iter().map(|part| view! {
                {(!part.title.is_empty()).then(|| view! { <h3>{part.title.as_ref()}</h3> })}
                {part.paragraphs.iter().map(|p| view! { <p><LangText text=p/></p> }).collect_view()}
                {(!part.items.is_empty()).then(|| view! {
                    <ul>{part.items.iter().map(|i| view! { <li><LangText text=i/></li> }).collect_view()}</ul>
                })}
                {(!part.links.is_empty()).then(|| view! {
                    <ul>
                        {part.links.iter().map(|link| view! {
                            <li><a href=link.url.as_ref() rel="noreferrer"><LangText text=&link.text/></a></li>
                        }).collect_view()}
                    </ul>
                })}
            }).collect_view()}
        </TitledSection>

        <HostContact/>

        <TitledSection id="conformite" title="État de conformité">
            {counts.conformity().map(|state| view! { <p class="conformity">{state.sentence()}</p> })}
            <p class="conformance-rate">
                "Au " {date.clone()} ", l'app respecte "
                <strong>{counts.rate_text().unwrap_or_else(|| "—".to_owned())}</strong>
                " des critères du " {audit.reference.as_ref()} " qui s'appliquent à elle : "
                {counts.conforme} " conformes, " {counts.non_conforme} " non conformes, "
                {counts.non_verifie} " non vérifiés, sur "
                {counts.applicable()} " critères applicables ("
                {counts.non_applicable} " ne s'appliquent pas à l'app)."
            </p>
            <p><LangText text=&audit.rate_rule/></p>
            <Unmet
                audit
                status=Status::NonConforme
                title="Ce qui n'est pas encore conforme"
                none="Aucun critère applicable n'est non conforme."
            />
            <Unmet
                audit
                status=Status::NonVerifie
                title="Ce qui n'est pas encore vérifié"
                none="Tous les critères applicables ont été vérifiés."
            />
            <h3>"Pages auditées le " {date}</h3>
            <ul>
                {audit.pages.iter().map(|page| view! {
                    <li><a href=Route::parse(&page.route).href()>{page.name.as_ref()}</a></li>
                }).collect_view()}
            </ul>
            <h3>"Les " {audit.criteria.len()} " critères, thème par thème"</h3>
            {audit.themes().into_iter().enumerate().map(|(i, (theme, criteria, counts))| view! {
                <details class="criteria">
                    <summary>
                        {i + 1} ". " {theme} " : " {counts.conforme} " conformes, "
                        {counts.non_conforme} " non conformes, " {counts.non_verifie} " non vérifiés, "
                        {counts.non_applicable} " non applicables"
                    </summary>
                    <CriteriaTable theme criteria/>
                </details>
            }).collect_view()}
            <h3>"Sources"</h3>
            <ul class="audit-sources">
                {audit.sources.iter().map(|source| view! {
                    <li>
                        <a href=source.url.as_ref() rel="noreferrer"><LangText text=&source.title/></a>
                        " — " <LangText text=&source.publisher/> ". Consultée le "
                        {french_from_iso(&source.consulted).unwrap_or_default()} "."
                    </li>
                }).collect_view()}
            </ul>
        </TitledSection>
    }
}

/// Who hosts this copy of the app and how to reach them, from the file next to it; or
/// clearly that no contact was given. Its texts are shown as text, never as markup.
#[component]
fn HostContact() -> impl IntoView {
    let found = RwSignal::new(None::<Found>);
    spawn_local(async move { found.set(Some(host_contact::fetch().await)) });
    view! {
        <TitledSection id="contact-hebergeur" title="Contact de l'hébergeur">
            {move || match found.get() {
                None => view! { <p>"Recherche du contact de l'hébergeur…"</p> }.into_any(),
                Some(Found::Given(contact)) => view! {
                    <p>"Cette copie de l'app est proposée par : " <strong class="host-organisation">{contact.organisation}</strong></p>
                    <p>"Pour signaler un problème d'accessibilité, ou demander un contenu sous une autre forme :"</p>
                    <p class="host-contact">{contact.contact}</p>
                }.into_any(),
                Some(other) => view! { <p>{other.missing_sentence()}</p> }.into_any(),
            }}
        </TitledSection>
    }
}

/// The criteria in `status` (not met, or not verified yet), each with what is missing.
#[component]
fn Unmet(
    audit: &'static Audit,
    status: Status,
    title: &'static str,
    /// What to say when there is none.
    none: &'static str,
) -> impl IntoView {
    let criteria: Vec<&Criterion> = audit.with_status(status).collect();
    view! {
        <h3>{title}</h3>
        {if criteria.is_empty() {
            view! { <p>{none}</p> }.into_any()
        } else {
            view! {
                <ul>
                    {criteria.into_iter().map(|c| view! {
                        <li>
                            <strong>"Critère " {c.id.as_ref()}</strong> " : " <LangText text=&c.summary/>
                            " " <LangText text=&c.how/>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// One theme's criteria, as a table that scrolls on its own on a narrow screen.
#[component]
fn CriteriaTable(theme: &'static str, criteria: Vec<&'static Criterion>) -> impl IntoView {
    view! {
        <DataTable
            class="criteria-table"
            caption=format!("Critères du thème {theme}")
            columns=&["Critère", "Ce qu'il demande", "État", "Vérifié par"]
            caption_hidden=true
        >
            {criteria.into_iter().map(|c| view! {
                <tr>
                    <th scope="row">{c.id.as_ref()}</th>
                    <td><LangText text=&c.summary/></td>
                    <td>{c.status.label()}</td>
                    <td>{c.by.label()} " : " <LangText text=&c.how/></td>
                </tr>
            }).collect_view()}
        </DataTable>
    }
}
