//! The current route as a signal, following the URL fragment, and what happens to focus
//! and the document title when it changes; an address replaced without opening it.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::shell::route::Route;
use crate::ui::content::Content;

/// A signal of the current route, updated on every `hashchange`. When the route changes,
/// focus moves to the new screen's heading (or to the requested fiche section) so that
/// keyboard and screen-reader users land where the content starts.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    let handle = window_event_listener(ev::hashchange, move |_| set_route.set(current_route()));
    on_cleanup(move || handle.remove());

    // On first load, only a section link needs attention: the browser cannot scroll to it
    // by itself since the fragment is a route, not an element id.
    if let Route::Fiche { section: Some(_) } | Route::Glossary { entry: Some(_) } =
        route.get_untracked()
    {
        request_animation_frame(move || focus_target(&route.get_untracked()));
    }
    Effect::watch(
        move || route.get(),
        |route, _, _| {
            let route = route.clone();
            request_animation_frame(move || focus_target(&route));
        },
        false,
    );
    route
}

fn current_route() -> Route {
    Route::parse(&location_hash().unwrap_or_default())
}

/// Moves focus to the heading the route points at: a fiche section's heading, or the
/// screen's `h1`. Headings carry `tabindex="-1"` so they can take focus.
fn focus_target(route: &Route) {
    let document = document();
    let target = route
        .anchor_id()
        .and_then(|id| document.get_element_by_id(&id))
        .or_else(|| document.query_selector("main h1").ok().flatten());
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        _ = element.focus();
        element.scroll_into_view();
    }
}

/// Moves focus, after the next frame (once the screen is drawn), to the element with
/// this id, if there is one.
pub fn focus_id_later(id: String) {
    request_animation_frame(move || {
        let element = document().get_element_by_id(&id);
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            _ = element.focus();
        }
    });
}

/// Moves focus to the screen's `h1`.
pub fn focus_heading() {
    focus_target(&Route::Home);
}

/// Sets the document title for the current screen, followed by the app's name (from
/// the role's data).
pub fn set_title(screen: &str) {
    let app = use_context::<Content>().map_or("", |c| c.role.fiche.app.name.as_ref());
    document().set_title(&format!("{screen} – {app}"));
}

/// Goes to another screen by changing the URL fragment.
pub fn go(route: &Route) {
    _ = window()
        .location()
        .set_hash(route.href().trim_start_matches('#'));
}

/// Shows `route`'s address in place of the current one, without opening it: no new
/// history entry and no `hashchange`, so a reload opens `route` (`history.replaceState`,
/// called through `js_sys`, lighter than a web-sys feature).
pub fn replace_address(route: &Route) {
    let window = window();
    let Ok(history) = js_sys::Reflect::get(&window, &"history".into()) else {
        return;
    };
    let replace = js_sys::Reflect::get(&history, &"replaceState".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(replace) = replace {
        _ = replace.call3(
            &history,
            &wasm_bindgen::JsValue::NULL,
            &"".into(),
            &route.href().into(),
        );
    }
}
