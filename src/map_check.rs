//! Keeps ARCHITECTURE.md a true map: every file of `src/` is named in the map's first
//! column, and every name there matches a file. A name is a path in backticks; a bare
//! file name after a path in the same cell is a sibling of it (`a/b.rs`, `c.rs`); `*`
//! stands for one path segment, a final `/**` for a whole folder. Rows about files
//! outside `src/` are not checked. The page stays a map: at most 200 lines, no line
//! over 300 characters, and every module it names in backticks (`model::shell::route`,
//! `ui::state`) exists.

use std::path::Path;

/// The names in the first column of the code map's rows, as full paths.
fn named(map: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in map.lines().filter(|l| l.starts_with("| `")) {
        let cell = line.split('|').nth(1).unwrap_or_default();
        let mut dir = String::new();
        let tokens = cell.split('`').skip(1).step_by(2);
        for token in tokens.filter(|t| t.ends_with(".rs") || t.ends_with('/') || t.ends_with("/**"))
        {
            let path = if token.starts_with("src/") {
                token.to_owned()
            } else if dir.is_empty() {
                continue; // a row about files outside src/
            } else {
                format!("{dir}/{token}")
            };
            if token.starts_with("src/") {
                dir = Path::new(token)
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
            }
            names.push(path);
        }
    }
    names
}

/// Whether `path` matches `pattern`, where `*` is one whole path segment or the part of
/// a file name before its extension.
fn matches(pattern: &str, path: &str) -> bool {
    if let Some(folder) = pattern.strip_suffix("/**") {
        return path.starts_with(&format!("{folder}/"));
    }
    let (p, f): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    p.len() == f.len()
        && p.iter().zip(&f).all(|(a, b)| {
            *a == "*" || a == b || a.strip_prefix('*').is_some_and(|ext| b.ends_with(ext))
        })
}

/// The `.rs` files under `dir`, as paths relative to `root` (also read by `screens_check`).
pub(crate) fn files(dir: &Path, root: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, root, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path.strip_prefix(root).unwrap().display().to_string());
        }
    }
}

#[test]
fn the_code_map_names_every_file_and_only_files_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let names = named(&map);
    let mut all = Vec::new();
    files(&root.join("src"), root, &mut all);
    let unnamed: Vec<_> = all
        .iter()
        .filter(|f| {
            !names
                .iter()
                .any(|n| matches(n, f) || f.starts_with(&format!("{n}/")))
        })
        .collect();
    assert!(
        unnamed.is_empty(),
        "files of src/ missing from ARCHITECTURE.md's code map: {unnamed:#?}"
    );
    let missing: Vec<_> = names
        .iter()
        .filter(|n| match n.contains('*') {
            true => !all.iter().any(|f| matches(n, f)),
            false => !root.join(n.trim_end_matches('/')).exists(),
        })
        .collect();
    assert!(
        missing.is_empty(),
        "named in the code map but not in the tree: {missing:#?}"
    );
}

/// Whether `name` (`model::shell::route`, `ui::state::DocumentState`) is a module of
/// `src/`, or an item declared in one: the longest path that is a file, then at most one
/// segment declared there (`fn`, `struct`, `enum`, `mod`, `const`, `static`, `type`, `trait`).
fn resolves(root: &Path, name: &str) -> bool {
    let segments: Vec<&str> = name.split("::").collect();
    (1..=segments.len()).rev().any(|n| {
        let path = root.join("src").join(segments[..n].join("/"));
        let file = [path.with_extension("rs"), path.join("mod.rs")]
            .into_iter()
            .find(|f| f.exists());
        let rest = &segments[n..];
        match (file, rest) {
            (Some(_), []) => true,
            (Some(file), [item]) => {
                let text = std::fs::read_to_string(file).unwrap();
                [
                    "fn", "struct", "enum", "mod", "const", "static", "type", "trait",
                ]
                .iter()
                .any(|kind| {
                    text.split(&format!("{kind} {item}"))
                        .skip(1)
                        .any(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
                })
            }
            _ => false,
        }
    })
}

#[test]
fn the_map_stays_short_and_names_no_stale_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    assert!(
        map.lines().count() <= 200,
        "ARCHITECTURE.md: {} lines, at most 200",
        map.lines().count()
    );
    let long: Vec<_> = map.lines().filter(|l| l.chars().count() > 300).collect();
    assert!(long.is_empty(), "lines over 300 characters: {long:#?}");
    let stale: Vec<_> = map
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|t| (t.starts_with("model::") || t.starts_with("ui::")) && !resolves(root, t))
        .collect();
    assert!(
        stale.is_empty(),
        "modules named in ARCHITECTURE.md that do not exist: {stale:#?}"
    );
    // The check itself: a stale name and a real one.
    assert!(!resolves(root, "ui::layout") && !resolves(root, "ui::group_page"));
    assert!(resolves(root, "model::shell::route") && resolves(root, "ui::state::DocumentState"));
}

#[test]
fn siblings_and_patterns_are_read() {
    let map = "| `src/a/b.rs`, `c.rs` | x |\n| `src/d/*/tests.rs` | y |\n";
    assert_eq!(named(map), ["src/a/b.rs", "src/a/c.rs", "src/d/*/tests.rs"]);
    assert!(matches("src/d/*/tests.rs", "src/d/e/tests.rs"));
    assert!(!matches("src/d/*/tests.rs", "src/d/tests.rs"));
    assert!(matches("src/m/embedded/*.rs", "src/m/embedded/x.rs"));
    assert!(matches("src/m/base/**", "src/m/base/json/fields.rs"));
    assert!(!matches("src/m/base/**", "src/m/based.rs"));
    assert_eq!(named("| `src/m/base/**` | x |"), ["src/m/base/**"]);
}
