// Words the UI shows for stored values, and small helpers of the forms.
import { money } from "./format";
import type { ApiError } from "./bindings/ApiError";
import type { CommunityKind } from "./bindings/CommunityKind";
import type { EngagementBasis } from "./bindings/EngagementBasis";
import type { Lift } from "./bindings/Lift";
import type { Phase } from "./bindings/Phase";
import type { Platform } from "./bindings/Platform";
import type { Sentiment } from "./bindings/Sentiment";
import type { Stage } from "./bindings/Stage";
import type { Tier } from "./bindings/Tier";

export const STAGES: Record<Stage, string> = {
  prospect: "Prospect",
  contacted: "Contacted",
  negotiating: "Negotiating",
  active: "Active",
  paused: "Paused",
  past: "Past",
};

export const TIERS: Record<Tier, string> = {
  community: "Community (< 1K)",
  nano: "Nano (1K–10K)",
  micro: "Micro (10K–100K)",
  macro: "Macro (100K–1M)",
  mega: "Mega (1M+)",
};

export const TIER_SHORT: Record<Tier, string> = {
  community: "Community",
  nano: "Nano",
  micro: "Micro",
  macro: "Macro",
  mega: "Mega",
};

export const PLATFORMS: Record<Platform, string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  facebook: "Facebook",
  x: "X",
  strava: "Strava",
  discord: "Discord",
  other: "Other",
};

export const COMMUNITY_KINDS: Record<CommunityKind, string> = {
  facebook_group: "Facebook group",
  discord: "Discord server",
  strava_club: "Strava club",
  whatsapp: "WhatsApp group",
  meetup: "Meetup",
  reddit: "Reddit",
  in_person: "In person",
  other: "Other",
};

export const SENTIMENTS: Record<Sentiment, string> = {
  positive: "Positive",
  neutral: "Neutral",
  negative: "Negative",
};

export const PHASES: Record<Phase, string> = {
  upcoming: "Upcoming",
  running: "Running",
  measuring: "Measuring",
  finished: "Finished",
  cancelled: "Cancelled",
};

export const BASIS: Record<EngagementBasis, string> = {
  reach: "of reach",
  followers: "of followers",
};

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
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Empty text becomes null, so optional fields are stored as missing rather than as "". */
export function orNull(text: string | null | undefined): string | null {
  const t = (text ?? "").trim();
  return t === "" ? null : t;
}

/** Today's date as YYYY-MM-DD in the computer's time zone (for date inputs' defaults). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** A lift estimate in words: "Between $120 and $640 more than usual (95% range)". */
export function liftWords(lift: Pick<Lift, "low_minor" | "high_minor">, currency: string | null, loc?: string): string {
  const { low_minor: low, high_minor: high } = lift;
  if (low == null || high == null) return "Not enough data";
  const m = (v: number) => money(Math.abs(v), currency, loc);
  if (low >= 0) return `Between ${m(low)} and ${m(high)} more than usual (95% range)`;
  if (high <= 0) return `Between ${m(high)} and ${m(low)} less than usual (95% range)`;
  return `Between ${m(low)} less and ${m(high)} more than usual (95% range): maybe nothing extra`;
}
