// The shell, faked for component tests in Chromium: every `invoke` the window makes (through the generated
// commands.ts, ipc.ts's `call`) is answered from a table of named commands, and recorded. Built on
// @tauri-apps/api/mocks's `mockIPC`, which installs the `window.__TAURI_INTERNALS__` that `invoke` talks to.
//
//   const shell = mockShell({ list_holidays: [], set_holiday: ({ holiday }) => [holiday] });
//   ... render, click ...
//   expect(shell.calls("set_holiday")).toEqual([{ holiday: { day: "2025-12-26", name: "Fair" } }]);
//
// A command the table lacks rejects with an ApiError naming it, as the shell's own errors do, so a screen
// that asks for something unexpected says so on screen and in `shell.log`.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { ApiError } from "../lib/ipc";
import type { LocaleInfo } from "../lib/bindings/LocaleInfo";
import { setFormat, setShopToday, setTimeZone } from "../lib/format";
import { setLocale } from "../lib/i18n.svelte";

export type Args = Record<string, unknown>;
/** A command's answer: the data it returns, or a function of its arguments returning the data (or a
 * promise of it); throwing or rejecting makes the command fail with what was thrown. */
export type Answer = ((args: Args) => unknown) | object | string | number | boolean | null | undefined;

export type MockShell = {
  /** Every call in order: the shell's command name ("set_holiday") and its arguments. */
  log: { command: string; args: Args }[];
  /** The arguments of each call of one command, in order. */
  calls(command: string): Args[];
  /** Answers `command` from now on with `answer`. */
  answer(command: string, answer: Answer): void;
  /** Makes `command` fail from now on with an ApiError (kind "invalid" unless given). */
  fail(command: string, error: Partial<ApiError> & { message: string }): void;
};

export function apiError(error: Partial<ApiError> & { message: string }): ApiError {
  return { kind: "invalid", field: null, fields: [], campaigns: [], ...error } as ApiError;
}

/** Installs the fake shell; `answers` by the shell's command names (snake_case, as in commands.ts). */
export function mockShell(answers: Record<string, Answer> = {}): MockShell {
  const table = new Map<string, Answer>(Object.entries(answers));
  const log: MockShell["log"] = [];
  mockIPC(async (command, payload) => {
    const args = (payload && typeof payload === "object" && !(payload instanceof ArrayBuffer) && !ArrayBuffer.isView(payload) ? payload : {}) as Args;
    log.push({ command, args: structuredClone(args) });
    if (!table.has(command)) throw apiError({ kind: "internal", message: `The test's shell has no answer for ${command}` });
    const answer = table.get(command);
    const value = typeof answer === "function" ? await (answer as (args: Args) => unknown)(args) : answer;
    return structuredClone(value);
  });
  return {
    log,
    calls: (command) => log.filter((c) => c.command === command).map((c) => c.args),
    answer: (command, answer) => void table.set(command, answer),
    fail: (command, error) =>
      void table.set(command, () => {
        throw apiError(error);
      }),
  };
}

/** Removes the fake shell (after each test). */
export function clearShell() {
  clearMocks();
}

/** The locale facts the shell sends with a shop, for `locale` and a first day of the week (1 = Monday). */
export function localeFacts(locale: string, firstDay: number, currency: string | null = "EUR"): LocaleInfo {
  const comma = ["de", "fr", "es", "pt", "it"].includes(locale.split("-")[0]!) && locale !== "es-MX";
  return {
    locale,
    from_system: false,
    system: locale,
    supported: ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "ja-JP"],
    first_day_of_week: firstDay,
    letter_paper: locale === "en-US" || locale === "es-MX",
    decimal: comma ? "," : ".",
    group: comma ? "." : ",",
    csv_separator: comma ? ";" : ",",
    currency,
    currency_exponent: currency === "JPY" ? 0 : 2,
  };
}

/** Opens a shop as app.svelte.ts does when the shell sends one: its locale (words, numbers, dates), time
 * zone and today. */
export async function openShop({ locale = "en-US", firstDay = 7, today = "2026-04-10", zone = "UTC", currency = "USD" as string | null } = {}) {
  setFormat(localeFacts(locale, firstDay, currency));
  await setLocale(locale);
  setTimeZone(zone);
  setShopToday(today);
}

/** Back to no shop: the system's locale (en-US here) and clock. */
export async function closeShop() {
  setFormat(null);
  await setLocale("en-US");
  setTimeZone(null);
  setShopToday(null);
}

/** Sets an input's value as a program would and sends `input` and `change`, as the end-to-end tests do
 * (works the same for a native date box and for DateField's text box). */
export function fillIn(input: HTMLInputElement | Element, value: string) {
  const el = input as HTMLInputElement;
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}
