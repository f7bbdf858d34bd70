//! « Développeuse ou développeur back-end : est-ce pour moi ? » — a static web app that presents the
//! back-end developer job profile and a quiz that matches a visitor's interests to it,
//! with their qualities shown beside.
//!
//! The crate is split in two (see `ARCHITECTURE.md`):
//! - [`model`]: pure Rust, no browser. Content types, validation, routes, and everything
//!   that can be decided without a browser. Tested natively with `cargo test`.
//! - `storage` (wasm32 only): the one place that touches `localStorage`;
//! - `ui` (wasm32 only): the Leptos components that show the model.

// clippy.toml bans what the model replaces to keep the wasm small; tests never reach it.
#![cfg_attr(
    test,
    allow(clippy::disallowed_methods, reason = "tests never reach the wasm")
)]

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(test)]
mod map_check;
#[cfg(test)]
mod screens_check;
