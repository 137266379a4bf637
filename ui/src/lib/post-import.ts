// The words of a posts import (a platform's posts export: Meta Business Suite, TikTok Studio, YouTube
// Studio): the preview's summary and what an import did.
import type { ContactImport } from "./bindings/ContactImport";
import type { PostImportReport } from "./bindings/PostImportReport";
import { count, counted } from "./format";

type Counts = Pick<PostImportReport, "posts_new" | "posts_updated" | "posts_unchanged" | "posts_outside_campaigns" | "problem_count">;

/**
 * "5 new, 0 updated, 0 unchanged, 2 outside any campaign, 1 problem": new, updated and unchanged always;
 * posts left out for their day, and problems, only when there are some.
 */
export function postSummary(r: Counts, loc?: string): string {
  const parts = [`${count(r.posts_new, loc)} new`, `${count(r.posts_updated, loc)} updated`, `${count(r.posts_unchanged, loc)} unchanged`];
  if (r.posts_outside_campaigns > 0) parts.push(`${count(r.posts_outside_campaigns, loc)} outside any campaign`);
  if (r.problem_count > 0) parts.push(counted(r.problem_count, "problem", "problems", loc));
  return parts.join(", ");
}

/** Posts the import would add or change. */
export function postChanges(r: Pick<PostImportReport, "posts_new" | "posts_updated">): number {
  return r.posts_new + r.posts_updated;
}

/** "Imported: 5 new, 1 updated." (a posts import counts posts in its partners_ fields). */
export function importedWords(i: Pick<ContactImport, "partners_new" | "partners_updated">, loc?: string): string {
  return `Imported: ${count(i.partners_new, loc)} new, ${count(i.partners_updated, loc)} updated.`;
}

/**
 * "Left out: 2 posts outside any campaign, 1 row with a problem." — what an import did not bring in, or null
 * when it brought in everything.
 */
export function leftOutWords(r: Pick<PostImportReport, "posts_outside_campaigns" | "problem_count">, loc?: string): string | null {
  const parts: string[] = [];
  if (r.posts_outside_campaigns > 0) parts.push(`${counted(r.posts_outside_campaigns, "post", "posts", loc)} outside any campaign`);
  if (r.problem_count > 0) parts.push(counted(r.problem_count, "row with a problem", "rows with problems", loc));
  return parts.length ? `Left out: ${parts.join(", ")}.` : null;
}
