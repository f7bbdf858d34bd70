//! An inline confirmation: what will happen, then "yes" and "no"; and a button that
//! asks for one before acting. The "yes" button takes
//! the focus when the confirmation appears, so keyboard and screen-reader users land on
//! the choice instead of having to look for it; "no" gives the focus back to where it was.
//! When "yes" removes what had the focus (an erase redraws the screen), the focus goes
//! to the screen's heading rather than being lost (RGAA 12.8).

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Confirm<Yes, No>(
    /// Element id of the message, which names the group.
    id: &'static str,
    yes: &'static str,
    /// The "no" button's label.
    #[prop(default = "Annuler")]
    no: &'static str,
    on_yes: Yes,
    on_no: No,
    /// The message: what will happen.
    children: Children,
) -> impl IntoView
where
    Yes: Fn() + 'static,
    No: Fn() + 'static,
{
    let yes_button = NodeRef::<html::Button>::new();
    // The element that had the focus before, usually the button that asked for this.
    let before = StoredValue::new_local(
        document()
            .active_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    );
    Effect::new(move || {
        if let Some(button) = yes_button.get() {
            _ = button.focus();
        }
    });
    let cancel = move |_| {
        on_no();
        if let Some(element) = before.get_value() {
            _ = element.focus();
        }
    };
    let confirm = move |_| {
        on_yes();
        request_animation_frame(|| {
            let lost = document()
                .active_element()
                .is_none_or(|e| !e.is_connected() || e.tag_name() == "BODY");
            if lost {
                crate::ui::nav::focus_heading();
            }
        });
    };
    view! {
        <div class="confirm" role="group" aria-labelledby=id>
            <p id=id>{children()}</p>
            <p class="actions">
                <button type="button" class="button primary" node_ref=yes_button on:click=confirm>
                    {yes}
                </button>
                <button type="button" class="button" on:click=cancel>{no}</button>
            </p>
        </div>
    }
}

/// A button that asks before acting: pressing it shows an inline [`Confirm`] with the
/// message below it; "yes" runs `on_yes`, and either answer closes the confirmation.
#[component]
pub fn ConfirmButton<Yes>(
    /// The button's label.
    label: &'static str,
    /// Element id of the confirmation's message.
    id: &'static str,
    /// What will happen.
    message: &'static str,
    yes: &'static str,
    no: &'static str,
    on_yes: Yes,
) -> impl IntoView
where
    Yes: Fn() + Clone + Send + Sync + 'static,
{
    let asking = RwSignal::new(false);
    view! {
        <p><button type="button" class="button" on:click=move |_| asking.set(true)>{label}</button></p>
        <Show when=move || asking.get()>
            {
                let on_yes = on_yes.clone();
                view! {
                    <Confirm
                        id
                        yes
                        no
                        on_yes=move || {
                            asking.set(false);
                            on_yes();
                        }
                        on_no=move || asking.set(false)
                    >
                        {message}
                    </Confirm>
                }
            }
        </Show>
    }
}
