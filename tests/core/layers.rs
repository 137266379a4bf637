//! The shape of the core, checked: its modules form layers and nothing calls up (the `crate::…` paths of
//! each module's code, comments left out), there is no cycle between modules, and only the store holds
//! SQL. Layers, lowest first:
//! 0 `error`, `model`, `validate`, `format`, `locale`, `i18n` (the words), `table` (types, pure helpers, CSV files) ← 1 `store` (the only SQL) ←
//! 2 `import` and the analysis (`attribution`, `leaks`, `ledger`, `lift`, `fit`, `period`, `dashboard`), which never use
//! each other ← 3 reports (`charts`, `report`, `pdf`, `export`) ← 4 `service` and `demo` (use cases) ←
//! the CLI and the Tauri shell.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("model", 0),
    ("validate", 0),
    ("format", 0),
    ("locale", 0),
    ("i18n", 0),
    ("table", 0),
    ("store", 1),
    ("import", 2),
    ("attribution", 2),
    ("lift", 2),
    ("leaks", 2),
    ("ledger", 2),
    ("fit", 2),
    ("period", 2),
    ("dashboard", 2),
    ("charts", 3),
    ("report", 3),
    ("pdf", 3),
    ("export", 3),
    ("service", 4),
    ("demo", 4),
];

const ANALYSIS: &[&str] = &["attribution", "leaks", "ledger", "lift", "fit", "period", "dashboard"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`.
pub(crate) fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`store` for `src/store/sales.rs`), none for `lib.rs`
/// and the binaries.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(src()).ok()?;
    let first = rel.components().next()?.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string();
    (first != "lib" && first != "bin").then_some(first)
}

/// The code of a file without its comments (doc links may name any module) and its test module.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("read");
    let text = text.split("\n#[cfg(test)]").next().unwrap_or("");
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The top-level modules a file's code names as `crate::name`.
fn uses(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let name: String =
            code[at + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_' || c.is_ascii_digit()).collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    // `use crate::{a, b::c}` groups.
    for (at, _) in code.match_indices("crate::{") {
        let group = &code[at + 8..at + 8 + code[at + 8..].find('}').unwrap_or(0)];
        for part in group.split(',') {
            let name: String = part.trim().chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(&src(), &mut all);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &all {
        let Some(module) = module_of(path) else { continue };
        let entry = graph.entry(module.clone()).or_default();
        for used in uses(&code(path)) {
            if used != module && layer(&used).is_some() {
                entry.insert(used);
            }
        }
    }
    graph
}

#[test]
fn every_module_has_a_layer_and_none_calls_up() {
    let graph = graph();
    let mut wrong = Vec::new();
    for (module, used) in &graph {
        let Some(mine) = layer(module) else {
            wrong.push(format!("{module} has no layer in tests/core/layers.rs"));
            continue;
        };
        for other in used {
            let theirs = layer(other).expect("known");
            let siblings = (module == "import" && ANALYSIS.contains(&other.as_str()))
                || (other == "import" && ANALYSIS.contains(&module.as_str()));
            if theirs > mine || siblings {
                wrong.push(format!("{module} (layer {mine}) uses {other} (layer {theirs})"));
            }
        }
    }
    assert!(wrong.is_empty(), "calls up or across:\n{}", wrong.join("\n"));
}

#[test]
fn no_module_cycle() {
    let graph = graph();
    // Depth-first search for a back edge.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            panic!("a module cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn only_the_store_holds_sql() {
    let mut all = Vec::new();
    files(&src(), &mut all);
    let mut wrong = Vec::new();
    for path in &all {
        if path.starts_with(src().join("store")) {
            continue;
        }
        let code = code(path);
        for needle in [
            ".prepare(",
            ".prepare_cached(",
            ".execute(",
            ".execute_batch(",
            ".query_row(",
            ".conn()",
            "rusqlite::params",
        ] {
            if code.contains(needle) {
                wrong.push(format!("{} has {needle}", path.strip_prefix(src()).expect("in src").display()));
            }
        }
    }
    assert!(wrong.is_empty(), "SQL outside src/store:\n{}", wrong.join("\n"));
}

/// Every module of the core and of the shell opens with a `//!` saying what it holds.
#[test]
fn every_module_says_what_it_holds() {
    let mut all = Vec::new();
    files(&src(), &mut all);
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src"), &mut all);
    let silent: Vec<String> = all
        .iter()
        .filter(|p| !std::fs::read_to_string(p).expect("read").starts_with("//!"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(silent.is_empty(), "modules without a //! line:\n{}", silent.join("\n"));
}
