// Words the UI shows for what partners agreed to deliver (deliverables) and for signs that a code leaked,
// and the little calendar arithmetic they need. Days are shop-local "YYYY-MM-DD", counted without any
// time-zone shift.
import type { Deliverable } from "./bindings/Deliverable";
import type { DeliverableKind } from "./bindings/DeliverableKind";
import type { DeliverableStatus } from "./bindings/DeliverableStatus";
import type { LeakSignal } from "./bindings/LeakSignal";
import type { Signal } from "./bindings/Signal";
import { day } from "./format";
import { t, words } from "./i18n.svelte";

export const DELIVERABLE_KINDS: Record<DeliverableKind, string> = words<DeliverableKind>({
  post: () => t("partners-deliverable-post"),
  story: () => t("partners-deliverable-story"),
  reel: () => t("partners-deliverable-reel"),
  video: () => t("partners-deliverable-video"),
  event: () => t("partners-deliverable-event"),
  market_table: () => t("partners-deliverable-market-table"),
  other: () => t("partners-deliverable-other"),
});

export const DELIVERABLE_STATUS: Record<DeliverableStatus, string> = words<DeliverableStatus>({
  planned: () => t("partners-deliverable-status-planned"),
  due: () => t("partners-deliverable-status-due"),
  done: () => t("partners-deliverable-status-done"),
  missed: () => t("partners-deliverable-status-missed"),
});

/** The same statuses inside a sentence ("due this week", "planned"): lower case where the language has one. */
const STATUS_IN_SENTENCE: Record<DeliverableStatus, string> = words<DeliverableStatus>({
  planned: () => t("partners-due-status-planned"),
  due: () => t("partners-due-status-due"),
  done: () => t("partners-due-status-done"),
  missed: () => t("partners-due-status-missed"),
});

/** The badge class of each status (app.css: `.badge.good`, `.badge.warn`, `.badge.bad`). */
export const DELIVERABLE_BADGE: Record<DeliverableStatus, string> = {
  planned: "",
  due: "warn",
  done: "good",
  missed: "bad",
};

/** The kinds a logged post fills by itself (the open one due first). */
export const POSTED_KINDS: readonly DeliverableKind[] = ["post", "story", "reel", "video"];

export const SIGNALS: Record<Signal, string> = words<Signal>({
  after_window: () => t("partners-signal-name-after-window"),
  spike: () => t("partners-signal-name-spike"),
  existing_customers: () => t("partners-signal-name-existing-customers"),
});

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
  if (d.status === "missed") return t("partners-due-overdue-since", { day: day(addDays(d.due, 1), loc) });
  if (d.status === "done" || today == null) return STATUS_IN_SENTENCE[d.status];
  const n = daysBetween(today, d.due);
  if (n < 0) return STATUS_IN_SENTENCE[d.status];
  if (n === 0) return t("partners-due-today");
  if (n === 1) return t("partners-due-tomorrow");
  return t("partners-due-in-days", { count: n });
}

/** "done on Mar 3, 2026 · on time" / "· late"; empty while it is not done. */
export function doneWords(d: Pick<Deliverable, "done" | "on_time">, loc?: string): string {
  if (!d.done) return "";
  const on = day(d.done, loc);
  if (d.on_time === true) return t("partners-done-on-time", { day: on });
  if (d.on_time === false) return t("partners-done-late", { day: on });
  return t("partners-done-on", { day: on });
}

/**
 * A leak signal in a sentence: what was seen, in the orders behind it. Counts are written in the window's
 * locale; `loc` writes the day.
 */
export function signalWords(
  s: Pick<LeakSignal, "signal" | "orders" | "expected_orders" | "known_customers" | "window_end">,
  loc?: string,
): string {
  switch (s.signal) {
    case "after_window":
      return t("partners-signal-after-window", { orders: s.orders, days: GRACE_DAYS, date: day(s.window_end, loc) });
    case "spike": {
      const e = s.expected_orders;
      if (e == null) return t("partners-signal-spike", { orders: s.orders });
      if (e < 1) return t("partners-signal-spike-below-one", { orders: s.orders });
      return t("partners-signal-spike-about", { orders: s.orders, expected: Math.round(e) });
    }
    case "existing_customers":
      return s.known_customers == null
        ? t("partners-signal-existing", { orders: s.orders })
        : t("partners-signal-existing-of", { orders: s.orders, known: s.known_customers });
  }
}

/** Whether a leak order was its customer's first: "Yes", "No", or "Unknown" when the export names no customer. */
export function newCustomerWords(newCustomer: boolean | null): string {
  return newCustomer == null ? t("partners-new-customer-unknown") : newCustomer ? t("partners-new-customer-yes") : t("partners-new-customer-no");
}
