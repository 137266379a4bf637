// Words of a partner's ledger (what became owed, was taken back, was paid) and of their agreements, as the
// partner's page shows them (the deliverables' own words are in partnership-labels.ts). The entries' words are the payout statement's (src/pdf/statement.rs).
import type { AgreementRecord } from "./bindings/AgreementRecord";
import type { EntryKind } from "./bindings/EntryKind";
import type { LedgerEntry } from "./bindings/LedgerEntry";
import { day, dayRange, money, percent } from "./format";
import { t, words } from "./i18n.svelte";

export const ENTRY_KINDS: Record<EntryKind, string> = words<EntryKind>({
  fee: () => t("partners-entry-kind-fee"),
  commission: () => t("partners-entry-kind-commission"),
  restored: () => t("partners-entry-kind-restored"),
  taken_back: () => t("partners-entry-kind-taken-back"),
  payment: () => t("partners-entry-kind-payment"),
});

/** How people pay a partner, offered while typing (any other text is fine), in the window's language. */
export function paymentMethods(): string[] {
  return [
    t("partners-pay-method-bank-transfer"),
    "PayPal",
    t("partners-pay-method-cash"),
    t("partners-pay-method-store-credit"),
    t("partners-pay-method-check"),
    "Venmo",
    "Wise",
  ];
}

/**
 * What a ledger line is, in the owner's words: "Fee · Spring", "Commission · Spring · order #1001",
 * "Taken back (refund) · Spring · order #1001", "Payment · PayPal · March invoice".
 */
export function entryWords(e: Pick<LedgerEntry, "kind" | "campaign" | "order" | "method" | "note">): string {
  const campaign = e.campaign ?? "";
  switch (e.kind) {
    case "fee":
      return t("partners-entry-fee", { campaign });
    case "commission":
      return e.order != null
        ? t("partners-entry-commission-order", { campaign, order: e.order })
        : t("partners-entry-commission-in-store", { campaign });
    case "taken_back":
      return t("partners-entry-taken-back", { campaign, order: e.order ?? "" });
    case "restored":
      return t("partners-entry-restored", { campaign, order: e.order ?? "" });
    case "payment": {
      const how = [e.method.trim(), e.note.trim()].filter((s) => s !== "");
      return how.length ? t("partners-entry-payment", { how: how.join(" · ") }) : ENTRY_KINDS.payment;
    }
  }
}

/**
 * A balance in a sentence: "$112.00 owed", "paid ahead by $4.50" (paid more than is owed now, e.g. a refund
 * after payment: set against what they earn next), or "nothing owed".
 */
export function balanceWords(minor: number, currency: string | null, loc?: string): string {
  if (minor > 0) return t("partners-balance-owed", { amount: money(minor, currency, loc) });
  if (minor < 0) return t("partners-balance-ahead", { amount: money(-minor, currency, loc) });
  return t("partners-balance-nothing");
}

/** A period's closing balance, as the last item of its totals: "$112.00 owed at the end". */
export function balanceAtEndWords(minor: number, currency: string | null, loc?: string): string {
  if (minor > 0) return t("partners-balance-end-owed", { amount: money(minor, currency, loc) });
  if (minor < 0) return t("partners-balance-end-ahead", { amount: money(-minor, currency, loc) });
  return t("partners-balance-end-nothing");
}

/** A balance in a table cell: "$112.00", or "$4.50 paid ahead" instead of a minus. */
export function balanceCell(minor: number, currency: string | null, loc?: string): string {
  return minor < 0 ? t("partners-balance-cell-ahead", { amount: money(-minor, currency, loc) }) : money(minor, currency, loc);
}

export type PeriodChoice = "all" | "this_year" | "last_year" | "custom";

/** The period choices; each `label` is read at render time, in the window's current language. */
export const PERIODS: readonly { readonly id: PeriodChoice; readonly label: string }[] = [
  {
    id: "all",
    get label() {
      return t("partners-period-all");
    },
  },
  {
    id: "this_year",
    get label() {
      return t("partners-period-this-year");
    },
  },
  {
    id: "last_year",
    get label() {
      return t("partners-period-last-year");
    },
  },
  {
    id: "custom",
    get label() {
      return t("partners-period-custom");
    },
  },
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
  if (from) return t("partners-period-from", { day: day(from, loc) });
  if (to) return t("partners-period-until", { day: day(to, loc) });
  return t("partners-period-all-until", { day: day(today, loc) });
}

/**
 * The file name a statement proposes: "Maya Okafor statement.pdf" (all time), "Maya Okafor statement
 * 2026.pdf" (a calendar year, or this year so far), "Maya Okafor statement 2026-02-01 to 2026-02-28.pdf".
 */
export function statementFileName(partner: string, period: Period, ext: "pdf" | "csv"): string {
  const { from, to } = period;
  const year = from?.slice(0, 4);
  let name: string;
  // The year and days are passed as text: written as they are, never as numbers in the locale.
  if (from && year && from.endsWith("-01-01") && (to == null || to === `${year}-12-31`)) name = t("partners-statement-file-year", { partner, year });
  else if (from || to)
    name = t("partners-statement-file-range", {
      partner,
      from: from ?? t("partners-statement-file-start"),
      to: to ?? t("partners-statement-file-today"),
    });
  else name = t("partners-statement-file", { partner });
  return `${name}.${ext}`;
}

/**
 * "4 on time · 1 late · 1 missed · 2 open", or that nothing was agreed yet. The counts are written in the
 * window's locale (the locale in effect, which `loc` is too wherever it is given).
 */
export function agreementWords(r: AgreementRecord, _loc?: string): string {
  if (r.on_time + r.late + r.missed + r.open === 0) return t("partners-agreements-none");
  return t("partners-agreements-record", { onTime: r.on_time, late: r.late, missed: r.missed, open: r.open });
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
  return share == null ? null : t("partners-kept", { percent: percent(share, loc, 0) });
}
