// How a figure moved from one period to another (the core's `Change`), in words: the Dashboard's cards and a
// campaign's days against the days before it write it the same way.
import type { Change } from "./bindings/Change";
import { percent } from "./format";
import { t } from "./i18n.svelte";

/** A difference with its sign: "+$1,200.00", "-$90.00", "$0.00" (`write` formats the number). */
export function signedDifference(difference: number, write: (n: number) => string): string {
  return `${difference > 0 ? "+" : ""}${write(difference)}`;
}

/** A relative change in whole percent with its sign: 0.12 → "+12%", -0.09 → "-9%". */
export function ratioText(ratio: number, loc?: string): string {
  return percent(ratio * 100, loc, 0, true);
}

/**
 * "+12% vs the period before", or `none` ("none in the period before") when there was nothing to compare
 * with; the difference itself in `title` (a tooltip). `null` when there is nothing then or now. `vs` is
 * the whole sentence around the percent (a message: `(ratio) => t("…", { ratio })`), so a language can put
 * the percent where it reads; a plain string is set after the percent.
 */
export function moved(
  change: Change,
  write: (n: number) => string,
  vs: string | ((ratio: string) => string),
  none: string,
  loc?: string,
): { text: string; title: string } | null {
  const title = signedDifference(change.difference, write);
  if (change.ratio == null) return change.difference === 0 ? null : { text: none, title };
  const ratio = ratioText(change.ratio, loc);
  return { text: typeof vs === "function" ? vs(ratio) : `${ratio} ${vs}`, title };
}

/** "+$1,200.00 (+12%)", or `none` when the earlier period had nothing to compare with (`ratio` null). */
export function changeWords(change: Change, write: (n: number) => string, none?: string, loc?: string): string {
  if (change.ratio == null) return none ?? t("dashboard-change-nothing");
  return t("dashboard-change-words", { difference: signedDifference(change.difference, write), ratio: ratioText(change.ratio, loc) });
}
