import { describe, expect, test } from "vitest";
import { fieldErrors, liftWords, orNull, splitList, todayIso } from "./labels";

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

describe("liftWords", () => {
  test("says more, less, or maybe nothing, with the range in money", () => {
    expect(liftWords({ low_minor: 12000, high_minor: 64000 }, "EUR", "en-US")).toBe("Between €120.00 and €640.00 more than usual (95% range)");
    expect(liftWords({ low_minor: -64000, high_minor: -12000 }, "EUR", "en-US")).toBe("Between €120.00 and €640.00 less than usual (95% range)");
    expect(liftWords({ low_minor: -5000, high_minor: 20000 }, "USD", "en-US")).toBe("Between $50.00 less and $200.00 more than usual (95% range): maybe nothing extra");
    expect(liftWords({ low_minor: null, high_minor: null }, "USD", "en-US")).toBe("Not enough data");
  });
});
