import { describe, expect, test } from "vitest";
import type { FirstSteps } from "./bindings/FirstSteps";
import { doneCount, progressWords, shouldShow, STEP_COUNT, stepsOf } from "./first-steps";

const fresh: FirstSteps = {
  sales_imported: false,
  partners_added: false,
  campaign_created: false,
  coupon_sheet_printed: false,
  dismissed: false,
  campaign_with_codes: null,
};
const allDone: FirstSteps = { ...fresh, sales_imported: true, partners_added: true, campaign_created: true, coupon_sheet_printed: true, campaign_with_codes: 7 };

describe("stepsOf", () => {
  test("the four steps in order, with their titles", () => {
    const steps = stepsOf(fresh);
    expect(steps.map((s) => s.id)).toEqual(["sales", "partners", "campaign", "coupons"]);
    expect(steps.map((s) => s.title)).toEqual(["Import your sales", "Bring in your partners", "Create a campaign", "Print the coupon sheet"]);
    expect(steps).toHaveLength(STEP_COUNT);
  });

  test("each step is ticked from its own flag", () => {
    const flags = ["sales_imported", "partners_added", "campaign_created", "coupon_sheet_printed"] as const;
    flags.forEach((flag, i) => {
      const done = stepsOf({ ...fresh, [flag]: true }).map((s) => s.done);
      expect(done, flag).toEqual(flags.map((_, j) => j === i));
    });
  });

  test("hints say what each step is", () => {
    const [sales, partners, campaign, coupons] = stepsOf({ ...fresh, campaign_with_codes: 3 });
    expect(sales?.hint).toBe("Your shop's orders export from Shopify, Square, WooCommerce, Etsy, Stripe or PayPal: LocalLift reads it as it is.");
    expect(partners?.hint).toBe("Type them in, or import the spreadsheet you keep them in.");
    expect(campaign?.hint).toBe("Its dates, the partners in it and their codes.");
    expect(coupons?.hint).toBe("A page of each partner's code with a QR code, to hand out or post.");
  });

  test("each step's button opens the screen where it is done", () => {
    const routes = stepsOf({ ...fresh, campaign_with_codes: 3 }).map((s) => s.action.route);
    expect(routes).toEqual([{ name: "import" }, { name: "partners" }, { name: "campaigns" }, { name: "campaign", id: 3 }]);
  });

  test("without a campaign with codes, the coupon sheet says a campaign with codes comes first", () => {
    const coupons = stepsOf(fresh)[3];
    expect(coupons?.hint).toMatch(/needs a campaign with promo codes first/);
    expect(coupons?.action.route).toEqual({ name: "campaigns" });
    // Once printed, it reads as what it is, even if that campaign's codes are gone since.
    expect(stepsOf({ ...fresh, coupon_sheet_printed: true })[3]?.hint).toBe("A page of each partner's code with a QR code, to hand out or post.");
  });
});

describe("doneCount and progressWords", () => {
  test("count the steps done", () => {
    expect(doneCount(fresh)).toBe(0);
    expect(doneCount({ ...fresh, sales_imported: true, campaign_created: true })).toBe(2);
    expect(doneCount(allDone)).toBe(4);
    expect(progressWords({ ...fresh, partners_added: true, coupon_sheet_printed: true })).toBe("2 of 4 done");
    expect(progressWords(fresh)).toBe("0 of 4 done");
  });

  test("dismissing or a campaign with codes is not a step", () => {
    expect(doneCount({ ...fresh, dismissed: true, campaign_with_codes: 2 })).toBe(0);
  });
});

describe("shouldShow", () => {
  test("in the owner's shop until every step is done", () => {
    expect(shouldShow(fresh, false)).toBe(true);
    expect(shouldShow({ ...allDone, coupon_sheet_printed: false }, false)).toBe(true);
    expect(shouldShow(allDone, false)).toBe(false);
  });

  test("never in the demo shop", () => {
    expect(shouldShow(fresh, true)).toBe(false);
  });

  test("not once the owner hid it", () => {
    expect(shouldShow({ ...fresh, dismissed: true }, false)).toBe(false);
  });
});
