import { describe, expect, test } from "vitest";
import { fieldErrors, figuresLift, liftShort, liftWords, METHODS, methodLabel, orNull, roiRange, roiRangeWords, shownRange, splitList, todayIso } from "./labels";

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
      source: null,
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

describe("shownRange", () => {
  test("rounds both ends to two significant digits, never below one major unit (as the core does)", () => {
    expect(shownRange(120637, 787912, 2)).toEqual([120000, 790000]);
    expect(shownRange(12000, 64000, 2)).toEqual([12000, 64000]);
    expect(shownRange(-5049, 20012, 2)).toEqual([-5000, 20000]);
    expect(shownRange(-64123, -12345, 2)).toEqual([-64000, -12000]);
    expect(shownRange(1249, 3351, 2)).toEqual([1200, 3400]);
    expect(shownRange(49, 351, 2)).toEqual([0, 400]);
    expect(shownRange(12345, 98765, 0)).toEqual([12000, 99000]);
    expect(shownRange(12345, 98765, 3)).toEqual([12000, 99000]);
    expect(shownRange(0, 0, 2)).toEqual([0, 0]);
  });

  test("ties go to the even step, and no end is ever −0", () => {
    expect(shownRange(1250, 3350, 2)).toEqual([1200, 3400]);
    expect(shownRange(-1250, -3350, 2)).toEqual([-1200, -3400]);
    const [low] = shownRange(-49, 351, 2);
    expect(Object.is(low, 0)).toBe(true);
  });
});

describe("liftWords", () => {
  test("says more, less, or maybe nothing, with the range in money", () => {
    expect(liftWords({ low_minor: 12000, high_minor: 64000 }, "EUR", "en-US")).toBe("Between €120 and €640 more than usual (95% range)");
    expect(liftWords({ low_minor: -64000, high_minor: -12000 }, "EUR", "en-US")).toBe("Between €120 and €640 less than usual (95% range)");
    expect(liftWords({ low_minor: -5000, high_minor: 20000 }, "USD", "en-US")).toBe("Between $50 less and $200 more than usual (95% range): maybe nothing extra");
    expect(liftWords({ low_minor: null, high_minor: null }, "USD", "en-US")).toBe("Not enough data");
  });

  test("never shows cents on thousands", () => {
    expect(liftWords({ low_minor: 120637, high_minor: 787912 }, "USD", "en-US")).toBe("Between $1,200 and $7,900 more than usual (95% range)");
    expect(liftWords({ low_minor: -5049, high_minor: 20012 }, "USD", "en-US")).toBe("Between $50 less and $200 more than usual (95% range): maybe nothing extra");
    expect(liftWords({ low_minor: 12345, high_minor: 98765 }, "JPY", "en-US")).toBe("Between ¥12,000 and ¥99,000 more than usual (95% range)");
    expect(liftWords({ low_minor: 12345, high_minor: 98765 }, "KWD", "en-US")).toBe("Between KWD\u00a012 and KWD\u00a099 more than usual (95% range)");
  });

  test("a short form for table cells, from a figures' share of the lift", () => {
    const f = { lift_low_minor: 120637, lift_high_minor: 787912 };
    expect(liftShort(figuresLift(f), "USD", "en-US")).toBe("$1,200 to $7,900 more than usual");
    expect(liftShort({ low_minor: -5049, high_minor: 20012 }, "USD", "en-US")).toBe("$50 less to $200 more than usual: maybe nothing extra");
    expect(liftShort({ low_minor: -64123, high_minor: -12345 }, "USD", "en-US")).toBe("$120 to $640 less than usual");
    expect(liftShort(figuresLift({ lift_low_minor: null, lift_high_minor: null }), "USD", "en-US")).toBe("Not enough data yet");
  });
});

describe("roiRangeWords", () => {
  test("writes the ROI range with the sales lift, signed", () => {
    expect(roiRangeWords({ roi_low: -0.4, roi_high: 1.2 }, "en-US")).toBe("ROI -40% to +120% (sales lift)");
    expect(roiRangeWords({ roi_low: 0.25, roi_high: 3 }, "en-US")).toBe("ROI +25% to +300% (sales lift)");
    expect(roiRangeWords({ roi_low: -0.9, roi_high: -0.5 }, "en-US")).toBe("ROI -90% to -50% (sales lift)");
    expect(roiRangeWords({ roi_low: null, roi_high: null }, "en-US")).toBe("ROI — (sales lift: not enough data yet)");
  });

  test("the short form for table cells", () => {
    expect(roiRange({ roi_low: -0.4, roi_high: 1.2 }, "en-US")).toBe("-40% to +120%");
    expect(roiRange({ roi_low: 0, roi_high: 0 }, "en-US")).toBe("0%");
    expect(roiRange({ roi_low: null, roi_high: 1 }, "en-US")).toBe("—");
  });
});

describe("methodLabel", () => {
  test("names every method", () => {
    expect(METHODS.survey).toBe("Customer said");
    expect(METHODS.manual).toBe("In store (typed in)");
    expect(methodLabel({ method: "survey", survey_orders: 6 })).toBe("Customer said");
    expect(methodLabel({ method: "lift", survey_orders: 0 })).toBe("Sales lift (no code)");
    expect(methodLabel({ method: "none", survey_orders: 0 })).toBe("Not measured yet");
  });

  test("a counted partner with orders customers named them in adds \"customer said\"", () => {
    expect(methodLabel({ method: "code", survey_orders: 6 })).toBe("Code + customer said");
    expect(methodLabel({ method: "manual", survey_orders: 1 })).toBe("In store (typed in) + customer said");
    expect(methodLabel({ method: "code_and_manual", survey_orders: 2 })).toBe("Code + in store + customer said");
  });

  test("the method alone without such orders", () => {
    expect(methodLabel({ method: "code", survey_orders: 0 })).toBe("Code");
    expect(methodLabel({ method: "code_and_manual", survey_orders: 0 })).toBe("Code + in store");
  });
});
