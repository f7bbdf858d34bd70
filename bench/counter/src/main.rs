//! The framework's floor (scripts/bench): a button that counts its clicks, in Leptos 0.8
//! client-side rendering, the way the app mounts its own view.

use leptos::prelude::*;

/// A heading, and a button whose label says how many times it was pressed.
#[component]
fn Compteur() -> impl IntoView {
    let (clics, set_clics) = signal(0u32);
    view! {
        <main>
            <h1>"Compteur"</h1>
            <button type="button" on:click=move |_| set_clics.update(|n| *n += 1)>
                {move || format!("Tu as appuyé {} fois", clics.get())}
            </button>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Compteur);
}
