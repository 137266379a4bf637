import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { catalogue, language, languageOf, LANGUAGES, setLocale, t } from "./i18n.svelte";

// The catalogues are complete: every language has every message English has and none English lost, and
// every message id the window's code asks for is in English. (The core's test, src/i18n.rs, also parses
// every file strictly with fluent-rs.)

const src = new URL("../", import.meta.url).pathname;

/** The ids of a catalogue's messages, with their attributes ("id", "id.attr"). */
function ids(text: string): string[] {
  const resource = new FluentResource(text);
  return resource.body.flatMap((m) => (m.id.startsWith("-") ? [] : [m.id, ...Object.keys(m.attributes).map((a) => `${m.id}.${a}`)]));
}

/** The variables a message's source names ("$count"), by message id. */
function variables(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let current: string | null = null;
  for (const line of text.split("\n")) {
    const start = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
    if (start?.[1]) current = start[1];
    else if (!/^\s/.test(line)) current = null;
    if (!current) continue;
    const set = out.get(current) ?? new Set<string>();
    for (const m of line.matchAll(/\$([a-zA-Z][\w-]*)/g)) if (m[1]) set.add(m[1]);
    out.set(current, set);
  }
  return out;
}

describe("catalogues", () => {
  let english: Record<string, string> = {};
  beforeAll(async () => {
    english = await catalogue("en");
  });

  test("English has the window's catalogues", () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
  });

  for (const lang of LANGUAGES.filter((l) => l !== "en")) {
    test(`${lang} has every message English has, and no other`, async () => {
      const theirs = await catalogue(lang);
      expect(Object.keys(theirs).sort()).toEqual(Object.keys(english).sort());
      for (const [file, text] of Object.entries(english)) {
        const mine = new Set(ids(text));
        const other = new Set(ids(theirs[file] ?? ""));
        expect([...mine].filter((id) => !other.has(id)), `${lang}/${file} lacks`).toEqual([]);
        expect([...other].filter((id) => !mine.has(id)), `${lang}/${file} has what English lost`).toEqual([]);
      }
    });

    test(`${lang} uses only the variables English gives`, async () => {
      const theirs = await catalogue(lang);
      for (const [file, text] of Object.entries(english)) {
        const given = variables(text);
        for (const [id, used] of variables(theirs[file] ?? "")) {
          const known = given.get(id) ?? new Set();
          expect([...used].filter((v) => !known.has(v)), `${lang}/${file} ${id}`).toEqual([]);
        }
      }
    });
  }

  test("no message id is in two files", () => {
    const seen = new Map<string, string>();
    for (const [file, text] of Object.entries(english)) {
      for (const id of ids(text)) {
        expect(seen.get(id), `${id} in ${file}`).toBeUndefined();
        seen.set(id, file);
      }
    }
  });

  test("every message id the window's code names is in English", () => {
    const known = new Set(Object.values(english).flatMap(ids));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== "bindings" && name !== "node_modules") walk(path);
        } else if (/\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name)) files.push(path);
      }
    };
    walk(src);
    const missing: string[] = [];
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      for (const m of text.matchAll(/\b(?:t|pieces)\(\s*"([a-z0-9][a-z0-9-]*)"/g)) {
        if (m[1] && !known.has(m[1])) missing.push(`${path.slice(src.length)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("language", () => {
  afterEach(() => setLocale("en-US"));

  test("follows the locale's language", async () => {
    expect(languageOf("de-AT")).toBe("de");
    expect(languageOf("pt-PT")).toBe("pt-BR");
    expect(languageOf("es-MX")).toBe("es");
    expect(languageOf("ja-JP")).toBe("ja");
    expect(languageOf("zh-CN")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
    await setLocale("fr-FR");
    expect(language()).toBe("fr");
  });

  test("an unknown id reads as itself", () => {
    expect(t("no-such-message")).toBe("no-such-message");
  });
});
