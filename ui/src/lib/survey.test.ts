import { describe, expect, test } from "vitest";
import type { SurveyAnswer } from "./bindings/SurveyAnswer";
import { readCount, readWords, saidShare, unreadWithSuggestion } from "./survey";

function answer(over: Partial<SurveyAnswer>): SurveyAnswer {
  return {
    answer: "Maya",
    answer_norm: "maya",
    orders: 1,
    net_minor: 2500,
    read: false,
    partner_id: null,
    partner_name: null,
    suggested_id: null,
    suggested_name: null,
    ...over,
  };
}

const list = [
  answer({ answer_norm: "maya", orders: 3, suggested_id: 7, suggested_name: "Maya Okafor" }),
  answer({ answer_norm: "insta maya", read: true, partner_id: 7, partner_name: "Maya Okafor" }),
  answer({ answer_norm: "google", read: true }),
  answer({ answer_norm: "saturday run club" }),
  answer({ answer_norm: "maya okafr", suggested_id: 7, suggested_name: "Maya Okafor" }),
  // Read already: its suggestion (if the core still sent one) is not offered again.
  answer({ answer_norm: "maya okafor", read: true, partner_id: 7, partner_name: "Maya Okafor", suggested_id: 7 }),
];

describe("unreadWithSuggestion", () => {
  test("only answers not read yet that have a suggestion, in the list's order", () => {
    expect(unreadWithSuggestion(list).map((a) => a.answer_norm)).toEqual(["maya", "maya okafr"]);
    expect(unreadWithSuggestion([])).toEqual([]);
  });

  test("an answer read as naming no partner is not unread", () => {
    expect(unreadWithSuggestion([answer({ read: true, partner_id: null, suggested_id: 3 })])).toEqual([]);
  });
});

describe("readCount", () => {
  test("counts the answers read, naming a partner or none", () => {
    expect(readCount(list)).toBe(3);
    expect(readCount([])).toBe(0);
  });

  test("in words", () => {
    expect(readWords(list, "en-US")).toBe("3 of 6 answers read");
    expect(readWords([answer({ read: true })], "en-US")).toBe("1 of 1 answer read");
    expect(readWords([], "en-US")).toBe("0 of 0 answers read");
  });
});

describe("saidShare", () => {
  test("the share of counted orders that rest on what customers said", () => {
    expect(saidShare({ survey_orders: 6, attributed_orders: 8 }, "en-US")).toBe("6 of 8 orders (75%) rest on what customers said");
    expect(saidShare({ survey_orders: 1, attributed_orders: 3 }, "en-US")).toBe("1 of 3 orders (33%) rests on what customers said");
    expect(saidShare({ survey_orders: 2, attributed_orders: 2 }, "en-US")).toBe("2 of 2 orders (100%) rest on what customers said");
    expect(saidShare({ survey_orders: 1, attributed_orders: 1 }, "en-US")).toBe("1 of 1 order (100%) rests on what customers said");
  });

  test("in the locale's digits", () => {
    expect(saidShare({ survey_orders: 1200, attributed_orders: 1600 }, "de-DE")).toBe("1.200 of 1.600 orders (75\u00a0%) rest on what customers said");
  });

  test("nothing when no order rests on an answer", () => {
    expect(saidShare({ survey_orders: 0, attributed_orders: 8 }, "en-US")).toBeNull();
    expect(saidShare({ survey_orders: 0, attributed_orders: 0 }, "en-US")).toBeNull();
  });
});
