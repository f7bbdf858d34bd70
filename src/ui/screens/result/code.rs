//! The result's code and what goes with it on the result screen: the code in groups of
//! four, its QR code (the code's own address in the app, or the code alone, with the
//! sentence that says which: `model::classroom::qr_address`), a copy button, printing the one-page sheet (with the date and a
//! frame for the counsellor's notes, shown on paper only), and "Personne suivante" when
//! the device is in workshop mode.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::model::classroom::qr::QrImage;
use crate::model::classroom::qr_address::QrContent;
use crate::ui::clock::{local_date, now};
use crate::ui::components::next_person::NextPerson;
use crate::ui::components::status_line::{Outcome, StatusLine};
use crate::ui::components::titled_section::TitledSection;
use crate::ui::workshop_state::use_workshop;

const COPY_BY_HAND: &str =
    "Ce navigateur ne permet pas de copier ici : sélectionne le code et copie-le à la main.";

/// The printed sheet's first line: what it is, the role, the form, the date. Paper only.
#[component]
pub fn SheetHeading(role: String, form_name: String) -> impl IntoView {
    view! {
        <p class="print-only sheet-heading">
            "Fiche de résultat – " {role} " – " {form_name} " – " {local_date(now())}
        </p>
    }
}

/// The code section, the notes frame (paper only) and, in workshop mode, "Personne
/// suivante".
#[component]
pub fn ResultCode(
    /// The attempt's code, from the report; `None` when the form cannot be coded.
    code: Option<String>,
) -> impl IntoView {
    let workshop = use_workshop();
    let status = RwSignal::new(None::<Outcome>);
    let code = code?;
    let content = QrContent::of(&window().location().href().unwrap_or_default(), &code);
    let qr = QrImage::of(&content.text);
    let copy = {
        let code = code.clone();
        move |_| {
            // Only secure contexts (https, localhost) have a clipboard; a school's plain
            // http intranet has none, and a browser may refuse: then say so.
            let navigator = window().navigator();
            let reachable = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
                .is_ok_and(|c| !c.is_undefined());
            if !reachable {
                status.set(Some(Outcome::Failed(COPY_BY_HAND.to_owned())));
                return;
            }
            let copied = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                status.set(Some(Outcome::Done("Code copié.".to_owned())))
            });
            let refused = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                status.set(Some(Outcome::Failed(COPY_BY_HAND.to_owned())))
            });
            _ = navigator
                .clipboard()
                .write_text(&code)
                .then2(&copied, &refused);
            copied.forget();
            refused.forget();
        }
    };
    let print = move |_| {
        _ = window().print();
    };
    Some(view! {
        <TitledSection id="code-titre" title="Ton code de résultat" class="card result-code">
            <p class="no-print">
                "Il contient tes réponses, pas ton nom. En atelier, donne-le à la personne qui anime, à recopier ou à scanner : "
                "il ou elle retrouve ton résultat sans que rien ne passe par internet."
            </p>
            <div class="code-and-qr">
                <p class="code"><code>{code.clone()}</code></p>
                {qr.map(|qr| {
                    let side = qr.side();
                    // An address needs more modules than a code: a larger drawing keeps
                    // them as easy for a camera to read.
                    let class = if qr.size > 29 { "qr large" } else { "qr" };
                    view! {
                        <svg
                            class=class
                            viewBox=format!("0 0 {side} {side}")
                            role="img"
                            aria-label=format!("QR code du code de résultat {code}")
                            shape-rendering="crispEdges"
                        >
                            <rect class="qr-background" width=side height=side></rect>
                            <path class="qr-modules" d=qr.path></path>
                        </svg>
                    }
                })}
            </div>
            <p class="no-print qr-sentence">{content.sentence}</p>
            <p class="actions no-print">
                <button type="button" class="button" on:click=copy>"Copier le code"</button>
                <button type="button" class="button" on:click=print>"Imprimer ma fiche"</button>
            </p>
            <StatusLine outcome=status/>
        </TitledSection>
        <section class="print-only notes" aria-labelledby="notes-titre">
            <h2 id="notes-titre">"Notes de l'entretien"</h2>
        </section>
        {move || workshop.settings.with(|w| w.is_active()).then(|| view! { <NextPerson/> })}
    })
}
