import { describe, expect, test } from "vitest";
import { compact, count, dateTime, day, minorDigits, money, moneyInput, parseMoney, parseNumber, percent, setShopToday, setTimeZone, shopToday, systemLocale } from "./format";

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

  test("today is the shop's calendar day, in its time zone", () => {
    const now = new Date("2026-03-10T03:30:00Z");
    expect(shopToday("UTC", now)).toBe("2026-03-10");
    expect(shopToday("America/Los_Angeles", now)).toBe("2026-03-09");
    expect(shopToday("Pacific/Kiritimati", new Date("2026-12-31T11:00:00Z"))).toBe("2027-01-01");
    // An unknown zone: the computer's own day.
    expect(shopToday("Not/A_Zone", now)).toMatch(/^2026-03-(09|10|11)$/);
  });

  test("once a shop is open, today is the core's", () => {
    setTimeZone("America/Los_Angeles");
    setShopToday("2026-03-08");
    expect(shopToday()).toBe("2026-03-08");
    setShopToday(null);
    setTimeZone(null);
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

// The core writes money, numbers and dates from CLDR (ICU4X) for the PDF, the charts and the CLI; the
// window writes them with Intl. format-cases.json is what the core says (written by `cargo test`,
// tests/core/locale.rs): the window must say the same, for every supported locale, with the currency
// digits the core sends (never Intl's: Chromium says 0 for HUF and IDR, ISO 4217 says 2).
import cases from "./format-cases.json";
import { setFormat, times } from "./format";

describe("the window writes what the core writes", () => {
  for (const c of cases.cases) {
    test(`${c.locale} ${c.currency}`, () => {
      setFormat({
        locale: c.locale,
        from_system: false,
        system: "en-US",
        supported: [],
        first_day_of_week: c.first_day_of_week,
        letter_paper: false,
        decimal: c.decimal,
        group: c.group,
        csv_separator: ",",
        currency: c.currency,
        currency_exponent: c.exponent,
      });
      try {
        expect(minorDigits(c.currency)).toBe(c.exponent);
        for (const [minor, text] of c.money as [number, string][]) expect(money(minor, c.currency, c.locale)).toBe(text);
        for (const [minor, text] of c.money_whole as [number, string][])
          expect(money(minor, c.currency, c.locale, { whole: true })).toBe(text);
        for (const [n, text] of c.count as [number, string][]) expect(count(n, c.locale)).toBe(text);
        for (const [pct, signed, text] of c.percent as [number, boolean, string][])
          expect(percent(pct, c.locale, 0, signed)).toBe(text);
        for (const [iso, text] of c.day as [string, string][]) expect(day(iso, c.locale)).toBe(text);
        for (const [ratio, text] of c.times as [number, string][]) expect(times(ratio, c.locale)).toBe(text);
      } finally {
        setFormat(null);
      }
    });
  }
});
