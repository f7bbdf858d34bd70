//! The service worker (`sw.js`, written by `scripts/post-build.mjs`): its registration,
//! which keeps the app working offline after one visit, and its updates. When a newer
//! version is installed and waits while this page runs an older one, [`UpdateNotice`]
//! says so; its button asks the waiting worker to take over and reloads the page once
//! the new worker controls it, so that a page never runs one version with another's
//! files. Browsers without service workers, or pages not in a secure context, simply go
//! without.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The message `sw.js` answers by taking over at once (`skipWaiting`).
const SKIP_WAITING: &str = "skip-waiting";

thread_local! {
    /// Whether a newer version is ready for this page: the notice shows while it is true.
    static UPDATE_READY: ArcRwSignal<bool> = ArcRwSignal::new(false);
    /// This page's registration, once the browser has given it.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set by the notice's button: the next change of worker reloads the page, once.
    static RELOAD_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// `navigator.serviceWorker`, where the browser has one.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Installs `handler` with the `set_on…` setter of an event; it lives as long as the page.
fn listen(set: impl FnOnce(Option<&js_sys::Function>), handler: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(handler);
    set(Some(closure.as_ref().unchecked_ref()));
    closure.forget();
}

/// Registers `sw.js`, then watches for a newer version and looks for one now.
pub fn register_service_worker() {
    let Some(container) = container() else {
        return;
    };
    // A page that no worker controls came from the network: the worker that takes it
    // over on a first visit is its own version. Only a change from one worker to
    // another means this page now runs an older version than its worker.
    let mut controlled = container.controller().is_some();
    listen(
        |f| container.set_oncontrollerchange(f),
        move || {
            if RELOAD_ASKED.replace(false) {
                reload();
            } else if std::mem::replace(&mut controlled, true) {
                // Another tab let the new version take over.
                UPDATE_READY.with(|ready| ready.set(true));
            }
        },
    );
    spawn_local(async move {
        // If registration fails, the app works as before, only not offline.
        let Ok(registration) = container.register("sw.js").await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if registration.waiting().is_some() {
            offer_update();
        }
        if let Some(worker) = registration.installing() {
            watch(worker);
        }
        listen(|f| registration.set_onupdatefound(f), {
            let registration = registration.clone();
            move || {
                if let Some(worker) = registration.installing() {
                    watch(worker);
                }
            }
        });
        REGISTRATION.with(|slot| *slot.borrow_mut() = Some(registration.clone()));
        // The browser looks for a new sw.js on navigations; routes are fragment changes,
        // so look once more now. Offline, this fails quietly.
        if let Ok(check) = registration.update() {
            _ = check.await;
        }
    });
}

/// Offers the update once `worker` (a new version being installed) has finished.
fn watch(worker: ServiceWorker) {
    let this = worker.clone();
    listen(
        |f| worker.set_onstatechange(f),
        move || {
            if this.state() == ServiceWorkerState::Installed {
                offer_update();
            }
        },
    );
}

/// Shows the notice if an older version controls this page (not on a first visit).
fn offer_update() {
    if container().and_then(|c| c.controller()).is_some() {
        UPDATE_READY.with(|ready| ready.set(true));
    }
}

/// The button: the waiting version takes over, and `controllerchange` reloads the page.
/// If it already took over (from another tab), reload now.
fn apply_update() {
    let waiting = REGISTRATION.with(|slot| slot.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            RELOAD_ASKED.set(true);
            _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
        }
        None => reload(),
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        _ = window.location().reload();
    }
}

/// "Nouvelle version disponible", with a button that reloads into it. The live region
/// is always there, so that screen readers announce the notice when it appears.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = UPDATE_READY.with(ArcRwSignal::clone);
    view! {
        <div class="update-notice" role="status" aria-live="polite">
            {move || {
                ready
                    .get()
                    .then(|| {
                        view! {
                            <div class="notice">
                                <p>
                                    <strong>"Nouvelle version disponible."</strong>
                                    " Recharge l'app pour l'utiliser : tes réponses enregistrées sont conservées."
                                </p>
                                <button type="button" class="button small primary" on:click=move |_| apply_update()>
                                    "Recharger"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
