//! The generated files match the data.

use std::path::Path;

use crate::model::loading::glossary::glossary_problems;
use crate::model::loading::{self, literal::rust_literal};
use crate::model::role::Role;
use crate::model::role::glossary::Glossary;

/// Compares the file at `path` (relative to the crate) with `expected`; rewrites it
/// instead when `UPDATE_EMBEDDED` is set.
fn check_file(path: &str, expected: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_EMBEDDED").is_some() {
        std::fs::write(&file, expected).unwrap();
        return;
    }
    let written = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        written == expected,
        "{path} is not what the data gives; run: UPDATE_EMBEDDED=1 cargo test --lib embedded"
    );
}

/// Compares `path` (relative to `src/model/role/embedded/generated/`) with the literal of `value`.
fn check_generated<T: serde::Serialize>(path: &str, value: &T) {
    let expected = format!(
        "// Generated from data/ by src/model/role/embedded/tests.rs: do not edit.\n\
         // After changing the data: UPDATE_EMBEDDED=1 cargo test --lib embedded\n{}",
        rust_literal(value).unwrap_or_else(|e| panic!("{path}: {e}"))
    );
    check_file(
        &format!("src/model/role/embedded/generated/{path}"),
        &expected,
    );
}

fn parsed_role() -> Role {
    loading::BACK_END_DATA
        .load()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn parsed_glossary() -> Glossary {
    loading::GLOSSARY_DATA
        .parse(glossary_problems)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn generated_role_is_up_to_date() {
    check_generated("developpeur-back-end.rs", &parsed_role());
}

/// The second role too, so that the app can be built with it (`role-essai`).
#[test]
fn generated_second_role_is_up_to_date() {
    check_generated("essai.rs", &crate::model::test_support::test_role());
}

/// The first paint of each role (`model::shell::home::first_paint`), which `scripts/post-build.mjs`
/// puts in `index.html`: `src/model/shell/home/first-paint/<storage key>.html`.
#[test]
fn generated_first_paints_are_up_to_date() {
    for role in [parsed_role(), crate::model::test_support::test_role()] {
        let expected = format!(
            "<!-- Generated from data/ by src/model/role/embedded/tests.rs: do not edit. \
             After changing the data: UPDATE_EMBEDDED=1 cargo test --lib embedded -->\n{}\n",
            crate::model::shell::home::first_paint::html(&role)
        );
        let path = format!(
            "src/model/shell/home/first-paint/{}.html",
            role.fiche.app.storage_key
        );
        check_file(&path, &expected);
    }
}

#[test]
fn generated_glossary_is_up_to_date() {
    check_generated("glossaire.rs", &parsed_glossary());
}

#[test]
fn generated_audit_is_up_to_date() {
    let audit: crate::model::role::audit::Audit = loading::AUDIT_DATA
        .parse(loading::audit::audit_problems)
        .unwrap_or_else(|e| panic!("{e}"));
    check_generated("accessibilite.rs", &audit);
}

#[test]
fn literals_escape_text_and_keep_rust_names() {
    use crate::model::role::quiz::{Family, Lean};
    let lean = Lean {
        dimension: "a \"b\"\\\n é".into(),
        at_least: 7,
    };
    assert_eq!(
        rust_literal(&(Family::Quality, Some(lean), 0.5_f64)).unwrap(),
        "(Family::Quality, Some(Lean { dimension: Borrowed(\"a \\\"b\\\"\\\\\\n é\"), at_least: 7 }), 0.5)\n"
    );
    assert_eq!(rust_literal(&Vec::<u8>::new()).unwrap(), "Borrowed(&[])\n");
    // What does not fit on one line is written one item per line.
    let long = vec!["une phrase assez longue pour ne pas tenir sur une seule ligne"; 2];
    assert_eq!(
        rust_literal(&long).unwrap(),
        "Borrowed(&[\n    Borrowed(\"une phrase assez longue pour ne pas tenir sur une seule ligne\"),\n    Borrowed(\"une phrase assez longue pour ne pas tenir sur une seule ligne\"),\n])\n"
    );
}

#[test]
fn maps_have_no_literal() {
    let map = std::collections::BTreeMap::from([(1, 2)]);
    assert!(rust_literal(&map).is_err());
}
