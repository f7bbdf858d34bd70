//! Keeps a rule of `src/ui/screens/` true: no screen imports another screen; what two
//! screens share is a component. It reads the source files, as `map_check` does, so it
//! runs natively although the screens are compiled for wasm32 only. Every path that
//! starts at `crate` or `super` (in a `use`, with its `{…}` groups, or written inline) is
//! resolved from the file's module; a path into another screen, or to the `screens`
//! module itself, breaks the rule. Comments are left out.

use std::path::Path;

use crate::map_check::files;

/// Identifiers and `::`, `{`, `}`, `,`, `*` as tokens; any other character is a token of
/// its own. Comments (`//` to the end of the line) are dropped.
fn tokens(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let code = line.find("//").map_or(line, |at| &line[..at]);
        let mut chars = code.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_alphanumeric() || c == '_' {
                let mut word = c.to_string();
                while let Some(&n) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
                    word.push(n);
                    chars.next();
                }
                out.push(word);
            } else if c == ':' && chars.peek() == Some(&':') {
                chars.next();
                out.push("::".to_owned());
            } else if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    out
}

/// The paths of the tree that starts at `tokens[at]`, each after `prefix`: `a::b`,
/// `a::{b, c::d}`, `a::*`, `a as b`. Returns them and the index after the tree.
fn tree(tokens: &[String], mut at: usize, prefix: &[String]) -> (Vec<Vec<String>>, usize) {
    let token = |i: usize| tokens.get(i).map_or("", String::as_str);
    let mut path = prefix.to_vec();
    while token(at).chars().all(|c| c.is_alphanumeric() || c == '_') && !token(at).is_empty() {
        if token(at) != "self" {
            path.push(token(at).to_owned());
        }
        at += 1;
        if token(at) != "::" {
            if token(at) == "as" {
                at += 2;
            }
            return (vec![path], at);
        }
        at += 1;
    }
    if token(at) != "{" {
        return (vec![path], at); // `*`, or the end of a path written inline
    }
    let mut paths = Vec::new();
    at += 1;
    while at < tokens.len() && token(at) != "}" {
        let (inner, next) = tree(tokens, at, &path);
        paths.extend(inner);
        at = next.max(at + 1);
        if token(at) == "," {
            at += 1;
        }
    }
    (paths, at + 1)
}

/// The paths of `source` that start at `crate` or `super`, resolved from `module` (the
/// file's module path under the crate, as `["ui", "screens", "result", "tried"]`).
fn crate_paths(source: &str, module: &[String]) -> Vec<Vec<String>> {
    let tokens = tokens(source);
    let mut resolved = Vec::new();
    for at in 0..tokens.len() {
        let starts = matches!(tokens[at].as_str(), "crate" | "super")
            && tokens.get(at + 1).is_some_and(|t| t == "::")
            && (at == 0 || tokens[at - 1] != "::");
        if !starts {
            continue;
        }
        for path in tree(&tokens, at, &[]).0 {
            let mut full = match path.first().map(String::as_str) {
                Some("crate") => Vec::new(),
                _ => module.to_vec(),
            };
            for segment in path.iter().skip_while(|s| *s == "crate") {
                match segment.as_str() {
                    "super" => _ = full.pop(),
                    _ => full.push(segment.clone()),
                }
            }
            resolved.push(full);
        }
    }
    resolved
}

/// The paths of a file of screen `screen` that reach into another screen, or name the
/// `screens` module itself, as `crate::…` paths.
fn other_screens(source: &str, module: &[String], screen: &str) -> Vec<String> {
    crate_paths(source, module)
        .into_iter()
        .filter(|p| p.starts_with(&["ui".to_owned(), "screens".to_owned()]))
        .filter(|p| p.get(2).is_none_or(|s| s != screen))
        .map(|p| format!("crate::{}", p.join("::")))
        .collect()
}

/// A file's module path: `ui/screens/result/tried.rs` is `ui::screens::result::tried`,
/// `ui/screens/result/mod.rs` is `ui::screens::result`.
fn module_of(file: &str) -> Vec<String> {
    let mut module: Vec<String> = file
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if module.last().is_some_and(|m| m == "mod") {
        module.pop();
    }
    module
}

#[test]
fn no_screen_imports_another_screen() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src.join("ui/screens"), &src, &mut all);
    all.retain(|f| f != "ui/screens/mod.rs");
    assert!(all.len() > 10, "too few screen files found: {all:?}");
    let mut broken = Vec::new();
    for file in all {
        let module = module_of(&file);
        let source = std::fs::read_to_string(src.join(&file)).unwrap();
        for path in other_screens(&source, &module, &module[2]) {
            broken.push(format!("src/{file}: {path}"));
        }
    }
    assert!(
        broken.is_empty(),
        "a screen imports another screen; move what they share to src/ui/components/: {broken:#?}"
    );
}

#[test]
fn paths_are_resolved_from_the_file() {
    let top = module_of("ui/screens/home.rs");
    let nested = module_of("ui/screens/result/tried.rs");
    let found =
        |source: &str, module: &[String], screen: &str| other_screens(source, module, screen);
    assert_eq!(
        found("use crate::ui::screens::try_job::TryLink;", &top, "home"),
        ["crate::ui::screens::try_job::TryLink"]
    );
    assert_eq!(
        found("use super::{glossary, fiche::{A, self}};", &top, "home"),
        [
            "crate::ui::screens::glossary",
            "crate::ui::screens::fiche::A",
            "crate::ui::screens::fiche"
        ]
    );
    assert_eq!(
        found("use crate::ui::{components::x::X, screens};", &top, "home"),
        ["crate::ui::screens"]
    );
    assert_eq!(
        found(
            "view! { <super::super::home::HomePage/> }",
            &nested,
            "result"
        ),
        ["crate::ui::screens::home::HomePage"]
    );
    assert_eq!(
        found("use crate::ui::screens::*;", &nested, "result"),
        ["crate::ui::screens"]
    );
    assert!(
        found(
            "use super::code::Code; use super::super::result::X;",
            &nested,
            "result"
        )
        .is_empty()
    );
    assert!(
        found(
            "use super::NOT_A_GRADE; // crate::ui::screens::home",
            &nested,
            "result"
        )
        .is_empty()
    );
    assert!(
        found(
            "use crate::ui::components::try_link::TryLink;",
            &top,
            "home"
        )
        .is_empty()
    );
}
