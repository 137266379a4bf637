import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { page } from "vitest/browser";
import { render } from "vitest-browser-svelte";
import type { Campaign } from "../lib/bindings/Campaign";
import type { FirstSteps as Steps } from "../lib/bindings/FirstSteps";
import type { Holiday } from "../lib/bindings/Holiday";
import Campaigns from "../screens/Campaigns.svelte";
import FirstSteps from "../screens/FirstSteps.svelte";
import Holidays from "../screens/Holidays.svelte";
import { clearShell, closeShop, fillIn, mockShell, openShop } from "./mock-shell";

// Real screens rendered in Chromium, the shell's commands answered by mock-shell.ts: what they show of the
// shell's data, and which commands they call with which arguments.

beforeEach(() => openShop({ locale: "en-US", firstDay: 7, today: "2026-04-10" }));
afterEach(() => {
  clearShell();
  closeShop();
});

describe("Holidays", () => {
  test("lists the marked days; marking and unmarking one calls the shell", async () => {
    let days: Holiday[] = [{ day: "2025-12-25", name: "Christmas" }];
    const shell = mockShell({
      list_holidays: () => days,
      set_holiday: ({ holiday }) => (days = [...days, holiday as Holiday].sort((a, b) => a.day.localeCompare(b.day))),
      remove_holiday: ({ day }) => (days = days.filter((h) => h.day !== day)),
    });
    const screen = await render(Holidays);
    await expect.element(screen.getByRole("heading", { name: "Unusual days" })).toBeVisible();
    await expect.element(screen.getByText("Christmas")).toBeVisible();
    await expect.element(screen.getByRole("listitem").first()).toHaveTextContent("Dec 25, 2025 · Christmas");
    expect(shell.calls("list_holidays")).toEqual([{}]);

    fillIn(screen.getByLabelText("Day", { exact: true }).element(), "2025-12-26");
    await screen.getByLabelText("What").fill("Boxing Day");
    await screen.getByRole("button", { name: "Mark the day" }).click();

    await expect.element(screen.getByText("Boxing Day")).toBeVisible();
    expect(shell.calls("set_holiday")).toEqual([{ holiday: { day: "2025-12-26", name: "Boxing Day" } }]);
    await expect.element(screen.getByRole("listitem").nth(1)).toHaveTextContent("Dec 26, 2025 · Boxing Day");
    await expect.element(screen.getByLabelText("What")).toHaveValue("");

    await screen.getByRole("button", { name: "Unmark Dec 25, 2025" }).click();
    await expect.element(screen.getByText("Christmas")).not.toBeInTheDocument();
    expect(shell.calls("remove_holiday")).toEqual([{ day: "2025-12-25" }]);
    expect(shell.log.map((c) => c.command)).toEqual(["list_holidays", "set_holiday", "remove_holiday"]);
  });

  test("says when no day is marked, and shows the shell's refusal", async () => {
    const shell = mockShell({ list_holidays: [] });
    shell.fail("set_holiday", { message: "Say what the day is" });
    const screen = await render(Holidays);
    await expect.element(screen.getByText("No unusual days marked.")).toBeVisible();
    await screen.getByRole("button", { name: "Mark the day" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Say what the day is");
    await expect.element(screen.getByText("No unusual days marked.")).toBeVisible();
    expect(shell.calls("set_holiday")).toHaveLength(1);
  });
});

const campaign = (over: Partial<Campaign>): Campaign => ({
  id: 1,
  cancelled: false,
  phase: "upcoming",
  counts_until: "2026-04-26",
  archived: false,
  partner_count: 2,
  codes: ["SPRING10", "LEAFY"],
  created_at: "2026-03-01T10:00:00Z",
  updated_at: "2026-03-01T10:00:00Z",
  name: "Spring repotting",
  goal: "Sell repotting kits",
  start: "2026-04-06",
  end: "2026-04-19",
  window_days: 7,
  other_costs_minor: 0,
  owner_hours: 0,
  notes: "",
  ...over,
});

describe("Campaigns", () => {
  test("shows the shell's campaigns, newest first, and searches through the shell", async () => {
    const shell = mockShell({
      list_campaigns: ({ query }) => {
        const q = query as { search: string | null };
        const all = [campaign({}), campaign({ id: 2, name: "Winter sale", phase: "finished", codes: [], partner_count: 0, start: "2025-12-01", end: "2025-12-24", goal: "" })];
        return q.search ? all.filter((c) => c.name.toLowerCase().includes(q.search!.toLowerCase())) : all;
      },
    });
    const screen = await render(Campaigns);
    const table = screen.getByRole("table", { name: "Campaigns" });
    await expect.element(table).toBeVisible();
    await expect.element(screen.getByRole("row").nth(1)).toHaveTextContent(/Spring repotting/);
    await expect.element(screen.getByRole("row").nth(1)).toHaveTextContent(/SPRING10/);
    await expect.element(screen.getByRole("row").nth(1)).toHaveTextContent(/Upcoming/);
    await expect.element(screen.getByRole("row").nth(2)).toHaveTextContent(/Winter sale/);
    const first = shell.calls("list_campaigns")[0]!.query as Record<string, unknown>;
    expect(first).toMatchObject({ sort: "start", descending: true, search: null, phase: null, include_archived: false });

    await screen.getByRole("searchbox", { name: "Search campaigns" }).fill("winter");
    await expect.element(screen.getByText("Spring repotting")).not.toBeInTheDocument();
    await expect.element(screen.getByText("Winter sale")).toBeVisible();
    expect(shell.calls("list_campaigns").at(-1)).toMatchObject({ query: { search: "winter" } });
  });

  test("a long list shows its first 50 campaigns, then more on asking; another search starts again", async () => {
    const all = Array.from({ length: 120 }, (_, i) =>
      campaign({ id: i + 1, name: `Campaign ${String(i + 1).padStart(3, "0")}`, codes: [] }),
    );
    const shell = mockShell({
      list_campaigns: ({ query }) => {
        const q = query as { search: string | null };
        return q.search ? all.filter((c) => c.name.includes(q.search!)) : all;
      },
    });
    const screen = await render(Campaigns);
    const rows = () => screen.getByRole("table", { name: "Campaigns" }).getByRole("row");
    await expect.element(screen.getByText("Showing 50 of 120")).toBeVisible();
    expect(rows().elements()).toHaveLength(51); // the header and 50 campaigns
    await expect.element(rows().nth(50)).toHaveTextContent(/Campaign 050/);

    await screen.getByRole("button", { name: "Show 50 more" }).click();
    await expect.element(screen.getByText("Showing 100 of 120")).toBeVisible();
    expect(rows().elements()).toHaveLength(101);
    await screen.getByRole("button", { name: "Show 20 more" }).click();
    await expect.element(screen.getByText(/^Showing/)).not.toBeInTheDocument();
    expect(rows().elements()).toHaveLength(121);
    await expect.element(rows().nth(120)).toHaveTextContent(/Campaign 120/);

    // Another search is another list: its first 50 again, and "Show all" shows every one.
    await screen.getByRole("searchbox", { name: "Search campaigns" }).fill("Campaign 0");
    await expect.element(screen.getByText("Showing 50 of 99")).toBeVisible();
    await screen.getByRole("button", { name: "Show all 99" }).click();
    await expect.element(screen.getByRole("button", { name: /^Show/ })).not.toBeInTheDocument();
    expect(rows().elements()).toHaveLength(100);
    expect(shell.calls("list_campaigns").at(-1)).toMatchObject({ query: { search: "Campaign 0" } });
  });

  test("a shop with no campaign is told how to plan one", async () => {
    mockShell({ list_campaigns: [] });
    const screen = await render(Campaigns);
    await expect.element(screen.getByRole("heading", { name: "No campaigns yet" })).toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Plan a campaign" })).toBeVisible();
    await expect.element(screen.getByRole("table")).not.toBeInTheDocument();
  });

  test("an error from the shell is shown", async () => {
    const shell = mockShell({});
    shell.fail("list_campaigns", { kind: "database", message: "The shop file could not be read" });
    const screen = await render(Campaigns);
    await expect.element(screen.getByRole("alert")).toHaveTextContent("The shop file could not be read");
  });

  test("switching the language re-renders the screen in German", async () => {
    mockShell({ list_campaigns: [] });
    const screen = await render(Campaigns);
    await expect.element(screen.getByRole("heading", { name: "No campaigns yet" })).toBeVisible();
    await openShop({ locale: "de-DE", firstDay: 1 });
    await expect.element(screen.getByRole("heading", { name: "Noch keine Kampagnen" }), { timeout: 2000 }).toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Kampagne planen" })).toBeVisible();
    await expect.element(page.getByRole("heading", { name: "Kampagnen", exact: true })).toBeVisible();
  });
});

describe("FirstSteps", () => {
  const steps: Steps = { sales_imported: true, partners_added: false, campaign_created: false, coupon_sheet_printed: false, dismissed: false, campaign_with_codes: null };

  test("ticks the steps done; hiding the list calls the shell and hands back its answer", async () => {
    const shell = mockShell({ dismiss_first_steps: { ...steps, dismissed: true } });
    const got: Steps[] = [];
    const screen = await render(FirstSteps, { steps, onchange: (next: Steps) => got.push(next) });
    await expect.element(screen.getByRole("heading", { name: "Getting started" })).toBeVisible();
    await expect.element(screen.getByRole("img", { name: "done", exact: true })).toBeVisible();
    await expect.element(screen.getByText("Import your sales")).toBeVisible();
    await expect.element(screen.getByText("1 of 4 done")).toBeVisible();
    expect(document.querySelectorAll("[data-done=true]")).toHaveLength(1);
    expect(document.querySelectorAll("[data-done=false]")).toHaveLength(3);
    await screen.getByRole("button", { name: "Hide this list" }).click();
    await expect.poll(() => got.length).toBe(1);
    expect(got[0]!.dismissed).toBe(true);
    expect(shell.calls("dismiss_first_steps")).toEqual([{}]);
  });
});
