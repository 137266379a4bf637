//! The IPC contract between the shell and the window, generated and checked. The commands are read from
//! their Rust signatures (`src/commands/*.rs`, every `#[tauri::command]`), and `ui/src/lib/commands.ts` is
//! written from them: one typed function per command, its arguments and result in the types ts-rs exports
//! into `ui/src/lib/bindings`. `scripts/test.sh` fails when the written file differs from the committed one.
//! The test also fails when the handler list (`src/lib.rs`), the declared commands (`build.rs`), the
//! capability (`capabilities/main.json`) and the commands disagree.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use syn::{FnArg, GenericArgument, Item, PathArguments, ReturnType, Type};

/// One `#[tauri::command]` as the window sees it.
struct Command {
    name: String,
    doc: String,
    /// Argument names (as Rust has them) and their TypeScript types; state and app handles left out.
    args: Vec<(String, String)>,
    result: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every command of `src/commands/`, in file then source order.
fn commands(named: &mut BTreeSet<String>) -> Vec<Command> {
    let dir = root().join("src/commands");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("src/commands").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let mut out = Vec::new();
    for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "rs")) {
        let parsed = syn::parse_file(&read(file)).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for item in parsed.items {
            let Item::Fn(f) = item else { continue };
            let is_command = f.attrs.iter().any(|a| {
                let segments: Vec<String> = a.path().segments.iter().map(|s| s.ident.to_string()).collect();
                segments == ["tauri", "command"]
            });
            if !is_command {
                continue;
            }
            let name = f.sig.ident.to_string();
            let args = f
                .sig
                .inputs
                .iter()
                .filter_map(|arg| {
                    let FnArg::Typed(arg) = arg else { panic!("{name}: a command takes no self") };
                    let syn::Pat::Ident(ident) = &*arg.pat else { panic!("{name}: arguments are plain names") };
                    let head = last_segment(&arg.ty).map(|s| s.ident.to_string());
                    if matches!(head.as_deref(), Some("State" | "AppHandle" | "Window" | "WebviewWindow")) {
                        return None;
                    }
                    Some((ident.ident.to_string(), ts_type(&arg.ty, named, &name)))
                })
                .collect();
            let result = match &f.sig.output {
                ReturnType::Type(_, ty) => {
                    let segment = last_segment(ty).expect("a path type");
                    assert_eq!(segment.ident, "ApiResult", "{name} returns ApiResult<T>, the one error shape");
                    ts_type(first_generic(segment), named, &name)
                }
                ReturnType::Default => panic!("{name} returns ApiResult<T>"),
            };
            let doc = f
                .attrs
                .iter()
                .filter_map(|a| match &a.meta {
                    syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => {
                            Some(s.value().trim().to_string())
                        }
                        _ => None,
                    },
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ");
            out.push(Command { name, doc, args, result });
        }
    }
    out
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) => p.path.segments.last(),
        Type::Reference(r) => last_segment(&r.elem),
        _ => None,
    }
}

fn first_generic(segment: &syn::PathSegment) -> &Type {
    let PathArguments::AngleBracketed(args) = &segment.arguments else { panic!("{} takes a type", segment.ident) };
    args.args
        .iter()
        .find_map(|a| match a {
            GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{} takes a type", segment.ident))
}

/// The TypeScript of a Rust argument or result type, as serde_json carries it and ts-rs names it
/// (`TS_RS_LARGE_INT = "number"`: every integer is a number). Names the bindings it uses in `named`.
fn ts_type(ty: &Type, named: &mut BTreeSet<String>, command: &str) -> String {
    if let Type::Tuple(t) = ty {
        assert!(t.elems.is_empty(), "{command}: tuples do not cross IPC here");
        return "null".into();
    }
    let segment = last_segment(ty).unwrap_or_else(|| panic!("{command}: unsupported type"));
    let ident = segment.ident.to_string();
    match ident.as_str() {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64" => {
            "number".into()
        }
        "bool" => "boolean".into(),
        "String" | "str" | "PathBuf" | "Path" | "NaiveDate" => "string".into(),
        "Vec" => {
            let inner = ts_type(first_generic(segment), named, command);
            if inner.contains(' ') { format!("({inner})[]") } else { format!("{inner}[]") }
        }
        "Option" => format!("{} | null", ts_type(first_generic(segment), named, command)),
        "Channel" => format!("Channel<{}>", ts_type(first_generic(segment), named, command)),
        _ => {
            assert!(matches!(segment.arguments, PathArguments::None), "{command}: {ident} is generic");
            named.insert(ident.clone());
            ident
        }
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `ui/src/lib/commands.ts`: the typed functions, written from the commands.
fn typescript(commands: &[Command], named: &BTreeSet<String>) -> String {
    let mut ts = String::from(
        "// Generated from the shell's commands (src-tauri/src/commands/*.rs) by its contract test\n\
         // (src-tauri/tests/contract.rs, run by `cargo test`). Do not edit: change the Rust command instead.\n",
    );
    if commands.iter().any(|c| c.args.iter().any(|(_, t)| t.starts_with("Channel<"))) {
        ts.push_str("import type { Channel } from \"@tauri-apps/api/core\";\n");
    }
    for name in named {
        let _ = writeln!(ts, "import type {{ {name} }} from \"./bindings/{name}\";");
    }
    ts.push_str("import { call } from \"./ipc\";\n\n");
    ts.push_str("/** Every command of the shell, one typed call each; each rejects with an ApiError. */\n");
    ts.push_str("export const commands = {\n");
    for c in commands {
        if !c.doc.is_empty() {
            let _ = writeln!(ts, "  /** {} */", c.doc.replace("*/", "*\\/"));
        }
        let params: Vec<String> = c.args.iter().map(|(n, t)| format!("{}: {t}", camel(n))).collect();
        let body = if c.args.is_empty() {
            String::new()
        } else {
            let keys: Vec<String> = c.args.iter().map(|(n, _)| camel(n)).collect();
            format!(", {{ {} }}", keys.join(", "))
        };
        let _ =
            writeln!(ts, "  {}: ({}) => call<{}>(\"{}\"{body}),", camel(&c.name), params.join(", "), c.result, c.name);
    }
    ts.push_str("};\n");
    ts
}

/// The quoted command names of `build.rs`'s list.
fn declared_in_build() -> BTreeSet<String> {
    let source = read(&root().join("build.rs"));
    let list = source.split("const COMMANDS").nth(1).and_then(|s| s.split("];").next()).expect("COMMANDS");
    list.split('"').skip(1).step_by(2).map(str::to_string).collect()
}

/// The commands of `generate_handler![…]` in `src/lib.rs`.
fn handled_in_lib() -> BTreeSet<String> {
    let source = read(&root().join("src/lib.rs"));
    let list = source.split("generate_handler![").nth(1).and_then(|s| s.split(']').next()).expect("handler list");
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.rsplit("::").next().unwrap_or(s).to_string())
        .collect()
}

/// The app's own commands the main window's capability grants (`allow-<command>`).
fn granted() -> BTreeSet<String> {
    let source = read(&root().join("capabilities/main.json"));
    let json: serde_json::Value = serde_json::from_str(&source).expect("capability JSON");
    json["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.contains(':'))
        .map(|p| p.trim_start_matches("allow-").replace('-', "_"))
        .collect()
}

#[test]
fn the_commands_the_shell_handles_declares_grants_and_the_window_calls_agree() {
    let mut named = BTreeSet::new();
    let commands = commands(&mut named);
    let defined: BTreeSet<String> = commands.iter().map(|c| c.name.clone()).collect();
    assert_eq!(defined.len(), commands.len(), "a command name is defined twice");
    assert!(defined.len() > 50, "found only {} commands: is the parser reading src/commands?", defined.len());
    assert_eq!(handled_in_lib(), defined, "src/lib.rs's generate_handler! lists other commands than src/commands/");
    assert_eq!(declared_in_build(), defined, "build.rs declares other commands than src/commands/ defines");
    assert_eq!(granted(), defined, "capabilities/main.json grants other commands than src/commands/ defines");

    let bindings = root().join("../ui/src/lib/bindings");
    for name in &named {
        assert!(bindings.join(format!("{name}.ts")).exists(), "{name} crosses IPC but ts-rs does not export it");
    }
    let ts = typescript(&commands, &named);
    let target = root().join("../ui/src/lib/commands.ts");
    if std::fs::read_to_string(&target).ok().as_deref() != Some(ts.as_str()) {
        std::fs::write(&target, ts).expect("write ui/src/lib/commands.ts");
    }
}

#[test]
fn rust_types_become_the_typescript_serde_sends() {
    let mut named = BTreeSet::new();
    let ty = |s: &str| syn::parse_str::<Type>(s).expect("a type");
    assert_eq!(ts_type(&ty("Vec<Option<i64>>"), &mut named, "t"), "(number | null)[]");
    assert_eq!(ts_type(&ty("Option<Vec<Partner>>"), &mut named, "t"), "Partner[] | null");
    assert_eq!(ts_type(&ty("()"), &mut named, "t"), "null");
    assert_eq!(ts_type(&ty("Channel<ImportProgress>"), &mut named, "t"), "Channel<ImportProgress>");
    assert_eq!(ts_type(&ty("std::path::PathBuf"), &mut named, "t"), "string");
    assert_eq!(named.into_iter().collect::<Vec<_>>(), ["ImportProgress", "Partner"]);
    assert_eq!(camel("campaign_partner_id"), "campaignPartnerId");
}
