// The window's words, from the message catalogues in `locales/` (Project Fluent, `.ftl`): the same files the
// core reads for its PDFs, CLI and errors, one folder per language. The language follows the locale in
// effect (the shop's setting, else the operating system's), so a German shop reads German on every screen
// and switching the locale in Settings re-renders every `t(...)` at once. A message a catalogue lacks falls
// back to English (a core test fails when any catalogue lacks one).
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

// English is in the window's script (the fallback of every message, and most windows' language); each other
// language is a chunk of its own, read when first spoken (the seven together are 1.3 MB of text, which the
// window would otherwise parse at every start).
const englishSources = import.meta.glob("../../../locales/en/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const otherSources = import.meta.glob(["../../../locales/*/*.ftl", "!../../../locales/en/*.ftl"], { query: "?raw", import: "default" }) as Record<
  string,
  () => Promise<string>
>;

/** The languages LocalLift's words are written in; `en` is complete by definition and the fallback. */
export const LANGUAGES = ["en", "de", "fr", "es", "pt-BR", "it", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The catalogue language of a BCP 47 locale: "de-AT" → "de", "pt-PT" → "pt-BR", "zh-CN" → "en". */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? "").split(/[-_]/)[0]?.toLowerCase() ?? "";
  if (primary === "pt") return "pt-BR";
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : "en";
}

/** The `.ftl` file name of a catalogue path of `lang`, or null for another language's. */
function fileOf(path: string, lang: Language): string | null {
  const m = /\/locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
  return m && m[1] === lang && m[2] ? m[2] : null;
}

/** Languages read so far: every `.ftl` file of each, by file name ("ui-dashboard.ftl" → its text). */
const loaded = new Map<Language, Record<string, string>>();
{
  const en: Record<string, string> = {};
  for (const [path, text] of Object.entries(englishSources)) {
    const file = fileOf(path, "en");
    if (file) en[file] = text;
  }
  loaded.set("en", en);
}

/** Every `.ftl` file of one language, by file name, read (once) from its chunk. */
export async function catalogue(lang: Language): Promise<Record<string, string>> {
  const known = loaded.get(lang);
  if (known) return known;
  const out: Record<string, string> = {};
  await Promise.all(
    Object.entries(otherSources).map(async ([path, read]) => {
      const file = fileOf(path, lang);
      if (file) out[file] = await read();
    }),
  );
  loaded.set(lang, out);
  return out;
}

function bundle(lang: Language, locale: string): FluentBundle {
  // Placeables are not wrapped in direction isolates: user text is isolated where it is shown (`isolate`),
  // and the marks would otherwise land in copied text and in the tests' reading of the screen.
  const b = new FluentBundle([locale, lang], { useIsolating: false });
  for (const text of Object.values(loaded.get(lang) ?? {})) b.addResource(new FluentResource(text));
  return b;
}

const english = bundle("en", "en-US");
let current = $state.raw<{ lang: Language; locale: string; bundle: FluentBundle }>({ lang: "en", locale: "en-US", bundle: english });
/** The locale last asked for: a language read late is not set over a later choice. */
let wanted = "en-US";

/**
 * Sets the language from the locale in effect (a BCP 47 tag); numbers in messages follow that locale. At
 * once for English and a language already read; otherwise once its catalogue is read (awaiting the result
 * says when the window speaks it).
 */
export function setLocale(locale: string | null | undefined): Promise<void> {
  const tag = locale || (typeof navigator !== "undefined" ? navigator.language : "") || "en-US";
  const lang = languageOf(tag);
  wanted = tag;
  if (lang === current.lang && tag === current.locale) return Promise.resolve();
  const apply = () => {
    if (wanted !== tag) return;
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
  };
  if (loaded.has(lang)) {
    apply();
    return Promise.resolve();
  }
  return catalogue(lang).then(apply);
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
