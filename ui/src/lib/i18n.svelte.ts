// The window's words, from the message catalogues in `locales/` (Project Fluent, `.ftl`): the same files the
// core reads for its PDFs, CLI and errors, one folder per language. The language follows the locale in
// effect (the shop's setting, else the operating system's), so a German shop reads German on every screen
// and switching the locale in Settings re-renders every `t(...)` at once. A message a catalogue lacks falls
// back to English (a core test fails when any catalogue lacks one).
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

const sources = import.meta.glob("../../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** The languages LocalLift's words are written in; `en` is complete by definition and the fallback. */
export const LANGUAGES = ["en", "de", "fr", "es", "pt-BR", "it", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The catalogue language of a BCP 47 locale: "de-AT" → "de", "pt-PT" → "pt-BR", "zh-CN" → "en". */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? "").split(/[-_]/)[0]?.toLowerCase() ?? "";
  if (primary === "pt") return "pt-BR";
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : "en";
}

/** Every `.ftl` file of one language, by file name ("ui-dashboard.ftl" → its text). */
export function catalogue(lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(sources)) {
    const m = /\/locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (m && m[1] === lang && m[2]) out[m[2]] = text;
  }
  return out;
}

function bundle(lang: Language, locale: string): FluentBundle {
  // Placeables are not wrapped in direction isolates: user text is isolated where it is shown (`isolate`),
  // and the marks would otherwise land in copied text and in the tests' reading of the screen.
  const b = new FluentBundle([locale, lang], { useIsolating: false });
  for (const text of Object.values(catalogue(lang))) b.addResource(new FluentResource(text));
  return b;
}

const english = bundle("en", "en-US");
let current = $state.raw<{ lang: Language; locale: string; bundle: FluentBundle }>({ lang: "en", locale: "en-US", bundle: english });

/** Sets the language from the locale in effect (a BCP 47 tag); numbers in messages follow that locale. */
export function setLocale(locale: string | null | undefined) {
  const tag = locale || (typeof navigator !== "undefined" ? navigator.language : "") || "en-US";
  const lang = languageOf(tag);
  if (lang === current.lang && tag === current.locale) return;
  let safe = tag;
  try {
    new Intl.PluralRules(tag);
  } catch {
    safe = lang;
  }
  const b = lang === "en" && safe === "en-US" ? english : bundle(lang, safe);
  if (typeof document !== "undefined") document.documentElement.lang = safe;
  // A new object, not changed fields: `$state.raw` is tracked by assignment, so every `t(...)` on screen
  // re-renders in the new language.
  current = { lang, locale: safe, bundle: b };
}

/** The language the window speaks now. */
export function language(): Language {
  return current.lang;
}

/** Arguments of a message: numbers choose plurals (and are written in the locale), strings are set as is. */
export type Args = Record<string, FluentVariable | null | undefined>;

function clean(args: Args | undefined): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) out[k] = v ?? "";
  return out;
}

/**
 * The message `id` in the window's language with `args` filled in; English when the language lacks it;
 * the id itself when no catalogue has it (a test fails on every id the code uses that English lacks).
 */
export function t(id: string, args?: Args): string {
  for (const b of current.bundle === english ? [english] : [current.bundle, english]) {
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, clean(args));
  }
  return id;
}

/** Whether a message exists in English (for ids built from data, such as an error's). */
export function has(id: string): boolean {
  return english.hasMessage(id);
}

/**
 * A fixed list of labels whose words are read at render time: each key a getter calling `t(...)`, so
 * `STAGES[x]` follows a language switch and `Object.keys` still lists the keys in order.
 */
export function words<K extends string>(messages: Record<K, () => string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) {
    Object.defineProperty(out, key, { get: messages[key], enumerable: true });
  }
  return Object.freeze(out);
}

/** One piece of a message cut at its slots: its text, then the slot that follows it (null after the last). */
export type Piece = { text: string; slot: string | null };

/**
 * The message `id` cut where the placeables named in `slots` go, so that markup (a file name in a
 * `<span class="user-text">`, a figure in `<strong>`) sits where the language puts it: the screen writes
 * each piece's text, then what its slot holds.
 */
export function pieces(id: string, args: Args, slots: string[]): Piece[] {
  const marks = Object.fromEntries(slots.map((slot, i) => [slot, `\u{E000}${i}\u{E001}`]));
  const text = t(id, { ...args, ...marks });
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(/\u{E000}(\d+)\u{E001}/gu)) {
    out.push({ text: text.slice(last, m.index), slot: slots[Number(m[1])] ?? null });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), slot: null });
  return out;
}
