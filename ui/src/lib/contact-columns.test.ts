import { describe, expect, test } from "vitest";
import type { ContactColumn } from "./bindings/ContactColumn";
import { choiceGroups, choices, columnLabel, fromChoice, leaveOut, summary, toChoice, withColumn } from "./contact-columns";
import { keys, PLATFORMS } from "./labels";

describe("column choices", () => {
  test("every choice goes to a column and back to itself", () => {
    for (const c of choices()) {
      expect(toChoice(fromChoice(c.value)), c.value).toBe(c.value);
      expect(columnLabel(fromChoice(c.value)), c.value).toBe(c.label);
    }
  });

  test("every column the core knows is a choice, once", () => {
    const values = choices().map((c) => c.value);
    expect(new Set(values).size).toBe(values.length);
    const person = ["name", "first_name", "last_name", "email", "phone", "neighborhood", "city", "niches", "stage", "notes", "platform", "as_of"];
    for (const field of person) expect(values).toContain(field);
    for (const field of ["handle", "url", "followers", "engagement"]) {
      expect(values).toContain(`${field}:`);
      for (const p of keys(PLATFORMS)) expect(values).toContain(`${field}:${p}`);
    }
    // Leave out, 12 person fields, 4 account fields for the row's platform and 4 for each of 8 platforms.
    expect(values.length).toBe(1 + 12 + 4 + 4 * keys(PLATFORMS).length);
    expect(values[0]).toBe("");
    expect(leaveOut()).toEqual({ value: "", label: "Leave out" });
    expect(choiceGroups().map((g) => g.label)).toEqual(["Person", "Account (platform from the row)", ...Object.values(PLATFORMS)]);
  });

  test("columns become select values", () => {
    expect(toChoice(null)).toBe("");
    expect(toChoice({ field: "name" })).toBe("name");
    expect(toChoice({ field: "as_of" })).toBe("as_of");
    expect(toChoice({ field: "handle", platform: "instagram" })).toBe("handle:instagram");
    expect(toChoice({ field: "followers", platform: null })).toBe("followers:");
  });

  test("select values become columns; anything unknown is left out", () => {
    expect(fromChoice("")).toBeNull();
    expect(fromChoice("email")).toEqual({ field: "email" });
    expect(fromChoice("url:tiktok")).toEqual({ field: "url", platform: "tiktok" });
    expect(fromChoice("engagement:")).toEqual({ field: "engagement", platform: null });
    for (const odd of ["nickname", "handle", "email:instagram", "handle:myspace", "handle:x:y", "constructor", "toString"]) {
      expect(fromChoice(odd), odd).toBeNull();
    }
  });

  test("labels say the platform, or where it comes from", () => {
    expect(columnLabel({ field: "name" })).toBe("Name");
    expect(columnLabel({ field: "as_of" })).toBe("Read on (date)");
    expect(columnLabel({ field: "handle", platform: "instagram" })).toBe("Instagram handle");
    expect(columnLabel({ field: "url", platform: "youtube" })).toBe("YouTube profile link");
    expect(columnLabel({ field: "followers", platform: "tiktok" })).toBe("TikTok followers");
    expect(columnLabel({ field: "engagement", platform: "x" })).toBe("X engagement (%)");
    expect(columnLabel({ field: "followers", platform: null })).toBe("Followers (platform from the row)");
    expect(columnLabel(null)).toBe("Leave out");
  });

  test("changing one column keeps the others", () => {
    const columns: (ContactColumn | null)[] = [{ field: "name" }, null, { field: "handle", platform: null }];
    expect(withColumn(columns, 1, "followers:instagram")).toEqual([{ field: "name" }, { field: "followers", platform: "instagram" }, { field: "handle", platform: null }]);
    expect(withColumn(columns, 0, "")).toEqual([null, null, { field: "handle", platform: null }]);
    expect(columns[1]).toBeNull();
  });
});

describe("summary", () => {
  const report = { partners_new: 12, partners_updated: 5, partners_unchanged: 3, problem_count: 2 };

  test("counts what the import does", () => {
    expect(summary(report, "en-US")).toBe("12 new, 5 updated, 3 unchanged, 2 problems");
    expect(summary({ ...report, problem_count: 1 }, "en-US")).toBe("12 new, 5 updated, 3 unchanged, 1 problem");
  });

  test("problems are named only when there are some", () => {
    expect(summary({ ...report, problem_count: 0 }, "en-US")).toBe("12 new, 5 updated, 3 unchanged");
    expect(summary({ partners_new: 0, partners_updated: 0, partners_unchanged: 0, problem_count: 0 }, "en-US")).toBe("0 new, 0 updated, 0 unchanged");
  });

  test("large counts are grouped in the locale's way", () => {
    expect(summary({ ...report, partners_new: 1234 }, "en-US")).toBe("1,234 new, 5 updated, 3 unchanged, 2 problems");
  });
});

describe("a community sheet's columns", () => {
  test("offers the community's fields and its link, each round-tripping", async () => {
    const { communityChoiceGroups, fromChoice, toChoice } = await import("./contact-columns");
    const values = communityChoiceGroups().flatMap((g) => g.choices.map((c) => c.value));
    expect(values).toEqual(expect.arrayContaining(["name", "kind", "members", "leader", "url:"]));
    for (const v of values) expect(toChoice(fromChoice(v))).toBe(v);
  });
});
