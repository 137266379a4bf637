import { describe, expect, test } from "vitest";
import type { LedgerEntry } from "./bindings/LedgerEntry";
import {
  agreementWords,
  balanceCell,
  balanceWords,
  entryWords,
  keptShare,
  keptWords,
  periodDays,
  periodWords,
  statementFileName,
} from "./ledger-labels";

const line = (over: Partial<LedgerEntry>): LedgerEntry => ({
  day: "2026-02-09",
  kind: "fee",
  campaign_id: 7,
  campaign: "Spring",
  source: null,
  order: null,
  order_day: null,
  net_revenue_minor: 0,
  amount_minor: 0,
  balance_minor: 0,
  payment_id: null,
  method: "",
  note: "",
  ...over,
});

describe("entryWords", () => {
  test("says what each line is, as the payout statement does", () => {
    expect(entryWords(line({ kind: "fee" }))).toBe("Fee · Spring");
    expect(entryWords(line({ kind: "commission", order: "#1001" }))).toBe("Commission · Spring · order #1001");
    expect(entryWords(line({ kind: "commission", order: null }))).toBe("Commission · Spring · in store (typed in)");
    expect(entryWords(line({ kind: "taken_back", order: "#1001" }))).toBe("Taken back (refund) · Spring · order #1001");
    expect(entryWords(line({ kind: "restored", order: "#1001" }))).toBe("Restored · Spring · order #1001");
  });

  test("a payment says how, and its note, when there are", () => {
    const pay = { kind: "payment" as const, campaign: null, campaign_id: null };
    expect(entryWords(line({ ...pay, method: "PayPal", note: "March invoice" }))).toBe("Payment · PayPal · March invoice");
    expect(entryWords(line({ ...pay, method: "Cash" }))).toBe("Payment · Cash");
    expect(entryWords(line({ ...pay, note: "for the market" }))).toBe("Payment · for the market");
    expect(entryWords(line({ ...pay, method: "  " }))).toBe("Payment");
  });
});

describe("balance words", () => {
  test("owed, paid ahead (never a minus), or nothing", () => {
    expect(balanceWords(11200, "USD", "en-US")).toBe("$112.00 owed");
    expect(balanceWords(-450, "USD", "en-US")).toBe("paid ahead by $4.50");
    expect(balanceWords(0, "USD", "en-US")).toBe("nothing owed");
    expect(balanceWords(-1500, "JPY", "en-US")).toBe("paid ahead by ¥1,500");
  });

  test("in a table cell", () => {
    expect(balanceCell(11200, "USD", "en-US")).toBe("$112.00");
    expect(balanceCell(0, "USD", "en-US")).toBe("$0.00");
    expect(balanceCell(-450, "EUR", "de-DE")).toBe("4,50\u00a0€ paid ahead");
  });
});

describe("statement periods", () => {
  test("a choice becomes its days", () => {
    expect(periodDays("all", "2026-03-15")).toEqual({ from: null, to: null });
    expect(periodDays("this_year", "2026-03-15")).toEqual({ from: "2026-01-01", to: null });
    expect(periodDays("last_year", "2026-03-15")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(periodDays("custom", "2026-03-15", "2026-02-01", "2026-02-28")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(periodDays("custom", "2026-03-15", "", "2026-02-28")).toEqual({ from: null, to: "2026-02-28" });
  });

  test("a period in words", () => {
    expect(periodWords({ from: null, to: null }, "2026-03-15", "en-US")).toBe("All time, until Mar 15, 2026");
    expect(periodWords({ from: "2026-01-01", to: null }, "2026-03-15", "en-US")).toBe("From Jan 1, 2026");
    expect(periodWords({ from: null, to: "2026-02-28" }, "2026-03-15", "en-US")).toBe("Until Feb 28, 2026");
    expect(periodWords({ from: "2025-01-01", to: "2025-12-31" }, "2026-03-15", "en-US")).toMatch(/^Jan 1\s–\sDec 31, 2025$/);
  });

  test("file names say the period", () => {
    expect(statementFileName("Maya Okafor", { from: null, to: null }, "pdf")).toBe("Maya Okafor statement.pdf");
    expect(statementFileName("Maya Okafor", { from: "2026-01-01", to: null }, "pdf")).toBe("Maya Okafor statement 2026.pdf");
    expect(statementFileName("Maya Okafor", { from: "2025-01-01", to: "2025-12-31" }, "csv")).toBe("Maya Okafor statement 2025.csv");
    expect(statementFileName("Maya Okafor", { from: "2026-02-01", to: "2026-02-28" }, "pdf")).toBe(
      "Maya Okafor statement 2026-02-01 to 2026-02-28.pdf",
    );
    expect(statementFileName("Maya Okafor", { from: null, to: "2026-02-28" }, "pdf")).toBe("Maya Okafor statement start to 2026-02-28.pdf");
  });
});

describe("agreements", () => {
  test("the record in words", () => {
    expect(agreementWords({ on_time: 4, late: 1, missed: 1, open: 2 }, "en-US")).toBe("4 on time · 1 late · 1 missed · 2 open");
    expect(agreementWords({ on_time: 0, late: 0, missed: 0, open: 0 }, "en-US")).toBe("No deliverables agreed yet");
  });

  test("kept: late counts half, open ones wait", () => {
    expect(keptShare({ on_time: 2, late: 1, missed: 1, open: 3 })).toBe(62.5);
    expect(keptWords({ on_time: 4, late: 1, missed: 1, open: 2 }, "en-US")).toBe("75% kept");
    expect(keptShare({ on_time: 0, late: 0, missed: 0, open: 3 })).toBeNull();
    expect(keptWords({ on_time: 0, late: 0, missed: 0, open: 3 }, "en-US")).toBeNull();
  });
});
