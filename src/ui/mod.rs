//! The browser shell: Leptos components that show the model. They read the model and
//! never decide anything the model can decide.
//!
//! - [`nav`]: the current route, kept in sync with the URL fragment;
//! - [`layout`]: skip link, header and footer shared by every screen;
//! - [`quiz_state`]: the quiz progress signal, loaded and saved through `storage`;
//! - [`notices`]: messages about storage, shown until dismissed;
//! - [`offline`]: the service worker's registration, and the new-version notice;
//! - [`workshop`]: the facilitator's settings, their screen, and "Personne suivante";
//!   [`kiosk`]: the idle countdown and wipe on shared devices;
//! - [`home`], [`fiche`], [`quiz_start`], [`question`], [`result`], [`data_page`],
//!   [`glossary`], [`accessibility`], [`group_page`], [`not_found`]: one module per
//!   screen; [`result_code`]: the result's code, QR code and printed sheet;
//! - [`blocks`]: how each kind of fiche content is drawn; [`charts`]: accessible bars;
//!   [`confirm`]: inline confirmations; [`download`]: saving a text as a file.

mod accessibility;
mod blocks;
mod charts;
mod confirm;
mod data_page;
mod download;
mod fiche;
mod glossary;
mod group_page;
mod home;
mod kiosk;
mod layout;
mod nav;
mod not_found;
mod notices;
mod offline;
mod question;
mod quiz_start;
mod quiz_state;
mod result;
mod result_code;
mod workshop;

use leptos::prelude::*;

use crate::model::embedded::{BACK_END, GLOSSARY};
use crate::model::route::Route;

/// Mounts the app on `<body>` and registers the service worker.
pub fn mount() {
    mount_to_body(App);
    offline::register_service_worker();
}

/// The whole app: the shared layout around the screen the route names.
#[component]
fn App() -> impl IntoView {
    let role = &BACK_END;
    provide_context(&GLOSSARY);
    let route = nav::use_route();
    let quiz = quiz_state::QuizState::provide(&role.bank);
    workshop::WorkshopState::provide(&role.bank, quiz);

    view! {
        <layout::SkipLink/>
        <layout::Header route/>
        <main id="contenu" tabindex="-1">
            <offline::UpdateNotice/>
            <notices::Notices/>
            <kiosk::KioskWatch route/>
            {move || match route.get() {
                Route::Home => view! { <home::HomePage fiche=&role.fiche/> }.into_any(),
                Route::Fiche { section } => {
                    view! { <fiche::FichePage fiche=&role.fiche section/> }.into_any()
                }
                Route::Quiz => view! { <quiz_start::QuizStartPage/> }.into_any(),
                Route::Questions => view! { <question::QuestionPage/> }.into_any(),
                Route::Result => view! { <result::ResultPage fiche=&role.fiche/> }.into_any(),
                Route::Data => view! { <data_page::DataPage/> }.into_any(),
                Route::Glossary { .. } => view! { <glossary::GlossaryPage/> }.into_any(),
                Route::Accessibility => view! { <accessibility::AccessibilityPage/> }.into_any(),
                Route::Workshop => view! { <workshop::WorkshopPage/> }.into_any(),
                Route::Group => view! { <group_page::GroupPage/> }.into_any(),
                Route::NotFound(path) => view! { <not_found::NotFoundPage path/> }.into_any(),
            }}
        </main>
        <layout::Footer fiche=&role.fiche/>
    }
}
