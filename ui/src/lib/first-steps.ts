// The Dashboard's "Getting started" list: a new shop's four first steps, in order, each ticked when the
// core finds it done (from the shop's data, never typed in), with where to go to do it.
import type { FirstSteps } from "./bindings/FirstSteps";
import type { Route } from "./router.svelte";

export type StepId = "sales" | "partners" | "campaign" | "coupons";

export type Step = {
  id: StepId;
  title: string;
  done: boolean;
  /** One sentence on what the step is. */
  hint: string;
  /** The button that takes the owner where the step is done, and the screen it opens. */
  action: { label: string; title: string; route: Route };
};

/** How many steps the list has. */
export const STEP_COUNT = 4;

/** The four first steps, in the order a new owner takes them. */
export function stepsOf(f: FirstSteps): Step[] {
  const sheetCampaign = f.campaign_with_codes;
  return [
    {
      id: "sales",
      title: "Import your sales",
      done: f.sales_imported,
      hint: "Your shop's orders export from Shopify, Square, WooCommerce, Etsy, Stripe or PayPal: LocalLift reads it as it is.",
      action: { label: "Import sales", title: "Open Import, where a sales export is read", route: { name: "import" } },
    },
    {
      id: "partners",
      title: "Bring in your partners",
      done: f.partners_added,
      hint: "Type them in, or import the spreadsheet you keep them in.",
      action: { label: "Add partners", title: "Open Partners: New partner, or Import a spreadsheet…", route: { name: "partners" } },
    },
    {
      id: "campaign",
      title: "Create a campaign",
      done: f.campaign_created,
      hint: "Its dates, the partners in it and their codes.",
      action: { label: "Plan a campaign", title: "Open Campaigns: New campaign", route: { name: "campaigns" } },
    },
    {
      id: "coupons",
      title: "Print the coupon sheet",
      done: f.coupon_sheet_printed,
      // Without a campaign whose partners have codes there is no sheet to print yet: that comes first.
      hint:
        sheetCampaign == null && !f.coupon_sheet_printed
          ? "It needs a campaign with promo codes first: give the partners in a campaign their codes, then print the page of each partner's code with a QR code."
          : "A page of each partner's code with a QR code, to hand out or post.",
      action:
        sheetCampaign == null
          ? { label: "Go to Campaigns", title: "Open Campaigns, then a campaign, to give its partners their codes", route: { name: "campaigns" } }
          : { label: "Open the campaign", title: "Its page has the Coupon sheet button, above its results", route: { name: "campaign", id: sheetCampaign } },
    },
  ];
}

/** How many of the steps are done. */
export function doneCount(f: FirstSteps): number {
  return stepsOf(f).filter((s) => s.done).length;
}

/** "2 of 4 done". */
export function progressWords(f: FirstSteps): string {
  return `${doneCount(f)} of ${STEP_COUNT} done`;
}

/** The list is shown in the owner's own shop (never the demo), until they hide it or every step is done. */
export function shouldShow(f: FirstSteps, isDemo: boolean): boolean {
  return !isDemo && !f.dismissed && doneCount(f) < STEP_COUNT;
}
