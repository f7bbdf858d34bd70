//! The generated files match the data: the statics, the first paints, and the index
//! of the roles the app can be built with (`roles.json`).

use std::collections::BTreeMap;
use std::path::Path;

use crate::model::document::stored::Keys;
use crate::model::loading::glossary::glossary_problems;
use crate::model::loading::{self, DataFile, RoleSource, literal::rust_literal};
use crate::model::role::glossary::Glossary;
use crate::model::shell::home::first_paint::{self, Head};
use crate::model::test_support::TEST_ROLE;

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

/// A data file read from the disk, kept for the whole test run as the compiled-in ones are.
fn data_file(path: String) -> DataFile {
    let json = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    DataFile {
        path: Box::leak(path.into_boxed_str()),
        json: Box::leak(json.into_boxed_str()),
    }
}

/// Every role the app can be built with, by the name `METIER_ROLE` gives it: each
/// folder of `data/roles/`, and the test-only role, `essai`.
fn roles() -> BTreeMap<String, RoleSource> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/roles");
    let mut roles: BTreeMap<String, RoleSource> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("data/roles: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("data/roles: {e}")))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let file = |file: &str| data_file(format!("data/roles/{name}/{file}"));
            let source = RoleSource {
                fiche: file("fiche.json"),
                quiz: file("quiz.json"),
                activities: file("activites.json"),
            };
            (name, source)
        })
        .collect();
    roles.insert("essai".to_owned(), TEST_ROLE);
    roles
}

/// What `scripts/post-build.mjs` and the end-to-end tests need of a role, by its name in
/// `roles.json`: where its data is, the keys it stores under (`stored::Keys`; the
/// document's is the storage key), and the words of its page's head.
#[derive(serde::Serialize)]
struct BuiltRole {
    fiche: &'static str,
    quiz: &'static str,
    activities: &'static str,
    keys: BTreeMap<&'static str, String>,
    #[serde(flatten)]
    head: Head,
}

/// Each role's generated file (`<name>.rs`, what `METIER_ROLE=<name>` compiles in), its
/// first paint (`home/first-paint/<storage key>.html`, which `scripts/post-build.mjs`
/// puts in `index.html`), and the index of them all, `roles.json`.
#[test]
fn generated_roles_are_up_to_date() {
    let mut index = BTreeMap::new();
    for (name, source) in roles() {
        let role = source.load().unwrap_or_else(|e| panic!("{e}"));
        check_generated(&format!("{name}.rs"), &role);
        let storage_key = role.fiche.app.storage_key.to_string();
        let first_paint = format!(
            "<!-- Generated from data/ by src/model/role/embedded/tests.rs: do not edit. \
             After changing the data: UPDATE_EMBEDDED=1 cargo test --lib embedded -->\n{}\n",
            first_paint::html(&role)
        );
        check_file(
            &format!("src/model/shell/home/first-paint/{storage_key}.html"),
            &first_paint,
        );
        let keys = Keys::of(&storage_key);
        let built = BuiltRole {
            fiche: source.fiche.path,
            quiz: source.quiz.path,
            activities: source.activities.path,
            keys: BTreeMap::from([
                ("document", keys.document),
                ("backup", keys.backup),
                ("workshop", keys.workshop),
                ("told_eviction", keys.told_eviction),
                ("group", keys.group),
                ("group_backup", keys.group_backup),
            ]),
            head: first_paint::head(&role),
        };
        index.insert(name, built);
    }
    let json = serde_json::to_string_pretty(&index).unwrap_or_else(|e| panic!("{e}"));
    check_file(
        "src/model/role/embedded/generated/roles.json",
        &format!("{json}\n"),
    );
}

/// Two roles never share a storage key: they would read each other's answers, and
/// their offline copies would share a cache name.
#[test]
fn each_role_has_its_own_storage_key() {
    let roles = roles();
    let keys: BTreeMap<String, &String> = roles
        .iter()
        .map(|(name, source)| {
            let fiche: crate::model::role::fiche::Fiche = source
                .fiche
                .parse(loading::fiche_problems)
                .unwrap_or_else(|e| panic!("{e}"));
            (fiche.app.storage_key.to_string(), name)
        })
        .collect();
    assert_eq!(keys.len(), roles.len(), "{keys:?}");
}

fn parsed_glossary() -> Glossary {
    loading::GLOSSARY_DATA
        .parse(glossary_problems)
        .unwrap_or_else(|e| panic!("{e}"))
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
