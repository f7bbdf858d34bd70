//! « Scanner les codes »: where the browser reads QR codes (`ui::camera`), the rear
//! camera in a video, a few reads a second, and each new text handed to `on_read`, whose
//! answer (added, already there, refused and why) a live region says. A code held in
//! front of the camera is taken once (`model::classroom::scan::InView`). The camera
//! stops on « Arrêter le scanner », when the screen goes, and on any error, said in a
//! sentence (`CameraError`). Where the browser cannot read codes, no button: a sentence
//! says to scan with a phone's camera app.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::model::classroom::scan::{CameraError, InView};
use crate::ui::camera::{self, Camera, QrReader};
use crate::ui::nav::focus_id_later;

/// How often the picture is read.
const EVERY: Duration = Duration::from_millis(250);
const VIDEO_ID: &str = "scanner-video";
const START_ID: &str = "scanner-start";
const STOP_ID: &str = "scanner-stop";

/// The camera while it films, and the clock that reads its picture.
struct Session {
    camera: Camera,
    clock: Option<IntervalHandle>,
}

fn video() -> Option<JsValue> {
    document().get_element_by_id(VIDEO_ID).map(JsValue::from)
}

#[component]
pub fn Scanner(
    /// Takes the text of each new code read, and gives what to say about it.
    on_read: Callback<String, String>,
) -> impl IntoView {
    // None until the browser has said whether it reads QR codes.
    let offered = RwSignal::new(None::<bool>);
    let reader = StoredValue::new_local(None::<Rc<QrReader>>);
    let running = RwSignal::new(false);
    let said = RwSignal::new(String::new());
    let session = StoredValue::new_local(None::<Session>);
    let in_view = StoredValue::new(InView::default());
    let reading = StoredValue::new(false);
    // Each start counts, so that a camera opened after its scanner was closed is stopped.
    let starts = StoredValue::new(0u32);
    spawn_local(async move {
        let found = camera::qr_reader().await;
        let offer = found.is_some();
        if reader.try_set_value(found.map(Rc::new)).is_none() {
            offered.try_set(Some(offer));
        }
    });

    let stop = move || {
        if let Some(Some(session)) = session.try_update_value(Option::take) {
            if let Some(clock) = session.clock {
                clock.clear();
            }
            session.camera.stop();
        }
        running.try_set(false);
    };
    on_cleanup(stop);
    let fail = move |error: CameraError| {
        stop();
        said.set(error.to_string());
        focus_id_later(START_ID.to_owned());
    };

    let read = move || {
        let (Some(video), Some(Some(reader))) = (video(), reader.try_get_value()) else {
            return;
        };
        if reading.get_value() {
            return;
        }
        reading.set_value(true);
        spawn_local(async move {
            let text = reader.read(&video).await;
            if reading.try_set_value(false).is_some() || !running.get_untracked() {
                return;
            }
            match text {
                Err(()) => fail(CameraError::Reading),
                Ok(text) => {
                    if let Some(new) = in_view.try_update_value(|v| v.sees(text)).flatten() {
                        said.set(on_read.run(new));
                    }
                }
            }
        });
    };

    let start = move |_| {
        said.set(String::new());
        in_view.set_value(InView::default());
        running.set(true);
        starts.update_value(|n| *n += 1);
        let this_start = starts.get_value();
        focus_id_later(STOP_ID.to_owned());
        spawn_local(async move {
            let opened = camera::rear_camera().await;
            let wanted = running.try_get_untracked() == Some(true)
                && starts.try_get_value() == Some(this_start);
            match opened {
                Ok(camera) if !wanted => camera.stop(),
                Ok(camera) => {
                    if let Some(video) = video() {
                        camera.show_in(&video);
                    }
                    let clock = set_interval_with_handle(read, EVERY).ok();
                    session.set_value(Some(Session { camera, clock }));
                }
                Err(_) if !wanted => {}
                Err(name) => fail(CameraError::of(&name)),
            }
        });
    };
    let close = move |_| {
        stop();
        said.set("Scanner arrêté.".to_owned());
        focus_id_later(START_ID.to_owned());
    };

    let controls = move || match offered.get() {
        None => None,
        Some(false) => Some(
            view! {
                <p class="scanner-elsewhere">
                    "Ce navigateur ne lit pas les QR codes. Scannez chaque code avec l'appli "
                    "Appareil photo d'un téléphone : elle ouvre l'adresse de l'app, qui ajoute "
                    "le code au groupe."
                </p>
            }
            .into_any(),
        ),
        Some(true) if running.get() => Some(
            view! {
                <video
                    id=VIDEO_ID
                    class="scanner-video"
                    aria-label="Image de la caméra"
                    autoplay
                    playsinline
                    prop:muted=true
                ></video>
                <p>
                    <button type="button" id=STOP_ID class="button" on:click=close>
                        "Arrêter le scanner"
                    </button>
                </p>
            }
            .into_any(),
        ),
        Some(true) => Some(
            view! {
                <p>
                    <button type="button" id=START_ID class="button" on:click=start>
                        "Scanner les codes"
                    </button>
                </p>
            }
            .into_any(),
        ),
    };
    view! {
        <div class="scanner no-projector">
            {controls}
            <p role="status" class="scanner-said">{move || said.get()}</p>
        </div>
    }
}
