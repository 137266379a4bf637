import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

// The shell only lets the webview call the commands declared in src-tauri/build.rs (and granted in
// capabilities/main.json); a command the UI calls but the shell does not declare would fail at run time.
test("the UI calls exactly the commands the shell declares and grants", () => {
  const build = readFileSync(new URL("../../../src-tauri/build.rs", import.meta.url), "utf8");
  const declared = [...build.matchAll(/^\s+"([a-z_]+)",$/gm)].map((m) => m[1]).sort();
  const apiSource = readFileSync(new URL("./commands.ts", import.meta.url), "utf8");
  const called = [...apiSource.matchAll(/call<[^>]*>\("([a-z_]+)"/g)].map((m) => m[1]).sort();
  expect(called).toEqual(declared);

  const capability = JSON.parse(readFileSync(new URL("../../../src-tauri/capabilities/main.json", import.meta.url), "utf8"));
  const own = (capability.permissions as string[]).filter((p) => !p.includes(":"));
  const granted = own.map((p) => p.replace(/^allow-/, "").replaceAll("-", "_")).sort();
  expect(granted).toEqual(declared);
  // The capabilities' page lists every command, and no other.
  const page = readFileSync(new URL("../../../src-tauri/capabilities/README.md", import.meta.url), "utf8");
  const listed = [...page.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).sort();
  expect(listed).toEqual(declared);
  // Beyond its own commands, the window gets only the open dialog (a sales file to read) and the drop
  // events; every file the app writes or opens a shop from is chosen in a dialog the shell shows itself.
  expect((capability.permissions as string[]).filter((p) => p.includes(":")).sort()).toEqual([
    "core:event:allow-listen",
    "core:event:allow-unlisten",
    "dialog:allow-open",
  ]);
  // Screens reach the shell only through the typed api module.
  const screens = import.meta.glob(["../**/*.svelte", "../**/*.ts", "!./ipc.ts", "!./*.test.ts"], { query: "?raw", import: "default", eager: true });
  for (const [file, source] of Object.entries(screens)) {
    expect(source as string, file).not.toMatch(/\binvoke\s*[<(]|import\s*\{[^}]*\bsave\b[^}]*\}\s*from\s*"@tauri-apps\/plugin-dialog"/);
  }
  expect(Object.keys(screens).length).toBeGreaterThan(30);
});

// The window's Content Security Policy: the app's own scripts, styles, images (and data: images for the
// charts) only; no inline or eval'd script, no remote content, no plugins, no framing.
test("the CSP forbids inline script and remote content", () => {
  const conf = JSON.parse(readFileSync(new URL("../../../src-tauri/tauri.conf.json", import.meta.url), "utf8"));
  const csp: string = conf.app.security.csp;
  const directives = Object.fromEntries(
    csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
  );
  expect(directives["default-src"]).toEqual(["'self'"]);
  expect(directives["script-src"]).toEqual(["'self'"]);
  expect(directives["object-src"]).toEqual(["'none'"]);
  expect(directives["frame-ancestors"]).toEqual(["'none'"]);
  expect(directives["img-src"]).toEqual(["'self'", "data:"]);
  expect(directives["connect-src"]).toEqual(["ipc:", "http://ipc.localhost"]);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:|\*/);
  expect(conf.app.security.dangerousDisableAssetCspModification ?? false).toBe(false);
});
