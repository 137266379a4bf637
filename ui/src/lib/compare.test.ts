import { describe, expect, test } from "vitest";
import { changeWords, moved, ratioText, signedDifference } from "./compare";
import { money } from "./format";

const usd = (n: number) => money(n, "USD", "en-US");

describe("how a figure moved", () => {
  test("differences carry their sign, ratios are whole percent with theirs", () => {
    expect(signedDifference(120000, usd)).toBe("+$1,200.00");
    expect(signedDifference(-9000, usd)).toBe("-$90.00");
    expect(signedDifference(0, usd)).toBe("$0.00");
    expect(ratioText(0.123, "en-US")).toBe("+12%");
    expect(ratioText(-0.09, "en-US")).toBe("-9%");
    expect(ratioText(0, "en-US")).toBe("0%");
  });

  test("a card's change: the percent in words, the difference in the tooltip", () => {
    expect(moved({ difference: -9000, ratio: -0.09 }, usd, "vs the period before", "none in the period before", "en-US")).toEqual({
      text: "-9% vs the period before",
      title: "-$90.00",
    });
    // Nothing then, something now: no percent to give.
    expect(moved({ difference: 5000, ratio: null }, usd, "vs a year earlier", "none a year earlier", "en-US")).toEqual({
      text: "none a year earlier",
      title: "+$50.00",
    });
    // Nothing then and nothing now: nothing to say.
    expect(moved({ difference: 0, ratio: null }, usd, "vs a year earlier", "none a year earlier", "en-US")).toBeNull();
  });

  test("a change in words: the money and the percent, or nothing to compare with", () => {
    expect(changeWords({ difference: 120000, ratio: 0.25 }, usd, undefined, "en-US")).toBe("+$1,200.00 (+25%)");
    expect(changeWords({ difference: -4550, ratio: -0.1 }, usd, undefined, "en-US")).toBe("-$45.50 (-10%)");
    expect(changeWords({ difference: 120000, ratio: null }, usd)).toBe("nothing to compare with");
    expect(changeWords({ difference: 0, ratio: null }, usd, "no sales then")).toBe("no sales then");
  });
});
