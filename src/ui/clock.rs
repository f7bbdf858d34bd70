//! The browser's clock: the current time, and a timestamp as a French date on this
//! device (the arithmetic is the model's, see [`date`]).

use crate::model::base::date;

/// The current time in milliseconds since 1970, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The date of `ms` on this device, as `dd/mm/yyyy`: the device gives its offset from UTC
/// at that instant, the model does the rest (see [`date`]).
pub fn local_date(ms: u64) -> String {
    let offset =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset();
    date::french_date(ms, offset as i32)
}
