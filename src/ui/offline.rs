//! Registers the service worker (`sw.js`, written by `scripts/post-build.mjs`) that keeps
//! the app working offline after one visit. Browsers without service workers, or pages
//! not in a secure context, simply go without.

use wasm_bindgen::JsValue;

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if supported {
        // The promise is left alone: if registration fails, the app works as before.
        _ = navigator.service_worker().register("sw.js");
    }
}
