//! Asking the browser to keep the app's storage (`navigator.storage.persist()`), and
//! reading whether it does (`persisted()`), where the browser offers it. Both answer
//! later, through a promise; an error or a missing API counts as no answer. What the
//! answers mean to the visitor is `model::document::persistence`.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::document::persistence::Persistence;

/// Asks for persistent storage; `done` gets the answer.
pub fn ask(done: impl FnOnce(Persistence) + 'static) {
    call("persist", done);
}

/// Whether storage is persistent now, without asking; `done` gets the answer.
pub fn current(done: impl FnOnce(Persistence) + 'static) {
    call("persisted", done);
}

/// Calls `navigator.storage[method]()` and hands its answer to `done`, exactly once.
fn call(method: &str, done: impl FnOnce(Persistence) + 'static) {
    let promise = web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|navigator| Reflect::get(&navigator, &"storage".into()).ok())
        .filter(|manager| manager.is_object())
        .and_then(|manager| {
            let method = Reflect::get(&manager, &method.into()).ok()?;
            method.dyn_into::<Function>().ok()?.call0(&manager).ok()
        })
        .and_then(|value| value.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        return done(Persistence::Unavailable);
    };
    let done = Rc::new(RefCell::new(Some(done)));
    let answer = {
        let done = done.clone();
        Closure::once(move |value: JsValue| {
            if let Some(done) = done.borrow_mut().take() {
                done(Persistence::of(value.as_bool()));
            }
        })
    };
    let failure = Closure::once(move |_: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(Persistence::Unavailable);
        }
    });
    _ = promise.then2(&answer, &failure);
    answer.forget();
    failure.forget();
}
