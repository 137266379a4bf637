import { describe, expect, test } from "vitest";
import {
  addDays,
  addMonths,
  clampDay,
  dayPattern,
  formatDay,
  fullDay,
  inRange,
  isoWeekday,
  monthGrid,
  monthTitle,
  parseDay,
  patternHint,
  weekdayNames,
  weekEnd,
  weekStart,
  weekStartOf,
} from "./date-field";

// The date field writes and reads days in the shop's locale (every locale LocalLift supports), whatever the
// webview's; this runs in Node and in Chromium (vitest.chromium.config.ts).

/** Per locale: how 2026-04-19 is written, the hint, and texts that must read as 2026-04-19. */
const CASES: Record<string, { shown: string; hint: string; typed: string[]; wrong: string[] }> = {
  "en-US": { shown: "04/19/2026", hint: "MM/DD/YYYY", typed: ["4/19/2026", "04-19-2026", "4.19.26", "4 19 2026", " 04/19/2026 "], wrong: ["19/04/2026", "19.4.2026"] },
  "en-GB": { shown: "19/04/2026", hint: "DD/MM/YYYY", typed: ["19/4/2026", "19-04-2026", "19.04.26", "19 4 2026"], wrong: ["04/19/2026"] },
  "de-DE": { shown: "19.04.2026", hint: "DD.MM.YYYY", typed: ["19.4.2026", "19.04.26", "19/04/2026", "19-4-2026", "19 04 2026", "19.04.2026."], wrong: ["04/19/2026", "4.19.2026"] },
  "fr-FR": { shown: "19/04/2026", hint: "DD/MM/YYYY", typed: ["19/4/2026", "19.04.2026", "19-04-26", "19 04 2026"], wrong: ["04/19/2026"] },
  "es-ES": { shown: "19/04/2026", hint: "DD/MM/YYYY", typed: ["19/4/2026", "19-04-2026", "19.4.26"], wrong: ["4/19/2026"] },
  "es-MX": { shown: "19/04/2026", hint: "DD/MM/YYYY", typed: ["19/4/2026", "19-04-2026", "19 4 26"], wrong: ["4/19/2026"] },
  "pt-BR": { shown: "19/04/2026", hint: "DD/MM/YYYY", typed: ["19/4/2026", "19.04.2026", "19-4-26"], wrong: ["04/19/2026"] },
  "it-IT": { shown: "19/04/2026", hint: "DD/MM/YYYY", typed: ["19/4/2026", "19.04.2026", "19-04-26"], wrong: ["04/19/2026"] },
  "ja-JP": { shown: "2026/04/19", hint: "YYYY/MM/DD", typed: ["2026/4/19", "2026.04.19", "2026 4 19", "26/4/19", "2026年4月19日"], wrong: ["19/04/2026", "04/19/2026"] },
};

const TODAY = "2026-04-10";

describe("a day written and read in the locale", () => {
  for (const [loc, c] of Object.entries(CASES)) {
    test(`${loc}: "${c.shown}"`, () => {
      expect(formatDay("2026-04-19", loc)).toBe(c.shown);
      expect(patternHint(loc)).toBe(c.hint);
      expect(parseDay(c.shown, loc, TODAY)).toEqual({ ok: true, value: "2026-04-19" });
      for (const typed of c.typed) expect(parseDay(typed, loc, TODAY), typed).toEqual({ ok: true, value: "2026-04-19" });
      for (const wrong of c.wrong) expect(parseDay(wrong, loc, TODAY), wrong).toEqual({ ok: false });
      // What the field shows reads back as the same day, for days of every month.
      for (let m = 1; m <= 12; m++) {
        const day = `2025-${String(m).padStart(2, "0")}-0${(m % 9) + 1}`;
        expect(parseDay(formatDay(day, loc), loc, TODAY)).toEqual({ ok: true, value: day });
      }
    });

    test(`${loc}: ISO is always read`, () => {
      expect(parseDay("2026-04-19", loc, TODAY)).toEqual({ ok: true, value: "2026-04-19" });
      expect(parseDay("2025-12-26", loc, TODAY)).toEqual({ ok: true, value: "2025-12-26" });
      expect(parseDay("2026-4-9", loc, TODAY)).toEqual({ ok: true, value: "2026-04-09" });
    });
  }

  test("the hint uses the language's letters", () => {
    expect(patternHint("de-DE", { day: "TT", month: "MM", year: "JJJJ" })).toBe("TT.MM.JJJJ");
    expect(patternHint("fr-FR", { day: "JJ", month: "MM", year: "AAAA" })).toBe("JJ/MM/AAAA");
  });

  test("the pattern's order", () => {
    expect(dayPattern("de-DE").order).toEqual(["day", "month", "year"]);
    expect(dayPattern("en-US").order).toEqual(["month", "day", "year"]);
    expect(dayPattern("ja-JP").order).toEqual(["year", "month", "day"]);
  });

  test("empty text is no day; days that do not exist and other text are not days", () => {
    expect(parseDay("", "de-DE")).toEqual({ ok: true, value: "" });
    expect(parseDay("   ", "de-DE")).toEqual({ ok: true, value: "" });
    for (const wrong of ["31.04.2026", "29.02.2026", "2026-02-30", "2026-13-01", "0.1.2026", "1.1.206", "1.1", "1.1.2026.5", "morgen", "1a.1.2026", "19.04.20266"]) {
      expect(parseDay(wrong, "de-DE", TODAY), wrong).toEqual({ ok: false });
    }
    expect(parseDay("29.02.2028", "de-DE", TODAY)).toEqual({ ok: true, value: "2028-02-29" });
  });

  test("a 2-digit year is at most 20 years ahead of today", () => {
    expect(parseDay("1.1.46", "de-DE", TODAY)).toEqual({ ok: true, value: "2046-01-01" });
    expect(parseDay("1.1.47", "de-DE", TODAY)).toEqual({ ok: true, value: "1947-01-01" });
    expect(parseDay("1.1.99", "de-DE", "2090-01-01")).toEqual({ ok: true, value: "2099-01-01" });
  });

  test("no day is written for no day or a wrong one", () => {
    expect(formatDay("", "de-DE")).toBe("");
    expect(formatDay(null, "de-DE")).toBe("");
    expect(formatDay("2026-02-30", "de-DE")).toBe("");
  });
});

describe("the month grid", () => {
  test("starts on Monday in de-DE (first day 1)", () => {
    const weeks = monthGrid("2026-04-19", 1);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toBe("2026-03-30"); // April 2026 begins on a Wednesday
    expect(weeks[0]).toContain("2026-04-01");
    for (const week of weeks) expect(isoWeekday(week[0]!)).toBe(1);
    expect(weekdayNames("de-DE", 1).map((w) => w.short)).toEqual(["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]);
    expect(weekdayNames("de-DE", 1)[0]!.long).toBe("Montag");
  });

  test("starts on Sunday in en-US (first day 7)", () => {
    const weeks = monthGrid("2026-04-19", 7);
    expect(weeks[0]![0]).toBe("2026-03-29");
    for (const week of weeks) expect(isoWeekday(week[0]!)).toBe(7);
    expect(weekdayNames("en-US", 7).map((w) => w.short)).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
  });

  test("a month starting on the week's first day has it first", () => {
    expect(monthGrid("2026-06-10", 1)[0]![0]).toBe("2026-06-01"); // a Monday
    expect(monthGrid("2026-03-10", 7)[0]![0]).toBe("2026-03-01"); // a Sunday
    expect(monthGrid("2026-02-01", 6)[0]![0]).toBe("2026-01-31"); // Saturday-first weeks
  });

  test("days are consecutive across the six weeks", () => {
    const days = monthGrid("2024-02-10", 1).flat();
    for (let i = 1; i < days.length; i++) expect(days[i]).toBe(addDays(days[i - 1]!, 1));
  });

  test("the first day falls back to Monday", () => {
    expect(weekStartOf(undefined)).toBe(1);
    expect(weekStartOf(0)).toBe(1);
    expect(weekStartOf(8)).toBe(1);
    expect(weekStartOf(7)).toBe(7);
  });

  test("moving by days, weeks and months", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(weekStart("2026-04-19", 1)).toBe("2026-04-13");
    expect(weekEnd("2026-04-19", 1)).toBe("2026-04-19");
    expect(weekStart("2026-04-19", 7)).toBe("2026-04-19");
    expect(weekEnd("2026-04-19", 7)).toBe("2026-04-25");
  });

  test("min and max", () => {
    expect(inRange("2026-04-19", "2026-04-01", "2026-04-30")).toBe(true);
    expect(inRange("2026-03-31", "2026-04-01", "")).toBe(false);
    expect(inRange("2026-05-01", undefined, "2026-04-30")).toBe(false);
    expect(clampDay("2026-05-01", "2026-04-01", "2026-04-30")).toBe("2026-04-30");
    expect(clampDay("2026-03-01", "2026-04-01", "2026-04-30")).toBe("2026-04-01");
  });

  test("titles in the locale", () => {
    expect(monthTitle("2026-04-19", "de-DE")).toBe("April 2026");
    expect(monthTitle("2026-04-19", "fr-FR")).toBe("Avril 2026");
    expect(monthTitle("2026-04-19", "ja-JP")).toBe("2026年4月");
    expect(fullDay("2026-04-19", "en-US")).toBe("Sunday, April 19, 2026");
    expect(fullDay("2026-04-19", "de-DE")).toBe("Sonntag, 19. April 2026");
  });
});
