//! Saving a text made in the app as a file on the device (an export, a CSV), with no
//! server: a `Blob`, an object URL and a link clicked by script.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text`, typed as `mime`, for download as `<stem>-<today>.<extension>`, e.g.
/// `atelier-resultats-2026-11-23.csv`.
pub fn download(text: &str, mime: &str, stem: &str, extension: &str) -> Result<(), ()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let link: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    link.set_href(&url);
    let day = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    link.set_download(&format!(
        "{stem}-{}.{extension}",
        day.get(..10).unwrap_or("export")
    ));
    link.click();
    _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
