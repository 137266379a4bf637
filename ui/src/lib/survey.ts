// "How did you hear about us?": the words and counts of the customers' answers the owner reads once each
// as naming a partner (or none), and of the campaign orders that rest on them ("customer said").
import type { SurveyAnswer } from "./bindings/SurveyAnswer";
import { shown } from "./contact-columns";
import { percent } from "./format";
import { t } from "./i18n.svelte";

type Reading = Pick<SurveyAnswer, "read" | "suggested_id">;

/** Answers not read yet that come with a suggested partner: what "Accept every suggestion" reads. */
export function unreadWithSuggestion<T extends Reading>(list: readonly T[]): T[] {
  return list.filter((a) => !a.read && a.suggested_id != null);
}

/** How many answers the owner has read (as naming a partner or none). */
export function readCount(list: readonly Pick<SurveyAnswer, "read">[]): number {
  return list.filter((a) => a.read).length;
}

/** "3 of 10 answers read" ("1 of 1 answer read"). */
export function readWords(list: readonly Pick<SurveyAnswer, "read">[], loc?: string): string {
  return t("import-survey-read-count", { read: shown(readCount(list), loc), total: shown(list.length, loc) });
}

/**
 * "6 of 8 orders (75%) rest on what customers said": the share of a campaign's (or a partner's) counted
 * orders that no code counted, only the customer's answer; null when there is none.
 */
export function saidShare(f: { survey_orders: number; attributed_orders: number }, loc?: string): string | null {
  if (f.survey_orders <= 0) return null;
  const of = Math.max(f.attributed_orders, f.survey_orders);
  const pct = percent((f.survey_orders / of) * 100, loc, 0);
  return t("import-survey-said-share", { said: shown(f.survey_orders, loc), total: shown(of, loc), percent: pct });
}
