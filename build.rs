//! Embeds the core's message catalogues (`locales/<lang>/*.ftl`, all but the window's `ui-*` files, and the
//! window's labels `ui-labels.ftl`, whose stage names a partner sheet may use) into the library, so the PDFs,
//! the CLI and the errors speak the shop's language without files to ship.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut entries: Vec<(String, String, String)> = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ is readable") {
        let lang = lang.expect("a locales/ entry");
        if !lang.path().is_dir() {
            continue;
        }
        let lang_name = lang.file_name().to_string_lossy().into_owned();
        println!("cargo::rerun-if-changed={}", lang.path().display());
        for file in std::fs::read_dir(lang.path()).expect("a language folder is readable") {
            let path = file.expect("a catalogue").path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.ends_with(".ftl") && (!name.starts_with("ui-") || name == "ui-labels.ftl") {
                println!("cargo::rerun-if-changed={}", path.display());
                entries.push((lang_name.clone(), name, path.display().to_string()));
            }
        }
    }
    entries.sort();
    let mut out = String::from(
        "/// (language, file name, text) of every core catalogue, sorted.\npub static CATALOGUES: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, name, path) in entries {
        writeln!(out, "    ({lang:?}, {name:?}, include_str!({path:?})),").expect("write to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogues.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
