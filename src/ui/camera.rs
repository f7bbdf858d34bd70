//! The rear camera and the browser's QR code reader, where both exist:
//! `navigator.mediaDevices.getUserMedia` and `BarcodeDetector` (web-sys has the detector
//! only behind an unstable flag, so both are reached through `js_sys::Reflect`). A
//! failure comes back as the browser's error name; what it means to the facilitator is
//! `model::classroom::scan::CameraError`.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A `BarcodeDetector` that looks for QR codes.
pub struct QrReader(JsValue);

/// A stream from the camera, filming until [`Camera::stop`].
pub struct Camera(JsValue);

/// `object[key]`, when it is there.
fn get(object: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(object, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Calls `object[method](...args)`.
fn call(object: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let method = get(object, method)?.dyn_into::<Function>().ok()?;
    let args: Array = args.iter().copied().collect();
    Reflect::apply(&method, object, &args).ok()
}

/// Waits for a promise the call gave; `Err` with the error when it fails.
async fn settle(value: Option<JsValue>) -> Result<JsValue, JsValue> {
    match value.map(JsCast::dyn_into::<Promise>) {
        Some(Ok(promise)) => promise.await,
        _ => Err(JsValue::UNDEFINED),
    }
}

/// The array `value` is, or an empty one.
fn array(value: JsValue) -> Array {
    value.dyn_into::<Array>().unwrap_or_else(|_| Array::new())
}

fn media_devices() -> Option<JsValue> {
    let navigator = JsValue::from(web_sys::window()?.navigator());
    get(&navigator, "mediaDevices").filter(|d| get(d, "getUserMedia").is_some())
}

/// A QR reader, when the browser has a camera API and a `BarcodeDetector` that lists
/// `qr_code` among its formats.
pub async fn qr_reader() -> Option<QrReader> {
    media_devices()?;
    let window = JsValue::from(web_sys::window()?);
    let detector = get(&window, "BarcodeDetector")?
        .dyn_into::<Function>()
        .ok()?;
    let formats = settle(call(&detector, "getSupportedFormats", &[]))
        .await
        .ok()?;
    if !array(formats).includes(&"qr_code".into(), 0) {
        return None;
    }
    let options = Object::new();
    let qr_only: Array = std::iter::once(JsValue::from("qr_code")).collect();
    Reflect::set(&options, &"formats".into(), &qr_only).ok()?;
    let args: Array = std::iter::once(JsValue::from(options)).collect();
    Reflect::construct(&detector, &args).ok().map(QrReader)
}

impl QrReader {
    /// The text of a QR code in the video's current picture; `Ok(None)` when it shows
    /// none, or has no picture yet; `Err(())` when the detector fails.
    pub async fn read(&self, video: &JsValue) -> Result<Option<String>, ()> {
        // HAVE_CURRENT_DATA: a picture to look at.
        let has_picture = get(video, "readyState").and_then(|s| s.as_f64()) >= Some(2.0);
        if !has_picture {
            return Ok(None);
        }
        let found = settle(call(&self.0, "detect", &[video]))
            .await
            .map_err(|_| ())?;
        let first = array(found).get(0);
        Ok(get(&first, "rawValue").and_then(|v| v.as_string()))
    }
}

/// Opens the rear camera (the front one where there is no other), without sound; `Err`
/// with the browser's error name (`NotAllowedError`, `NotFoundError`…).
pub async fn rear_camera() -> Result<Camera, String> {
    let devices = media_devices().ok_or_else(String::new)?;
    let video = Object::new();
    let constraints = Object::new();
    let set = |object: &Object, key: &str, value: &JsValue| {
        _ = Reflect::set(object, &key.into(), value);
    };
    set(&video, "facingMode", &"environment".into());
    set(&constraints, "video", &video);
    set(&constraints, "audio", &false.into());
    let stream = settle(call(&devices, "getUserMedia", &[&constraints]))
        .await
        .map_err(|error| {
            get(&error, "name")
                .and_then(|name| name.as_string())
                .unwrap_or_default()
        })?;
    Ok(Camera(stream))
}

impl Camera {
    /// Shows the camera's picture in `video`.
    pub fn show_in(&self, video: &JsValue) {
        _ = Reflect::set(video, &"srcObject".into(), &self.0);
    }

    /// Stops every track: the camera turns off.
    pub fn stop(&self) {
        let tracks = call(&self.0, "getTracks", &[]).unwrap_or_default();
        for track in array(tracks).iter() {
            call(&track, "stop", &[]);
        }
    }
}
