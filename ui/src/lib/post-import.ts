// The words of a posts import (a platform's posts export: Meta Business Suite, TikTok Studio, YouTube
// Studio): the preview's summary and what an import did.
import type { ContactImport } from "./bindings/ContactImport";
import type { PostImportReport } from "./bindings/PostImportReport";
import { shown } from "./contact-columns";
import { t } from "./i18n.svelte";

type Counts = Pick<PostImportReport, "posts_new" | "posts_updated" | "posts_unchanged" | "posts_outside_campaigns" | "problem_count">;

/**
 * "5 new, 0 updated, 0 unchanged, 2 outside any campaign, 1 problem": new, updated and unchanged always;
 * posts left out for their day, and problems, only when there are some.
 */
export function postSummary(r: Counts, loc?: string): string {
  const args = { new: shown(r.posts_new, loc), updated: shown(r.posts_updated, loc), unchanged: shown(r.posts_unchanged, loc) };
  const outside = shown(r.posts_outside_campaigns, loc);
  const problems = shown(r.problem_count, loc);
  if (r.posts_outside_campaigns > 0 && r.problem_count > 0) return t("import-posts-summary-outside-problems", { ...args, outside, problems });
  if (r.posts_outside_campaigns > 0) return t("import-posts-summary-outside", { ...args, outside });
  if (r.problem_count > 0) return t("import-posts-summary-problems", { ...args, problems });
  return t("import-posts-summary", args);
}

/** Posts the import would add or change. */
export function postChanges(r: Pick<PostImportReport, "posts_new" | "posts_updated">): number {
  return r.posts_new + r.posts_updated;
}

/** "Imported: 5 new, 1 updated." (a posts import counts posts in its partners_ fields). */
export function importedWords(i: Pick<ContactImport, "partners_new" | "partners_updated">, loc?: string): string {
  return t("import-imported", { new: shown(i.partners_new, loc), updated: shown(i.partners_updated, loc) });
}

/**
 * "Left out: 2 posts outside any campaign, 1 row with a problem." — what an import did not bring in, or null
 * when it brought in everything.
 */
export function leftOutWords(r: Pick<PostImportReport, "posts_outside_campaigns" | "problem_count">, loc?: string): string | null {
  const outside = shown(r.posts_outside_campaigns, loc);
  const problems = shown(r.problem_count, loc);
  if (r.posts_outside_campaigns > 0 && r.problem_count > 0) return t("import-posts-left-out-both", { outside, problems });
  if (r.posts_outside_campaigns > 0) return t("import-posts-left-out-outside", { outside });
  if (r.problem_count > 0) return t("import-posts-left-out-problems", { problems });
  return null;
}
