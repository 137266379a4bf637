// The Dashboard's "Getting started" list: a new shop's four first steps, in order, each ticked when the
// core finds it done (from the shop's data, never typed in), with where to go to do it.
import type { FirstSteps } from "./bindings/FirstSteps";
import { t } from "./i18n.svelte";
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

/** The four first steps, in the order a new owner takes them, in the window's language. */
export function stepsOf(f: FirstSteps): Step[] {
  const sheetCampaign = f.campaign_with_codes;
  return [
    {
      id: "sales",
      title: t("dashboard-step-sales-title"),
      done: f.sales_imported,
      hint: t("dashboard-step-sales-hint"),
      action: { label: t("dashboard-step-sales-action"), title: t("dashboard-step-sales-action-title"), route: { name: "import" } },
    },
    {
      id: "partners",
      title: t("dashboard-step-partners-title"),
      done: f.partners_added,
      hint: t("dashboard-step-partners-hint"),
      action: { label: t("dashboard-step-partners-action"), title: t("dashboard-step-partners-action-title"), route: { name: "partners" } },
    },
    {
      id: "campaign",
      title: t("dashboard-step-campaign-title"),
      done: f.campaign_created,
      hint: t("dashboard-step-campaign-hint"),
      action: { label: t("dashboard-step-campaign-action"), title: t("dashboard-step-campaign-action-title"), route: { name: "campaigns" } },
    },
    {
      id: "coupons",
      title: t("dashboard-step-coupons-title"),
      done: f.coupon_sheet_printed,
      // Without a campaign whose partners have codes there is no sheet to print yet: that comes first.
      hint:
        sheetCampaign == null && !f.coupon_sheet_printed
          ? t("dashboard-step-coupons-hint-first")
          : t("dashboard-step-coupons-hint"),
      action:
        sheetCampaign == null
          ? { label: t("dashboard-step-coupons-action-campaigns"), title: t("dashboard-step-coupons-action-campaigns-title"), route: { name: "campaigns" } }
          : { label: t("dashboard-step-coupons-action-campaign"), title: t("dashboard-step-coupons-action-campaign-title"), route: { name: "campaign", id: sheetCampaign } },
    },
  ];
}

/** How many of the steps are done. */
export function doneCount(f: FirstSteps): number {
  return stepsOf(f).filter((s) => s.done).length;
}

/** "2 of 4 done". */
export function progressWords(f: FirstSteps): string {
  return t("dashboard-first-steps-progress", { done: doneCount(f), total: STEP_COUNT });
}

/** The list is shown in the owner's own shop (never the demo), until they hide it or every step is done. */
export function shouldShow(f: FirstSteps, isDemo: boolean): boolean {
  return !isDemo && !f.dismissed && doneCount(f) < STEP_COUNT;
}
