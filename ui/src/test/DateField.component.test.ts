import { afterEach, describe, expect, test } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-svelte";
import DateFieldHarness from "./DateFieldHarness.svelte";
import { closeShop, fillIn, openShop } from "./mock-shell";
import { t } from "../lib/i18n.svelte";

// DateField rendered in Chromium: typed and chosen in the shop's locale, whatever the browser's.

afterEach(() => closeShop());

/** The calendar day of the focused grid cell. */
const focusedDay = () => (document.activeElement as HTMLElement | null)?.dataset.day;
/** The days of the grid's first week, and its column heads. */
const firstWeek = () => [...document.querySelectorAll<HTMLElement>("[role=grid] tbody tr:first-child td")].map((td) => td.dataset.day);
const heads = () => [...document.querySelectorAll<HTMLElement>("[role=grid] thead th")].map((th) => th.textContent);

describe("DateField", () => {
  test("typing in de-DE: the German order, any separator, ISO; a wrong day says what to type", async () => {
    await openShop({ locale: "de-DE", firstDay: 1 });
    const screen = await render(DateFieldHarness, { value: "2026-04-19" });
    const input = screen.getByLabelText("Day", { exact: true });
    const value = screen.getByTestId("value");
    await expect.element(input).toHaveValue("19.04.2026");
    await expect.element(input).toHaveAttribute("placeholder", "TT.MM.JJJJ");

    await input.fill("3.5.2026");
    await expect.element(value).toHaveTextContent("2026-05-03");
    await userEvent.tab(); // leaving the box writes the day the German way
    await expect.element(input).toHaveValue("03.05.2026");

    await input.fill("24/12/26");
    await expect.element(value).toHaveTextContent("2026-12-24");

    // What the end-to-end tests do: an ISO day set as the value, with input and change events.
    fillIn(input.element(), "2025-12-26");
    await expect.element(value).toHaveTextContent("2025-12-26");
    await expect.element(input).toHaveValue("26.12.2025");

    await input.fill("31.04.2026");
    await expect.element(value).toHaveTextContent("(none)");
    await userEvent.tab();
    await expect.element(input).toHaveAttribute("aria-invalid", "true");
    // The hint as the German catalogue writes it, around the German letters.
    const hint = t("datefield-pattern", { pattern: "TT.MM.JJJJ" });
    expect(hint).not.toContain("Type the day");
    await expect.element(screen.getByText(hint)).toBeVisible();
    await expect.element(input).toHaveAccessibleDescription(hint);
    expect(screen.getByTestId("changes").element().textContent).toBe("2026-05-03,2025-12-26,");

    await input.fill("30.04.2026");
    await expect.element(value).toHaveTextContent("2026-04-30");
    await expect.element(input).not.toHaveAttribute("aria-invalid");
  });

  test("a value set from outside is written in the box", async () => {
    await openShop({ locale: "de-DE", firstDay: 1 });
    const screen = await render(DateFieldHarness, { value: "" });
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveValue("");
    await screen.getByRole("button", { name: "Set from outside" }).click();
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveValue("24.12.2026");
  });

  test("choosing a day in the calendar with the keyboard (de-DE)", async () => {
    await openShop({ locale: "de-DE", firstDay: 1, today: "2026-04-10" });
    const screen = await render(DateFieldHarness, { value: "2026-04-19" });
    const button = screen.getByRole("button", { name: "Tag wählen" });
    await button.click();
    const dialog = page.getByRole("dialog");
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveAccessibleName("April 2026");
    await expect.poll(focusedDay).toBe("2026-04-19");
    await expect.element(page.getByRole("gridcell", { name: "Freitag, 10. April 2026" })).toHaveAttribute("aria-current", "date");
    await expect.element(page.getByRole("gridcell", { name: "Sonntag, 19. April 2026" })).toHaveAttribute("aria-selected", "true");

    await userEvent.keyboard("{ArrowRight}");
    await expect.poll(focusedDay).toBe("2026-04-20");
    await userEvent.keyboard("{ArrowDown}");
    await expect.poll(focusedDay).toBe("2026-04-27");
    await userEvent.keyboard("{PageDown}");
    await expect.poll(focusedDay).toBe("2026-05-27");
    await expect.element(dialog).toHaveAccessibleName("Mai 2026");
    await userEvent.keyboard("{Home}");
    await expect.poll(focusedDay).toBe("2026-05-25"); // a Monday: the German week's first day
    await userEvent.keyboard("{End}");
    await expect.poll(focusedDay).toBe("2026-05-31");
    await userEvent.keyboard("{ArrowLeft}{ArrowUp}{PageUp}");
    await expect.poll(focusedDay).toBe("2026-04-23");
    await userEvent.keyboard("{Enter}");

    await expect.element(screen.getByTestId("value")).toHaveTextContent("2026-04-23");
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveValue("23.04.2026");
    await expect.element(page.getByRole("dialog")).not.toBeInTheDocument();
    await expect.element(button).toHaveFocus();

    // Escape closes without choosing and gives the focus back to the button.
    await button.click();
    await expect.poll(focusedDay).toBe("2026-04-23");
    await userEvent.keyboard("{ArrowRight}{Escape}");
    await expect.element(page.getByRole("dialog")).not.toBeInTheDocument();
    await expect.element(button).toHaveFocus();
    await expect.element(screen.getByTestId("value")).toHaveTextContent("2026-04-23");

    // The month buttons, and a click on a day.
    await button.click();
    await page.getByRole("button", { name: "Nächster Monat" }).click();
    await expect.element(page.getByRole("dialog")).toHaveAccessibleName("Mai 2026");
    await page.getByRole("button", { name: "Vorheriger Monat" }).click();
    await page.getByRole("button", { name: "Vorheriger Monat" }).click();
    await expect.element(page.getByRole("dialog")).toHaveAccessibleName("März 2026");
    await page.getByRole("gridcell", { name: "Dienstag, 17. März 2026" }).click();
    await expect.element(screen.getByTestId("value")).toHaveTextContent("2026-03-17");
  });

  test("weeks start on Monday in de-DE", async () => {
    await openShop({ locale: "de-DE", firstDay: 1 });
    const screen = await render(DateFieldHarness, { value: "2026-04-19" });
    await screen.getByRole("button", { name: "Tag wählen" }).click();
    await expect.element(page.getByRole("grid")).toBeVisible();
    expect(heads()).toEqual(["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]);
    expect(firstWeek()).toEqual(["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"]);
  });

  test("weeks start on Sunday in en-US", async () => {
    await openShop({ locale: "en-US", firstDay: 7 });
    const screen = await render(DateFieldHarness, { value: "2026-04-19" });
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveValue("04/19/2026");
    await screen.getByRole("button", { name: "Choose a day" }).click();
    await expect.element(page.getByRole("dialog")).toHaveAccessibleName("April 2026");
    expect(heads()).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    expect(firstWeek()).toEqual(["2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04"]);
  });

  test("days after max cannot be chosen, and a later month cannot be shown", async () => {
    await openShop({ locale: "en-US", firstDay: 7 });
    const screen = await render(DateFieldHarness, { value: "2026-04-19", max: "2026-04-20" });
    await screen.getByRole("button", { name: "Choose a day" }).click();
    const late = page.getByRole("gridcell", { name: "Tuesday, April 21, 2026" });
    await expect.element(late).toHaveAttribute("aria-disabled", "true");
    await late.click();
    await expect.element(page.getByRole("dialog")).toBeVisible();
    await expect.element(screen.getByTestId("value")).toHaveTextContent("2026-04-19");
    await expect.element(page.getByRole("button", { name: "Next month" })).toBeDisabled();

    // Typed, a later day is kept (the shell says why it is refused) but the box says which days are allowed.
    await userEvent.keyboard("{Escape}");
    await screen.getByLabelText("Day", { exact: true }).fill("4/25/2026");
    await userEvent.tab();
    await expect.element(screen.getByTestId("value")).toHaveTextContent("2026-04-25");
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect.element(screen.getByText("Choose 04/20/2026 or earlier")).toBeVisible();
  });

  test("the calendar is not clipped by a scrolling panel around it", async () => {
    await openShop({ locale: "en-US", firstDay: 7 });
    const box = document.createElement("div");
    box.style.cssText = "overflow:hidden;height:60px;width:200px;position:relative";
    document.body.append(box);
    try {
      const screen = await render(DateFieldHarness, { value: "2026-04-19" }, { baseElement: box });
      await screen.getByRole("button", { name: "Choose a day" }).click();
      const grid = page.getByRole("grid");
      await expect.element(grid).toBeVisible();
      expect(box.contains(grid.element())).toBe(true);
      const cell = page.getByRole("gridcell", { name: "Thursday, April 30, 2026" }).element().getBoundingClientRect();
      const under = document.elementFromPoint(cell.left + cell.width / 2, cell.top + cell.height / 2) as HTMLElement | null;
      expect(under?.dataset.day).toBe("2026-04-30");
    } finally {
      box.remove();
    }
  });

  test("in a modal dialog: the calendar is above it, and Escape closes only the calendar", async () => {
    await openShop({ locale: "en-US", firstDay: 7 });
    const dialog = document.createElement("dialog");
    dialog.style.cssText = "max-height:120px;overflow:auto;padding:8px";
    document.body.append(dialog);
    dialog.showModal();
    try {
      const screen = await render(DateFieldHarness, { value: "2026-04-19" }, { baseElement: dialog });
      const button = screen.getByRole("button", { name: "Choose a day" });
      await button.click();
      await expect.poll(focusedDay).toBe("2026-04-19");
      expect(dialog.contains(page.getByRole("grid").element())).toBe(true);
      const cell = page.getByRole("gridcell", { name: "Thursday, April 30, 2026" }).element().getBoundingClientRect();
      const under = document.elementFromPoint(cell.left + cell.width / 2, cell.top + cell.height / 2) as HTMLElement | null;
      expect(under?.dataset.day).toBe("2026-04-30");
      await userEvent.keyboard("{Escape}");
      await expect.element(page.getByRole("grid")).not.toBeInTheDocument();
      await expect.element(button).toHaveFocus();
      expect(dialog.open).toBe(true);
    } finally {
      dialog.close();
      dialog.remove();
    }
  });

  test("switching the language re-renders the field's words and days", async () => {
    await openShop({ locale: "en-US", firstDay: 7 });
    const screen = await render(DateFieldHarness, { value: "2026-04-19" });
    await expect.element(screen.getByRole("button", { name: "Choose a day" })).toBeVisible();
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveValue("04/19/2026");
    await openShop({ locale: "de-DE", firstDay: 1 });
    await expect.element(screen.getByRole("button", { name: "Tag wählen" }), { timeout: 2000 }).toBeVisible();
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveValue("19.04.2026");
    await expect.element(screen.getByLabelText("Day", { exact: true })).toHaveAttribute("placeholder", "TT.MM.JJJJ");
  });
});
