//! Fetches the host's accessibility contact, `contact-accessibilite.json`, by a relative
//! address (next to `index.html`, so under a sub-path too; the page's own origin, which
//! the Content Security Policy allows). What the answer means is
//! `model::shell::host_contact::Found::of`.

use wasm_bindgen::JsCast;

use crate::model::shell::host_contact::{FILE, Found};

/// What the server answers for the host's contact file; no answer is `Unreachable`.
pub async fn fetch() -> Found {
    let Some(window) = web_sys::window() else {
        return Found::Unreachable;
    };
    let Ok(response) = window.fetch_with_str(FILE).await else {
        return Found::Unreachable;
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return Found::Unreachable;
    };
    if !response.ok() {
        return Found::of(Some((response.status(), "")));
    }
    let text = match response.text() {
        Ok(promise) => promise.await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    match text {
        Some(text) => Found::of(Some((response.status(), &text))),
        None => Found::Unreachable,
    }
}
