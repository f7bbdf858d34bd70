//! The browser shell: Leptos components that show the model. They read the model and
//! never decide anything the model can decide.
//!
//! The shell has three kinds of module, each in its place:
//! - [`screens`]: one module per route, the page the route names;
//! - [`components`]: pieces that several screens share, or that the layout puts
//!   around every screen;
//! - here, at the root, the state and the browser services: [`state`] (the quiz
//!   progress, history and settings, loaded and saved through `storage`),
//!   [`workshop_state`] (the facilitator's settings and "next person"), [`group_state`]
//!   (the group kept on the device, for the group view), [`nav`] (the
//!   route, following the URL fragment, and the document title), [`content`] (the role
//!   and the glossary, as one context), [`clock`] (the
//!   browser's time), [`download`] (saving a text as a file), [`camera`] (the camera and
//!   the browser's QR code reader), [`persistence`] (asking
//!   the browser to keep the storage) and [`offline`] (the service worker and its
//!   new-version notice).

mod camera;
mod clock;
mod components;
mod content;
mod download;
mod group_state;
mod host_contact;
mod nav;
mod offline;
mod persistence;
mod screens;
mod state;
mod workshop_state;

use leptos::prelude::*;

use crate::model::role::embedded::{AUDIT, GLOSSARY, ROLE, ROLE_ID};
use crate::model::shell::route::Route;

/// The name of the role compiled in, as a custom section of the wasm (`metier-role`):
/// `scripts/post-build.mjs` reads it to write that role's page, manifest and service
/// worker, and stops the build when `METIER_ROLE` names another role.
#[used]
#[unsafe(link_section = "metier-role")]
static ROLE_SECTION: [u8; ROLE_ID.len()] = match ROLE_ID.as_bytes().first_chunk() {
    Some(bytes) => *bytes,
    None => [0; ROLE_ID.len()],
};

/// Mounts the app on `<body>` and registers the service worker.
///
/// The first paint (`<div id="first-paint">`, the same home screen in static HTML,
/// written by `model::shell::home`) is removed in the same task as the app draws, so the
/// browser never paints both, and no second `h1` or copy is left for a screen reader.
/// The loader (`Trunk.toml`'s `pattern_script`) only starts the app once
/// `index.html`'s inline script has seen that first paint.
pub fn mount() {
    if let Some(first_paint) = document().get_element_by_id("first-paint") {
        first_paint.remove();
    }
    mount_to_body(App);
    offline::register_service_worker();
}

/// The whole app: the shared layout around the screen the route names.
#[component]
fn App() -> impl IntoView {
    let role = &ROLE;
    crate::storage::use_storage_key(&role.fiche.app.storage_key);
    provide_context(content::Content {
        role,
        glossary: &GLOSSARY,
        audit: &AUDIT,
    });
    let route = nav::use_route();
    let quiz = state::DocumentState::provide(&role.bank);
    workshop_state::WorkshopState::provide(&role.bank, quiz);

    view! {
        <components::layout::SkipLink/>
        <components::layout::Header route/>
        <main id="contenu" tabindex="-1">
            <offline::UpdateNotice/>
            <components::notices::Notices/>
            <components::kiosk::KioskWatch route/>
            {move || match route.get() {
                Route::Home => view! { <screens::home::HomePage/> }.into_any(),
                Route::Fiche { section } => {
                    view! { <screens::fiche::FichePage section/> }.into_any()
                }
                Route::Quiz => view! { <screens::quiz_start::QuizStartPage/> }.into_any(),
                Route::Questions => view! { <screens::question::QuestionPage/> }.into_any(),
                Route::Result => view! { <screens::result::ResultPage/> }.into_any(),
                Route::Data => view! { <screens::data::DataPage/> }.into_any(),
                Route::Glossary { .. } => view! { <screens::glossary::GlossaryPage/> }.into_any(),
                Route::Accessibility => view! { <screens::accessibility::AccessibilityPage/> }.into_any(),
                Route::Try { activity } => view! { <screens::try_job::TryPage activity/> }.into_any(),
                Route::Workshop => view! { <screens::workshop::WorkshopPage/> }.into_any(),
                // One arm, so that the group view is built in one place.
                route @ (Route::Group | Route::AddToGroup { .. }) => {
                    let adding = match route {
                        Route::AddToGroup { code } => Some(code),
                        _ => None,
                    };
                    view! { <screens::group::GroupPage adding/> }.into_any()
                }
                Route::PaperSheet => view! { <screens::paper_sheet::PaperSheetPage/> }.into_any(),
                Route::PaperEntry => view! { <screens::paper_entry::PaperEntryPage/> }.into_any(),
                Route::NotFound(path) => view! { <components::not_found::NotFoundPage path/> }.into_any(),
            }}
        </main>
        <components::layout::Footer/>
    }
}
