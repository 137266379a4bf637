// The date field's own logic (components/DateField.svelte): a calendar day "YYYY-MM-DD" written and read in
// the shop's locale, and the month grid of its calendar starting on the locale's first day of the week.
// The webview's <input type="date"> follows the process's locale, not the shop's, so a German shop would
// see "11/30/2026" and weeks starting on Sunday. Days are plain calendar days: every Date here is UTC
// midnight and only formatted with timeZone "UTC", so no time zone moves a day.

export type DayPart = "day" | "month" | "year";

/** How a locale writes a day in short numeric form: its parts in order with the text between them. */
export type DayPattern = { order: DayPart[]; pieces: ({ part: DayPart } | { literal: string })[] };

/** The words for the pattern hint's letters ("DD", "MM", "YYYY"; "TT", "MM", "JJJJ" in German). */
export type PatternLetters = Record<DayPart, string>;

const SAMPLE = new Date(Date.UTC(2026, 3, 19));
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function shortFormat(loc: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(loc, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  } catch {
    return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  }
}

/** The locale's short numeric day pattern: de-DE day.month.year, en-US month/day/year, ja-JP year/month/day. */
export function dayPattern(loc: string | undefined): DayPattern {
  const pieces: DayPattern["pieces"] = [];
  for (const p of shortFormat(loc).formatToParts(SAMPLE)) {
    if (p.type === "day" || p.type === "month" || p.type === "year") pieces.push({ part: p.type });
    else if (p.type === "literal") pieces.push({ literal: p.value.replace(/[\u200e\u200f\u061c]/g, "") });
  }
  const order = pieces.flatMap((p) => ("part" in p ? [p.part] : []));
  if (order.length !== 3 || new Set(order).size !== 3) {
    return { order: ["year", "month", "day"], pieces: [{ part: "year" }, { literal: "-" }, { part: "month" }, { literal: "-" }, { part: "day" }] };
  }
  return { order, pieces };
}

/** The hint of what to type, built from the locale's pattern: "DD.MM.YYYY", "MM/DD/YYYY", "YYYY/MM/DD". */
export function patternHint(loc: string | undefined, letters: PatternLetters = { day: "DD", month: "MM", year: "YYYY" }): string {
  return dayPattern(loc)
    .pieces.map((p) => ("part" in p ? letters[p.part] : p.literal))
    .join("")
    .trim();
}

/** Whether y-m-d is a day of the (proleptic Gregorian) calendar. */
function exists(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The parts of a valid "YYYY-MM-DD", or null. */
export function isoParts(day: string | null | undefined): { y: number; m: number; d: number } | null {
  const match = ISO.exec(day ?? "");
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return exists(y, m, d) ? { y, m, d } : null;
}

/** A day "YYYY-MM-DD" as the locale writes it in short numeric form ("19.04.2026" in de-DE); "" for none. */
export function formatDay(day: string | null | undefined, loc: string | undefined): string {
  const p = isoParts(day);
  if (!p) return "";
  return shortFormat(loc).format(new Date(Date.UTC(p.y, p.m - 1, p.d))).replace(/[\u200e\u200f\u061c]/g, "");
}

export type Parsed = { ok: true; value: string } | { ok: false };

/**
 * What a person typed, read in the locale's order: "19.4.2026", "19/04/26", "19 4 2026" in de-DE, with any
 * of the separators `.` `/` `-` and spaces, 1- or 2-digit day and month, 2- or 4-digit year. "YYYY-MM-DD" is
 * always read as ISO, whatever the locale, and so is any text that starts with a 4-digit year. Empty text is
 * no day (value ""). A 2-digit year is the one nearest `today`'s century that is at most 20 years ahead.
 */
export function parseDay(text: string, loc: string | undefined, today: string = new Date().toISOString().slice(0, 10)): Parsed {
  const clean = text.replace(/[\u200e\u200f\u061c]/g, "").trim();
  if (clean === "") return { ok: true, value: "" };
  const isoMatch = ISO.exec(clean);
  if (isoMatch) {
    const [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
    return exists(y, m, d) ? { ok: true, value: iso(y, m, d) } : { ok: false };
  }
  // Separators: . / - spaces (any Unicode space), a comma, and the CJK 年 月 日; a trailing one is dropped.
  const groups = clean.replace(/[.\s\u00a0\u202f日]+$/u, "").split(/[.\/\-,\s\u00a0\u202f年月日]+/u);
  if (groups.length !== 3 || groups.some((g) => !/^\d+$/.test(g))) return { ok: false };
  const order: DayPart[] = groups[0]!.length === 4 ? ["year", "month", "day"] : dayPattern(loc).order;
  const got: Partial<Record<DayPart, string>> = {};
  order.forEach((part, i) => (got[part] = groups[i]));
  const [ys, ms, ds] = [got.year ?? "", got.month ?? "", got.day ?? ""];
  if (!/^\d{1,2}$/.test(ds) || !/^\d{1,2}$/.test(ms) || !/^(\d{2}|\d{4})$/.test(ys)) return { ok: false };
  let y = Number(ys);
  if (ys.length === 2) {
    const ref = isoParts(today)?.y ?? new Date().getUTCFullYear();
    y += Math.floor(ref / 100) * 100;
    if (y > ref + 20) y -= 100;
  }
  const [m, d] = [Number(ms), Number(ds)];
  return exists(y, m, d) ? { ok: true, value: iso(y, m, d) } : { ok: false };
}

/** ISO 8601 weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const p = isoParts(day);
  if (!p) return 1;
  return ((new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7) + 1;
}

/** The first day of the week to use (ISO numbering), 1 (Monday) unless the core gave a valid one. */
export function weekStartOf(firstDay: number | null | undefined): number {
  return Number.isInteger(firstDay) && firstDay! >= 1 && firstDay! <= 7 ? firstDay! : 1;
}

/** A day moved by `n` days. */
export function addDays(day: string, n: number): string {
  const p = isoParts(day);
  if (!p) return day;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** A day moved by `n` months, kept in its month's last day when the new month is shorter (Jan 31 → Feb 28). */
export function addMonths(day: string, n: number): string {
  const p = isoParts(day);
  if (!p) return day;
  const index = p.y * 12 + (p.m - 1) + n;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return iso(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** The first day of the week `day` is in, weeks starting on `firstDay` (ISO numbering). */
export function weekStart(day: string, firstDay: number): string {
  return addDays(day, -((isoWeekday(day) - weekStartOf(firstDay) + 7) % 7));
}

/** The last day of the week `day` is in. */
export function weekEnd(day: string, firstDay: number): string {
  return addDays(weekStart(day, firstDay), 6);
}

/** The first day "YYYY-MM-01" of the month `day` is in. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The weeks shown for a month: 6 rows of 7 days "YYYY-MM-DD", the first row holding the month's 1st. */
export function monthGrid(month: string, firstDay: number): string[][] {
  let d = weekStart(monthOf(month), firstDay);
  const weeks: string[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(d);
      d = addDays(d, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Whether a day is allowed: on or after `min` and on or before `max` (each ignored when empty). */
export function inRange(day: string, min?: string | null, max?: string | null): boolean {
  if (min && isoParts(min) && day < min) return false;
  if (max && isoParts(max) && day > max) return false;
  return true;
}

/** A day moved into [min, max]. */
export function clampDay(day: string, min?: string | null, max?: string | null): string {
  if (min && isoParts(min) && day < min) return min;
  if (max && isoParts(max) && day > max) return max;
  return day;
}

function utc(day: string): Date {
  const p = isoParts(day) ?? { y: 2026, m: 1, d: 1 };
  return new Date(Date.UTC(p.y, p.m - 1, p.d));
}

function dateFormat(loc: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(loc, { ...options, timeZone: "UTC" });
  } catch {
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
  }
}

/** The weekday names of a week starting on `firstDay`, in the locale: short ("Mo") and long ("Montag"). */
export function weekdayNames(loc: string | undefined, firstDay: number): { short: string; long: string }[] {
  const short = dateFormat(loc, { weekday: "short" });
  const long = dateFormat(loc, { weekday: "long" });
  // 2026-04-20 is a Monday: ISO weekday w is 2026-04-(19 + w).
  const start = weekStartOf(firstDay);
  return Array.from({ length: 7 }, (_, i) => {
    const d = utc(`2026-04-${19 + (((start - 1 + i) % 7) + 1)}`);
    return { short: short.format(d), long: long.format(d) };
  });
}

/** A month's title in the locale, capitalised as a heading: "April 2026", "Avril 2026", "2026年4月". */
export function monthTitle(month: string, loc: string | undefined): string {
  const text = dateFormat(loc, { month: "long", year: "numeric" }).format(utc(monthOf(month)));
  return text.charAt(0).toLocaleUpperCase(loc) + text.slice(1);
}

/** A day in full, for a calendar cell's accessible name: "Sunday, April 19, 2026". */
export function fullDay(day: string, loc: string | undefined): string {
  return dateFormat(loc, { dateStyle: "full" }).format(utc(day));
}
