// Numbers, money and dates formatted for the owner's locale. Which locale, and how many digits the shop's
// currency has, come from the core (`LocaleInfo`, sent with the shop): the window never asks the webview's
// `Intl` for a currency's digits (Chromium's say 0 for HUF, IDR, COP, LBP; ISO 4217 says 2). `Intl` writes
// the numbers and dates, and format.test.ts checks it against the core's own writing (ICU4X, the same CLDR
// data) for every supported locale. Money arrives as integer minor units with an ISO currency; it is only
// turned into a fraction for display, never for arithmetic or storage.
import type { LocaleInfo } from "./bindings/LocaleInfo";

/**
 * The operating system's locale, except the POSIX "C" locale (no LANG set): ICU formats it without digit
 * grouping ("8400", "$ 150.00"), which nobody reads comfortably, so it falls back to en-US.
 */
export function systemLocale(resolved: string = new Intl.NumberFormat().resolvedOptions().locale): string | undefined {
  return /posix/i.test(resolved) ? "en-US" : undefined;
}

let currentLocale: string | undefined = systemLocale();

// Making an `Intl` format costs a quarter of a millisecond in WebKit (a date's; a number's less), and a
// screen writes hundreds of figures (the Campaigns list, the Dashboard's daily table): each is made once
// per locale and options, and kept. A format that cannot be made throws as before, and is not kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function kept<F>(cache: Map<string, F>, loc: string | undefined, options: object, make: () => F): F {
  const key = `${loc ?? ""}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

function numberFormat(loc: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept(numberFormats, loc, options, () => new Intl.NumberFormat(loc, options));
}

function dateFormat(loc: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(dateFormats, loc, options, () => new Intl.DateTimeFormat(loc, options));
}
let shopZone: string | undefined = undefined;

/** Instants are shown in the shop's time zone: the zone its days, campaigns and totals are counted in. */
export function setTimeZone(zone: string | null | undefined) {
  shopZone = zone || undefined;
}

let coreToday: string | undefined = undefined;

/** The core's shop-local today, sent with the shop (`Shop.today`). */
export function setShopToday(day: string | null | undefined) {
  coreToday = day ?? undefined;
}

/**
 * Today's shop-local calendar day "YYYY-MM-DD": the day the core counts in (deliverables due, a day marked
 * done, a code marked leaked), as the core said when the shop was last read; before a shop is open, the
 * day in `zone` by the computer's clock.
 */
export function shopToday(zone: string | undefined = shopZone, now: Date = new Date()): string {
  if (coreToday && zone === shopZone) return coreToday;
  return clockDay(zone, now);
}

/** The calendar day "YYYY-MM-DD" in `zone` at `now`; the computer's own day for an unknown zone. */
export function clockDay(zone: string | undefined, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, calendar: "gregory", numberingSystem: "latn", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    const [y, m, d] = [part("year"), part("month"), part("day")];
    if (/^\d{4}$/.test(y) && /^\d{2}$/.test(m) && /^\d{2}$/.test(d)) return `${y}-${m}-${d}`;
  } catch {
    // An unknown zone: the computer's day below.
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let shopFormat: LocaleInfo | undefined = undefined;

/** The core's word on the locale in effect (the shop's setting, else the operating system's) and the shop
 * currency's digits, sent with the shop: the locale used everywhere. */
export function setFormat(format: LocaleInfo | null | undefined) {
  shopFormat = format ?? undefined;
  currentLocale = format?.locale || systemLocale();
}

/** The locale numbers and dates are written in now (the core's, else the system's; undefined: the webview's). */
export function formatLocale(): string | undefined {
  return currentLocale;
}

/** The core's locale facts (first day of the week, paper, CSV separator), once a shop is open. */
export function localeInfo(): LocaleInfo | undefined {
  return shopFormat;
}

/** How many minor units a currency has (2 for USD, 0 for JPY, 3 for KWD): the core's ISO 4217 table for
 * the shop's currency (every amount is in it); `Intl` only for another, which nothing shows today. */
export function minorDigits(currency: string): number {
  if (shopFormat?.currency === currency) return shopFormat.currency_exponent;
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Money from minor units. `whole`: written without a fraction ("$1,200", not "$1,200.00"), for amounts
 * already rounded to whole major units (estimates' ranges); rounds to the nearest major unit otherwise.
 */
export function money(
  minor: number,
  currency: string | null | undefined,
  loc: string | undefined = currentLocale,
  { whole = false }: { whole?: boolean } = {},
): string {
  if (!currency) return formatNumber(minor / 100, loc, whole ? 0 : 2);
  const digits = minorDigits(currency);
  const shown = whole ? 0 : digits;
  const fraction = { minimumFractionDigits: shown, maximumFractionDigits: shown };
  return numberFormat(loc, { style: "currency", currency, ...fraction }).format(minor / 10 ** digits);
}

function formatNumber(n: number, loc: string | undefined, maxDigits: number): string {
  return numberFormat(loc, { maximumFractionDigits: maxDigits }).format(n);
}

/** A ratio to two decimals, as ROAS is read: 4.08 → "4.08×" ("4,08×" in de-DE), as the core writes it. */
export function times(ratio: number, loc: string | undefined = currentLocale): string {
  return `${numberFormat(loc, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio)}×`;
}

export function count(n: number | null | undefined, loc: string | undefined = currentLocale): string {
  return n == null ? "—" : formatNumber(n, loc, 0);
}

/** Followers as people say them: 8.4K, 1.2M. */
/** "1 order", "3 orders": a count in the locale's digits with its noun in the singular or the plural. */
export function counted(n: number | null | undefined, one: string, many: string, loc: string | undefined = currentLocale): string {
  return `${count(n, loc)} ${n === 1 ? one : many}`;
}

export function compact(n: number | null | undefined, loc: string | undefined = currentLocale): string {
  if (n == null) return "—";
  return numberFormat(loc, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/** A percentage given in percent (12.5 → "12.5%"); `signed` writes "+" before gains ("+12.5%"). */
export function percent(pct: number | null | undefined, loc: string | undefined = currentLocale, digits = 1, signed = false): string {
  if (pct == null || !Number.isFinite(pct)) return "—";
  return numberFormat(loc, { style: "percent", maximumFractionDigits: digits, signDisplay: signed ? "exceptZero" : "auto" }).format(pct / 100);
}

/** A shop-local calendar day "YYYY-MM-DD", formatted without any time-zone shift. */
export function day(isoDay: string | null | undefined, loc: string | undefined = currentLocale): string {
  if (!isoDay) return "—";
  const [y, m, d] = isoDay.split("-").map(Number);
  if (!y || !m || !d) return isoDay;
  return dateFormat(loc, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function dayRange(start: string, end: string, loc: string | undefined = currentLocale): string {
  const [ys, ms, ds] = start.split("-").map(Number);
  const [ye, me, de] = end.split("-").map(Number);
  const fmt = dateFormat(loc, { dateStyle: "medium", timeZone: "UTC" });
  return fmt.formatRange(new Date(Date.UTC(ys!, ms! - 1, ds)), new Date(Date.UTC(ye!, me! - 1, de)));
}

export function dateTime(iso: string | null | undefined, loc: string | undefined = currentLocale, zone: string | undefined = shopZone): string {
  if (!iso) return "—";
  return dateFormat(loc, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date(iso));
}

/** The locale's decimal and group separators. */
function separators(loc: string | undefined): { decimal: string; group: string } {
  const parts = numberFormat(loc, {}).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

/**
 * Parses what a person typed as an amount ("150", "1,149.50", "$ 12", "1.149,50" in de) into exact minor
 * units, or null when it is not an amount or has more decimals than the currency. No float is involved.
 */
export function parseMoney(text: string, currency: string | null | undefined, loc: string | undefined = currentLocale): number | null {
  const digits = currency ? minorDigits(currency) : 2;
  const { decimal, group } = separators(loc);
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (t === "") return null;
  t = t.replace(/^[^\d\-.,]+|[^\d.,]+$/g, ""); // currency symbols before or after
  let negative = false;
  if (t.startsWith("-")) {
    negative = true;
    t = t.slice(1);
  }
  t = t.split(group).join("");
  const pieces = t.split(decimal);
  if (pieces.length > 2) return null;
  const [whole = "", frac = ""] = pieces;
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac) || (whole === "" && frac === "")) return null;
  if (frac.length > digits) return null;
  const minor = Number(whole || "0") * 10 ** digits + Number(frac.padEnd(digits, "0") || "0");
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}

/** Minor units back to the text a money input shows (no symbol, locale decimal sign). */
export function moneyInput(minor: number, currency: string | null | undefined, loc: string | undefined = currentLocale): string {
  const digits = currency ? minorDigits(currency) : 2;
  return numberFormat(loc, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(
    minor / 10 ** digits,
  );
}

/** Parses a typed number in the user's locale ("12,5" in fr, "12.5" in en); null when it is not one. */
export function parseNumber(text: string, loc: string | undefined = currentLocale): number | null {
  const { decimal, group } = separators(loc);
  const t = text.trim().replace(/[\s\u00a0\u202f%]/g, "").split(group).join("").replace(decimal, ".");
  if (t === "" || !/^-?\d*\.?\d+$|^-?\d+\.?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
