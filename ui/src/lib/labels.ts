// Words the UI shows for stored values, and small helpers of the forms.
import { minorDigits, money, percent } from "./format";
import { t, words } from "./i18n.svelte";
import type { ApiError } from "./ipc";
import type { CommunityKind } from "./bindings/CommunityKind";
import type { EngagementBasis } from "./bindings/EngagementBasis";
import type { Lift } from "./bindings/Lift";
import type { Method } from "./bindings/Method";
import type { Phase } from "./bindings/Phase";
import type { Platform } from "./bindings/Platform";
import type { Sentiment } from "./bindings/Sentiment";
import type { Stage } from "./bindings/Stage";
import type { Tier } from "./bindings/Tier";

export const STAGES: Record<Stage, string> = words<Stage>({
  prospect: () => t("label-stage-prospect"),
  contacted: () => t("label-stage-contacted"),
  negotiating: () => t("label-stage-negotiating"),
  active: () => t("label-stage-active"),
  paused: () => t("label-stage-paused"),
  past: () => t("label-stage-past"),
});

export const TIERS: Record<Tier, string> = words<Tier>({
  community: () => t("label-tier-community"),
  nano: () => t("label-tier-nano"),
  micro: () => t("label-tier-micro"),
  macro: () => t("label-tier-macro"),
  mega: () => t("label-tier-mega"),
});

export const TIER_SHORT: Record<Tier, string> = words<Tier>({
  community: () => t("label-tier-short-community"),
  nano: () => t("label-tier-short-nano"),
  micro: () => t("label-tier-short-micro"),
  macro: () => t("label-tier-short-macro"),
  mega: () => t("label-tier-short-mega"),
});

export const PLATFORMS: Record<Platform, string> = words<Platform>({
  instagram: () => t("label-platform-instagram"),
  tiktok: () => t("label-platform-tiktok"),
  youtube: () => t("label-platform-youtube"),
  facebook: () => t("label-platform-facebook"),
  x: () => t("label-platform-x"),
  strava: () => t("label-platform-strava"),
  discord: () => t("label-platform-discord"),
  other: () => t("label-platform-other"),
});

export const COMMUNITY_KINDS: Record<CommunityKind, string> = words<CommunityKind>({
  facebook_group: () => t("label-community-kind-facebook-group"),
  discord: () => t("label-community-kind-discord"),
  strava_club: () => t("label-community-kind-strava-club"),
  whatsapp: () => t("label-community-kind-whatsapp"),
  meetup: () => t("label-community-kind-meetup"),
  reddit: () => t("label-community-kind-reddit"),
  in_person: () => t("label-community-kind-in-person"),
  other: () => t("label-community-kind-other"),
});

export const SENTIMENTS: Record<Sentiment, string> = words<Sentiment>({
  positive: () => t("label-sentiment-positive"),
  neutral: () => t("label-sentiment-neutral"),
  negative: () => t("label-sentiment-negative"),
});

export const PHASES: Record<Phase, string> = words<Phase>({
  upcoming: () => t("label-phase-upcoming"),
  running: () => t("label-phase-running"),
  measuring: () => t("label-phase-measuring"),
  finished: () => t("label-phase-finished"),
  cancelled: () => t("label-phase-cancelled"),
});

/** How a partner's sales were measured, as the results table names it. */
export const METHODS: Record<Method, string> = words<Method>({
  code: () => t("label-method-code"),
  manual: () => t("label-method-manual"),
  code_and_manual: () => t("label-method-code-and-manual"),
  survey: () => t("label-method-survey"),
  none: () => t("label-method-none"),
  lift: () => t("label-method-lift"),
});

/**
 * A partner's method with the orders its customers' answers added: "Code + customer said" for a partner
 * counted by codes or typed-in uses who also has "customer said" orders; the method alone otherwise.
 */
export function methodLabel(p: { method: Method; survey_orders: number }): string {
  const counted = p.method === "code" || p.method === "manual" || p.method === "code_and_manual";
  return counted && p.survey_orders > 0 ? t("label-method-with-survey", { method: METHODS[p.method] }) : METHODS[p.method];
}

export const BASIS: Record<EngagementBasis, string> = words<EngagementBasis>({
  reach: () => t("label-basis-reach"),
  followers: () => t("label-basis-followers"),
});

export function keys<K extends string>(record: Record<K, string>): K[] {
  return Object.keys(record) as K[];
}

/** The core's field errors as `field → message` (the first message per field), for showing beside inputs. */
export function fieldErrors(error: ApiError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of error?.fields ?? []) {
    if (!(f.field in out)) out[f.field] = f.message;
  }
  return out;
}

/** "plants, running ,, Plants" → ["plants", "running", "Plants"] (the core removes duplicates). */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Empty text becomes null, so optional fields are stored as missing rather than as "". */
export function orNull(text: string | null | undefined): string | null {
  const trimmed = (text ?? "").trim();
  return trimmed === "" ? null : trimmed;
}

/** Today's date as YYYY-MM-DD in the computer's time zone (for date inputs' defaults). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** n ÷ d rounded to the nearest integer, ties to the even one (the core's `div_round_half_even`); d > 0. */
function divRoundHalfEven(n: number, d: number): number {
  const r = ((n % d) + d) % d;
  const q = (n - r) / d;
  const twice = 2 * r;
  const rounded = twice < d ? q : twice > d ? q + 1 : q + (Math.abs(q) % 2);
  return rounded + 0; // never −0
}

/**
 * The ends of an estimate's range as they are written, the core's `format::shown_range`: both rounded (half
 * to even) to one step, the larger of one major unit (10^exponent minor units) and two significant digits
 * of the larger end. 120637..787912 cents → 120000..790000 ($1,200 to $7,900), never cents on thousands.
 */
export function shownRange(low: number, high: number, exponent: number): [number, number] {
  const largest = Math.max(Math.abs(low), Math.abs(high));
  const digits = largest === 0 ? 1 : Math.floor(largest).toString().length;
  const step = Math.max(10 ** Math.min(exponent, 12), 10 ** Math.min(Math.max(digits - 2, 0), 17));
  const round = (v: number) => divRoundHalfEven(Math.round(v), step) * step + 0;
  return [round(low), round(high)];
}

/** An estimate's range in money, rounded as the core writes it, without cents when they are all zero. */
function rangeMoney(low: number, high: number, currency: string | null, loc?: string): { low: number; high: number; m: (v: number) => string } {
  const exponent = currency ? minorDigits(currency) : 2;
  const [l, h] = shownRange(low, high, exponent);
  const unit = 10 ** exponent;
  const whole = l % unit === 0 && h % unit === 0;
  return { low: l, high: h, m: (v: number) => money(Math.abs(v), currency, loc, { whole }) };
}

type Range = { low_minor: number | null; high_minor: number | null };

/** A figures' share of the campaigns' sales lift, as a range liftWords can write. */
export function figuresLift(f: { lift_low_minor: number | null; lift_high_minor: number | null }): Range {
  return { low_minor: f.lift_low_minor, high_minor: f.lift_high_minor };
}

/** A lift estimate in words: "Between $120 and $640 more than usual (95% range)". */
export function liftWords(lift: Pick<Lift, "low_minor" | "high_minor">, currency: string | null, loc?: string): string {
  if (lift.low_minor == null || lift.high_minor == null) return t("label-lift-no-data");
  const { low, high, m } = rangeMoney(lift.low_minor, lift.high_minor, currency, loc);
  if (low >= 0) return t("label-lift-more", { low: m(low), high: m(high) });
  if (high <= 0) return t("label-lift-less", { low: m(high), high: m(low) });
  return t("label-lift-mixed", { less: m(low), more: m(high) });
}

/** The same in a table cell: "$1,200 to $7,900 more than usual". */
export function liftShort(lift: Range, currency: string | null, loc?: string): string {
  if (lift.low_minor == null || lift.high_minor == null) return t("label-lift-short-no-data");
  const { low, high, m } = rangeMoney(lift.low_minor, lift.high_minor, currency, loc);
  if (low >= 0) return low === high ? t("label-lift-short-more-one", { amount: m(low) }) : t("label-lift-short-more", { low: m(low), high: m(high) });
  if (high <= 0) return low === high ? t("label-lift-short-less-one", { amount: m(high) }) : t("label-lift-short-less", { low: m(high), high: m(low) });
  return t("label-lift-short-mixed", { less: m(low), more: m(high) });
}

type RoiRange = { roi_low: number | null; roi_high: number | null };

/** A ROI range with the sales lift, short: "-40% to +120%" ("—" while there is no estimate). */
export function roiRange(f: RoiRange, loc?: string): string {
  if (f.roi_low == null || f.roi_high == null) return "—";
  const p = (r: number) => percent(r * 100, loc, 0, true);
  const [low, high] = [p(f.roi_low), p(f.roi_high)];
  return low === high ? low : t("label-roi-range", { low, high });
}

/** A ROI range with the sales lift in words: "ROI -40% to +120% (sales lift)". */
export function roiRangeWords(f: RoiRange, loc?: string): string {
  if (f.roi_low == null || f.roi_high == null) return t("label-roi-words-no-data");
  return t("label-roi-words", { range: roiRange(f, loc) });
}
