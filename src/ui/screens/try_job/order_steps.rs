//! The exercise where steps are put in order, with « Monter » and « Descendre » buttons
//! on each step (no drag and drop): every move is said in a live region, and the
//! focus follows the step that moved, so a keyboard user can keep moving it.

use leptos::prelude::*;

use crate::model::role::activity::Response;
use crate::ui::nav::focus_id_later;

/// Element id of a step's button, by the step's index in the data.
fn button_id(step: u8, up: bool) -> String {
    format!("etape-{step}-{}", if up { "monter" } else { "descendre" })
}

/// The steps in the order `order`; `on_move` moves the step at a position up or down.
#[component]
pub fn OrderSteps(
    steps: Vec<&'static str>,
    order: Signal<Response>,
    #[prop(into)] on_move: Callback<(usize, bool)>,
) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let total = steps.len();
    let text = move |step: u8| steps.get(usize::from(step)).copied().unwrap_or_default();
    let text = StoredValue::new(text);
    let move_step = move |position: usize, up: bool| {
        let current = order.get();
        let Some(&step) = current.get(position) else {
            return;
        };
        on_move.run((position, up));
        let now_at = order
            .get()
            .iter()
            .position(|&s| s == step)
            .unwrap_or(position);
        said.set(format!(
            "« {} » est maintenant à la place {} sur {total}.",
            text.with_value(|t| t(step)),
            now_at + 1
        ));
        // The list is drawn again: give the focus back to the step that moved, on the
        // same button unless it can no longer move that way.
        let stays = if up { now_at > 0 } else { now_at + 1 < total };
        let id = button_id(step, if stays { up } else { !up });
        focus_id_later(id);
    };
    view! {
        <ol class="order-steps">
            {move || {
                let current = order.get();
                current.iter().enumerate().map(|(position, &step)| {
                    let label = text.with_value(|t| t(step));
                    view! {
                        <li>
                            <span class="step-text">{label}</span>
                            <span class="step-moves">
                                <button
                                    type="button"
                                    class="button"
                                    id=button_id(step, true)
                                    aria-label=format!("Monter : {label}")
                                    disabled=position == 0
                                    on:click=move |_| move_step(position, true)
                                >"Monter"</button>
                                <button
                                    type="button"
                                    class="button"
                                    id=button_id(step, false)
                                    aria-label=format!("Descendre : {label}")
                                    disabled=position + 1 == total
                                    on:click=move |_| move_step(position, false)
                                >"Descendre"</button>
                            </span>
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
        <p class="visually-hidden" role="status">{move || said.get()}</p>
    }
}
