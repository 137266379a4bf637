// Words of a partner's ledger (what became owed, was taken back, was paid) and of their agreements, as the
// partner's page shows them (the deliverables' own words are in partnership-labels.ts). The entries' words are the payout statement's (src/pdf/statement.rs).
import type { AgreementRecord } from "./bindings/AgreementRecord";
import type { EntryKind } from "./bindings/EntryKind";
import type { LedgerEntry } from "./bindings/LedgerEntry";
import { count, day, dayRange, money, percent } from "./format";

export const ENTRY_KINDS: Record<EntryKind, string> = {
  fee: "Fee",
  commission: "Commission",
  restored: "Restored",
  taken_back: "Taken back (refund)",
  payment: "Payment",
};

/** How people pay a partner, offered while typing (any other text is fine). */
export const PAYMENT_METHODS = ["Bank transfer", "PayPal", "Cash", "Store credit", "Check", "Venmo", "Wise"] as const;

/**
 * What a ledger line is, in the owner's words: "Fee · Spring", "Commission · Spring · order #1001",
 * "Taken back (refund) · Spring · order #1001", "Payment · PayPal · March invoice".
 */
export function entryWords(e: Pick<LedgerEntry, "kind" | "campaign" | "order" | "method" | "note">): string {
  const campaign = e.campaign ?? "";
  switch (e.kind) {
    case "fee":
      return `Fee · ${campaign}`;
    case "commission":
      return e.order != null ? `Commission · ${campaign} · order ${e.order}` : `Commission · ${campaign} · in store (typed in)`;
    case "taken_back":
    case "restored":
      return `${ENTRY_KINDS[e.kind]} · ${campaign} · order ${e.order ?? ""}`;
    case "payment": {
      const how = [e.method.trim(), e.note.trim()].filter((s) => s !== "");
      return how.length ? `Payment · ${how.join(" · ")}` : "Payment";
    }
  }
}

/**
 * A balance in a sentence: "$112.00 owed", "paid ahead by $4.50" (paid more than is owed now, e.g. a refund
 * after payment: set against what they earn next), or "nothing owed".
 */
export function balanceWords(minor: number, currency: string | null, loc?: string): string {
  if (minor > 0) return `${money(minor, currency, loc)} owed`;
  if (minor < 0) return `paid ahead by ${money(-minor, currency, loc)}`;
  return "nothing owed";
}

/** A balance in a table cell: "$112.00", or "$4.50 paid ahead" instead of a minus. */
export function balanceCell(minor: number, currency: string | null, loc?: string): string {
  return minor < 0 ? `${money(-minor, currency, loc)} paid ahead` : money(minor, currency, loc);
}

export type PeriodChoice = "all" | "this_year" | "last_year" | "custom";

export const PERIODS: { id: PeriodChoice; label: string }[] = [
  { id: "all", label: "All time" },
  { id: "this_year", label: "This year" },
  { id: "last_year", label: "Last year" },
  { id: "custom", label: "Custom…" },
];

export type Period = { from: string | null; to: string | null };

/** The days of a period choice (`null`: from the first line, or to today); `today` is "YYYY-MM-DD". */
export function periodDays(choice: PeriodChoice, today: string, from = "", to = ""): Period {
  const year = Number(today.slice(0, 4));
  if (choice === "this_year") return { from: `${year}-01-01`, to: null };
  if (choice === "last_year") return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (choice === "custom") return { from: from || null, to: to || null };
  return { from: null, to: null };
}

/** A period in words: "Jan 1 – Dec 31, 2025", "From Jan 1, 2026", "All time, until Mar 15, 2026". */
export function periodWords(period: Period, today: string, loc?: string): string {
  const { from, to } = period;
  if (from && to) return dayRange(from, to, loc);
  if (from) return `From ${day(from, loc)}`;
  if (to) return `Until ${day(to, loc)}`;
  return `All time, until ${day(today, loc)}`;
}

/**
 * The file name a statement proposes: "Maya Okafor statement.pdf" (all time), "Maya Okafor statement
 * 2026.pdf" (a calendar year, or this year so far), "Maya Okafor statement 2026-02-01 to 2026-02-28.pdf".
 */
export function statementFileName(partner: string, period: Period, ext: "pdf" | "csv"): string {
  const { from, to } = period;
  const year = from?.slice(0, 4);
  let when = "";
  if (from && from.endsWith("-01-01") && (to == null || to === `${year}-12-31`)) when = ` ${year}`;
  else if (from || to) when = ` ${from ?? "start"} to ${to ?? "today"}`;
  return `${partner} statement${when}.${ext}`;
}

/** "4 on time · 1 late · 1 missed · 2 open", or that nothing was agreed yet. */
export function agreementWords(r: AgreementRecord, loc?: string): string {
  if (r.on_time + r.late + r.missed + r.open === 0) return "No deliverables agreed yet";
  return `${count(r.on_time, loc)} on time · ${count(r.late, loc)} late · ${count(r.missed, loc)} missed · ${count(r.open, loc)} open`;
}

/**
 * The share of agreements kept, as the fit score counts it: of the deliverables whose day has come, those
 * done on time, late ones counting half ("83% kept"); null while none has come.
 */
export function keptShare(r: AgreementRecord): number | null {
  const settled = r.on_time + r.late + r.missed;
  return settled > 0 ? ((r.on_time + 0.5 * r.late) / settled) * 100 : null;
}

export function keptWords(r: AgreementRecord, loc?: string): string | null {
  const share = keptShare(r);
  return share == null ? null : `${percent(share, loc, 0)} kept`;
}
