import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

// The README's examples work when copied into a terminal at the root of a fresh clone: every file they read
// is in the repository, and the files it shows are shown as they are.
const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const readme = read("README.md");

/** The text of each of the README's fenced code blocks in `lang`. */
function blocks(lang: string): string[] {
  return [...readme.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```", "gm"))].map((m) => m[1] ?? "");
}

test("every file a README command reads is in the repository", () => {
  const commands = blocks("sh")
    .flatMap((b) => b.split("\n"))
    .filter((line) => line.startsWith("cargo run"))
    .map((line) => line.split(/\s#\s/)[0] ?? "");
  const inputs = commands.flatMap((c) => [...c.matchAll(/(?:\bimport|--mapping|\bcreate|\brestore)\s+(\S+)/g)].map((m) => m[1] ?? ""));
  expect(inputs).toContain("tests/fixtures/generic/till.csv");
  for (const path of inputs) expect(existsSync(new URL(path, root)), `${path} is in the repository`).toBe(true);
});

test("every path of the repository the README names exists", () => {
  const named = [...readme.matchAll(/`((?:src|src-tauri|tests|docs|scripts|examples|ui|assets|icons|\.github)\/[^`\s<]*)`/g)].map((m) => m[1] ?? "");
  expect(named.length).toBeGreaterThan(10);
  for (const path of named) expect(existsSync(new URL(path, root)), `${path} exists`).toBe(true);
});

test("the column mapping example shows its till export and its mapping as they are", () => {
  const csv = read("tests/fixtures/generic/till.csv");
  const text = read("tests/fixtures/generic/till-mapping.json");
  expect(blocks("csv")).toContain(csv);
  expect(blocks("json")).toContain(text);
  expect(blocks("json")).toContain(read("tests/fixtures/cli/spring.json"));

  // Only fields a mapping has, and every column it names is one of the file's.
  const binding = read("ui/src/lib/bindings/Mapping.ts");
  const fields = [...binding.matchAll(/(\w+)\??: [\w |"]+,/g)].map((m) => m[1]);
  const mapping = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(mapping).filter((k) => !fields.includes(k))).toEqual([]);
  const header = (csv.split(/\r?\n/)[0] ?? "").split(";");
  const notColumns = ["date_order", "decimal_comma", "amounts_per_row"];
  const named = Object.entries(mapping).filter(([k, v]) => !notColumns.includes(k) && v != null);
  expect(named.length).toBeGreaterThan(3);
  for (const [field, column] of named) expect(header, `${field} names a column of till.csv`).toContain(column);
});
