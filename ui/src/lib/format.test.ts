import { describe, expect, test } from "vitest";
import { compact, dateTime, day, minorDigits, money, moneyInput, parseMoney, parseNumber, percent, systemLocale } from "./format";

describe("money", () => {
  test("is formatted from minor units with the currency's own digits", () => {
    expect(money(114900, "USD", "en-US")).toBe("$1,149.00");
    expect(money(-900, "USD", "en-US")).toBe("-$9.00");
    expect(money(1500, "JPY", "ja-JP")).toBe("￥1,500");
    expect(money(114950, "EUR", "de-DE")).toBe("1.149,50\u00a0€");
  });

  test("currencies know their minor digits", () => {
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
  });

  test("typed amounts parse exactly into minor units", () => {
    expect(parseMoney("150", "USD", "en-US")).toBe(15000);
    expect(parseMoney("1,149.5", "USD", "en-US")).toBe(114950);
    expect(parseMoney("$ 0.07", "USD", "en-US")).toBe(7);
    expect(parseMoney("1.149,50 €", "EUR", "de-DE")).toBe(114950);
    expect(parseMoney("-9", "USD", "en-US")).toBe(-900);
    expect(parseMoney("1500", "JPY", "ja-JP")).toBe(1500);
    // 0.1 + 0.2 style float errors cannot happen: 19.99 is exactly 1999.
    expect(parseMoney("19.99", "USD", "en-US")).toBe(1999);
  });

  test("amounts that are not amounts are refused", () => {
    expect(parseMoney("", "USD", "en-US")).toBeNull();
    expect(parseMoney("abc", "USD", "en-US")).toBeNull();
    expect(parseMoney("1.234", "USD", "en-US")).toBeNull(); // three decimals for a 2-digit currency
    expect(parseMoney("1.2.3", "USD", "en-US")).toBeNull();
    expect(parseMoney("12.5", "JPY", "ja-JP")).toBeNull();
  });

  test("an amount shown in an input parses back to itself", () => {
    for (const minor of [0, 7, 1999, 114950, 100000000]) {
      expect(parseMoney(moneyInput(minor, "USD", "en-US"), "USD", "en-US")).toBe(minor);
      expect(parseMoney(moneyInput(minor, "EUR", "fr-FR"), "EUR", "fr-FR")).toBe(minor);
    }
  });
});

describe("numbers and dates", () => {
  test("followers are compact", () => {
    expect(compact(8400, "en-US")).toBe("8.4K");
    expect(compact(128000, "en-US")).toBe("128K");
    expect(compact(null, "en-US")).toBe("—");
  });

  test("percent takes percent, not a fraction", () => {
    expect(percent(6.1, "en-US")).toBe("6.1%");
    expect(percent(12.5, "fr-FR")).toBe("12,5\u00a0%");
  });

  test("a shop-local day never shifts with the computer's time zone", () => {
    expect(day("2026-04-06", "en-US")).toBe("Apr 6, 2026");
    expect(day("2026-12-31", "de-DE")).toBe("31.12.2026");
  });

  test("instants are shown in the shop's time zone", () => {
    expect(dateTime("2024-03-10T04:30:00Z", "en-US", "America/New_York")).toBe("Mar 9, 2024, 11:30 PM");
    expect(dateTime("2024-03-10T04:30:00Z", "en-US", "UTC")).toBe("Mar 10, 2024, 4:30 AM");
  });

  test("typed numbers follow the locale", () => {
    expect(parseNumber("12,5", "fr-FR")).toBe(12.5);
    expect(parseNumber("12.5", "en-US")).toBe(12.5);
    expect(parseNumber("1,200", "en-US")).toBe(1200);
    expect(parseNumber("x", "en-US")).toBeNull();
    expect(parseNumber("", "en-US")).toBeNull();
  });
});

test("the POSIX locale of a machine without LANG falls back to en-US; real locales are kept", () => {
  expect(systemLocale("en-US-POSIX")).toBe("en-US");
  expect(systemLocale("en-US-u-va-posix")).toBe("en-US");
  expect(systemLocale("de-DE")).toBeUndefined();
});
