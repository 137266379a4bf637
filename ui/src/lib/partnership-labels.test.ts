import { describe, expect, test } from "vitest";
import type { DeliverableKind } from "./bindings/DeliverableKind";
import type { DeliverableStatus } from "./bindings/DeliverableStatus";
import type { Signal } from "./bindings/Signal";
import {
  addDays,
  daysBetween,
  DELIVERABLE_BADGE,
  DELIVERABLE_KINDS,
  DELIVERABLE_STATUS,
  doneWords,
  dueWords,
  newCustomerWords,
  SIGNALS,
  signalWords,
} from "./partnership-labels";

describe("calendar days", () => {
  test("days add and count across months, years and leap days, never shifted by a time zone", () => {
    expect(addDays("2026-03-10", 1)).toBe("2026-03-11");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-03-10", "2026-03-10")).toBe(0);
    expect(daysBetween("2026-03-10", "2026-03-17")).toBe(7);
    expect(daysBetween("2026-03-30", "2026-03-28")).toBe(-2);
    // Across a daylight-saving change (the days are calendar days, not 24-hour spans of a zone).
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
  });
});

describe("deliverables", () => {
  test("every kind and status has words, and each status a badge", () => {
    const kinds: DeliverableKind[] = ["post", "story", "reel", "video", "event", "market_table", "other"];
    for (const k of kinds) expect(DELIVERABLE_KINDS[k]).toBeTruthy();
    expect(DELIVERABLE_KINDS.market_table).toBe("Market table");
    const statuses: DeliverableStatus[] = ["planned", "due", "done", "missed"];
    for (const s of statuses) expect(DELIVERABLE_STATUS[s]).toBeTruthy();
    expect(DELIVERABLE_BADGE).toEqual({ planned: "", due: "warn", done: "good", missed: "bad" });
  });

  test("an open deliverable against today: due today, tomorrow, in N days, overdue since the day after", () => {
    expect(dueWords({ status: "due", due: "2026-03-10" }, "2026-03-10", "en-US")).toBe("due today");
    expect(dueWords({ status: "due", due: "2026-03-11" }, "2026-03-10", "en-US")).toBe("due tomorrow");
    expect(dueWords({ status: "due", due: "2026-03-16" }, "2026-03-10", "en-US")).toBe("due in 6 days");
    expect(dueWords({ status: "planned", due: "2026-04-10" }, "2026-03-10", "en-US")).toBe("due in 31 days");
    expect(dueWords({ status: "missed", due: "2026-03-10" }, "2026-03-12", "en-US")).toBe("overdue since Mar 11, 2026");
  });

  test("without a today, or with one that disagrees with the core, the status in words", () => {
    expect(dueWords({ status: "due", due: "2026-03-10" }, null, "en-US")).toBe("due this week");
    expect(dueWords({ status: "planned", due: "2026-03-10" }, null, "en-US")).toBe("planned");
    expect(dueWords({ status: "due", due: "2026-03-10" }, "2026-03-11", "en-US")).toBe("due this week");
    expect(dueWords({ status: "missed", due: "2026-03-10" }, null, "en-US")).toBe("overdue since Mar 11, 2026");
  });

  test("done on a day, on time or late", () => {
    expect(doneWords({ done: "2026-03-09", on_time: true }, "en-US")).toBe("done on Mar 9, 2026 · on time");
    expect(doneWords({ done: "2026-03-12", on_time: false }, "en-US")).toBe("done on Mar 12, 2026 · late");
    expect(doneWords({ done: null, on_time: null }, "en-US")).toBe("");
  });
});

describe("leak signals", () => {
  const base = { orders: 12, expected_orders: null, known_customers: null, window_end: "2026-03-20" };

  test("every signal has a name", () => {
    const signals: Signal[] = ["after_window", "spike", "existing_customers"];
    for (const s of signals) expect(SIGNALS[s]).toBeTruthy();
  });

  test("each signal says what was seen", () => {
    expect(signalWords({ ...base, signal: "after_window", orders: 4 }, "en-US")).toBe(
      "4 orders more than 7 days after the campaign's last counted day (Mar 20, 2026)",
    );
    expect(signalWords({ ...base, signal: "spike", expected_orders: 2.4 }, "en-US")).toBe(
      "12 orders in a burst, where the code's usual pattern expected about 2",
    );
    expect(signalWords({ ...base, signal: "spike", expected_orders: 0.3 }, "en-US")).toBe(
      "12 orders in a burst, where the code's usual pattern expected less than one",
    );
    expect(signalWords({ ...base, signal: "existing_customers", orders: 9, known_customers: 14 }, "en-US")).toBe(
      "9 of 14 orders with a known customer were by customers who had ordered before, on a code meant for first orders",
    );
  });

  test("a leak order's customer: new, returning or unknown", () => {
    expect(newCustomerWords(true)).toBe("Yes");
    expect(newCustomerWords(false)).toBe("No");
    expect(newCustomerWords(null)).toBe("Unknown");
  });
});
