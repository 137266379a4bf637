import { describe, expect, test } from "vitest";
import { fieldErrors, orNull, splitList, todayIso } from "./labels";

describe("form helpers", () => {
  test("core field errors map to their inputs, first message wins", () => {
    const errors = fieldErrors({
      kind: "invalid",
      message: "Name is required",
      field: "name",
      fields: [
        { field: "name", message: "Name is required" },
        { field: "accounts[1].followers", message: "Followers cannot be negative" },
        { field: "name", message: "second message" },
      ],
      campaigns: [],
    });
    expect(errors).toEqual({ name: "Name is required", "accounts[1].followers": "Followers cannot be negative" });
    expect(fieldErrors(null)).toEqual({});
  });

  test("lists split on commas and lines and drop blanks", () => {
    expect(splitList(" plants, running ,,\nbooks ")).toEqual(["plants", "running", "books"]);
    expect(splitList("   ")).toEqual([]);
  });

  test("blank text is missing, not empty", () => {
    expect(orNull("  ")).toBeNull();
    expect(orNull(" Portland ")).toBe("Portland");
  });

  test("today is the computer's calendar day", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
