// Words the UI shows for what partners agreed to deliver (deliverables) and for signs that a code leaked,
// and the little calendar arithmetic they need. Days are shop-local "YYYY-MM-DD", counted without any
// time-zone shift.
import type { Deliverable } from "./bindings/Deliverable";
import type { DeliverableKind } from "./bindings/DeliverableKind";
import type { DeliverableStatus } from "./bindings/DeliverableStatus";
import type { LeakSignal } from "./bindings/LeakSignal";
import type { Signal } from "./bindings/Signal";
import { count, counted, day } from "./format";

export const DELIVERABLE_KINDS: Record<DeliverableKind, string> = {
  post: "Post",
  story: "Story",
  reel: "Reel",
  video: "Video",
  event: "Event",
  market_table: "Market table",
  other: "Other",
};

export const DELIVERABLE_STATUS: Record<DeliverableStatus, string> = {
  planned: "Planned",
  due: "Due this week",
  done: "Done",
  missed: "Missed",
};

/** The badge class of each status (app.css: `.badge.good`, `.badge.warn`, `.badge.bad`). */
export const DELIVERABLE_BADGE: Record<DeliverableStatus, string> = {
  planned: "",
  due: "warn",
  done: "good",
  missed: "bad",
};

/** The kinds a logged post fills by itself (the open one due first). */
export const POSTED_KINDS: readonly DeliverableKind[] = ["post", "story", "reel", "video"];

export const SIGNALS: Record<Signal, string> = {
  after_window: "Used after the campaign",
  spike: "Sudden spike",
  existing_customers: "Used by existing customers",
};

/** Days a code is still used after its campaign's last counted day before it is a sign (the core's grace). */
export const GRACE_DAYS = 7;

function utc(isoDay: string): number {
  const [y, m, d] = isoDay.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The day `days` after (or before, when negative) `isoDay`. */
export function addDays(isoDay: string, days: number): string {
  return new Date(utc(isoDay) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 on the same day, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * Where an open deliverable stands against the shop-local `today`: "due today", "due tomorrow", "due in 5
 * days", "overdue since Mar 11, 2026" (the day after its due day, when the core counts it missed). Without a
 * today (or one that disagrees with the core's status), the status in words.
 */
export function dueWords(d: Pick<Deliverable, "status" | "due">, today: string | null, loc?: string): string {
  if (d.status === "missed") return `overdue since ${day(addDays(d.due, 1), loc)}`;
  if (d.status === "done" || today == null) return DELIVERABLE_STATUS[d.status].toLowerCase();
  const n = daysBetween(today, d.due);
  if (n < 0) return DELIVERABLE_STATUS[d.status].toLowerCase();
  if (n === 0) return "due today";
  if (n === 1) return "due tomorrow";
  return `due in ${counted(n, "day", "days", loc)}`;
}

/** "done on Mar 3, 2026 · on time" / "· late"; empty while it is not done. */
export function doneWords(d: Pick<Deliverable, "done" | "on_time">, loc?: string): string {
  if (!d.done) return "";
  const when = d.on_time === true ? " · on time" : d.on_time === false ? " · late" : "";
  return `done on ${day(d.done, loc)}${when}`;
}

/** A leak signal in a sentence: what was seen, in the orders behind it. */
export function signalWords(
  s: Pick<LeakSignal, "signal" | "orders" | "expected_orders" | "known_customers" | "window_end">,
  loc?: string,
): string {
  switch (s.signal) {
    case "after_window":
      return `${counted(s.orders, "order", "orders", loc)} more than ${counted(GRACE_DAYS, "day", "days", loc)} after the campaign's last counted day (${day(s.window_end, loc)})`;
    case "spike": {
      const e = s.expected_orders;
      const expected = e == null ? "" : e < 1 ? ", where the code's usual pattern expected less than one" : `, where the code's usual pattern expected about ${count(Math.round(e), loc)}`;
      return `${counted(s.orders, "order", "orders", loc)} in a burst${expected}`;
    }
    case "existing_customers": {
      const of = s.known_customers == null ? "" : ` of ${count(s.known_customers, loc)}`;
      return `${count(s.orders, loc)}${of} orders with a known customer were by customers who had ordered before, on a code meant for first orders`;
    }
  }
}

/** Whether a leak order was its customer's first: "Yes", "No", or "Unknown" when the export names no customer. */
export function newCustomerWords(newCustomer: boolean | null): string {
  return newCustomer == null ? "Unknown" : newCustomer ? "Yes" : "No";
}
