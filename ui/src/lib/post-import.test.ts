import { describe, expect, test } from "vitest";
import { importedWords, leftOutWords, postChanges, postSummary } from "./post-import";

const report = { posts_new: 5, posts_updated: 0, posts_unchanged: 0, posts_outside_campaigns: 2, problem_count: 1 };

describe("postSummary", () => {
  test("counts what the import does", () => {
    expect(postSummary(report, "en-US")).toBe("5 new, 0 updated, 0 unchanged, 2 outside any campaign, 1 problem");
    expect(postSummary({ ...report, problem_count: 2 }, "en-US")).toBe("5 new, 0 updated, 0 unchanged, 2 outside any campaign, 2 problems");
    expect(postSummary({ ...report, posts_outside_campaigns: 1 }, "en-US")).toBe("5 new, 0 updated, 0 unchanged, 1 outside any campaign, 1 problem");
  });

  test("new, updated and unchanged always; the rest only when there are some", () => {
    expect(postSummary({ ...report, posts_outside_campaigns: 0, problem_count: 0 }, "en-US")).toBe("5 new, 0 updated, 0 unchanged");
    expect(postSummary({ ...report, posts_outside_campaigns: 0 }, "en-US")).toBe("5 new, 0 updated, 0 unchanged, 1 problem");
    expect(postSummary({ posts_new: 0, posts_updated: 0, posts_unchanged: 0, posts_outside_campaigns: 0, problem_count: 0 }, "en-US")).toBe(
      "0 new, 0 updated, 0 unchanged",
    );
  });

  test("large counts are grouped in the locale's way", () => {
    expect(postSummary({ ...report, posts_new: 1234, posts_unchanged: 5678 }, "en-US")).toBe("1,234 new, 0 updated, 5,678 unchanged, 2 outside any campaign, 1 problem");
  });
});

describe("after the import", () => {
  test("posts added or changed", () => {
    expect(postChanges({ posts_new: 3, posts_updated: 2 })).toBe(5);
    expect(postChanges({ posts_new: 0, posts_updated: 0 })).toBe(0);
  });

  test("what was imported", () => {
    expect(importedWords({ partners_new: 5, partners_updated: 1 }, "en-US")).toBe("Imported: 5 new, 1 updated.");
    expect(importedWords({ partners_new: 1200, partners_updated: 0 }, "en-US")).toBe("Imported: 1,200 new, 0 updated.");
  });

  test("what was left out, singular and plural", () => {
    expect(leftOutWords({ posts_outside_campaigns: 0, problem_count: 0 }, "en-US")).toBeNull();
    expect(leftOutWords({ posts_outside_campaigns: 1, problem_count: 0 }, "en-US")).toBe("Left out: 1 post outside any campaign.");
    expect(leftOutWords({ posts_outside_campaigns: 2, problem_count: 1 }, "en-US")).toBe("Left out: 2 posts outside any campaign, 1 row with a problem.");
    expect(leftOutWords({ posts_outside_campaigns: 0, problem_count: 3 }, "en-US")).toBe("Left out: 3 rows with problems.");
  });
});
