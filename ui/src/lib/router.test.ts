import { afterEach, expect, test } from "vitest";
import { back, go, nav, scrollsScreens } from "./router.svelte";

let detach: (() => void) | null = null;
afterEach(() => detach?.());

/** A stand-in for App's <main>: remembers where it was scrolled. */
function scroller() {
  const main = { top: 500, scrollTo: (_x: number, y: number) => void (main.top = y) };
  detach = scrollsScreens(main as unknown as Element);
  return main;
}

test("another screen opens at the top, not at the previous screen's scroll position", () => {
  const main = scroller();
  go({ name: "partners" });
  expect(main.top).toBe(0);
  main.top = 800;
  go({ name: "partner", id: 3 });
  expect(nav.route).toEqual({ name: "partner", id: 3 });
  expect(main.top).toBe(0);
  main.top = 300;
  go({ name: "partner", id: 4 });
  expect(main.top, "another partner is another screen").toBe(0);
  main.top = 300;
  back({ name: "partners" });
  expect(nav.route).toEqual({ name: "partner", id: 3 });
  expect(main.top, "back is another screen too").toBe(0);
});

test("the same screen again keeps its place", () => {
  const main = scroller();
  go({ name: "campaign", id: 7 });
  main.top = 640;
  go({ name: "campaign", id: 7 });
  expect(main.top).toBe(640);
});

test("nothing is scrolled once the element is gone", () => {
  const main = scroller();
  detach?.();
  detach = null;
  main.top = 120;
  go({ name: "settings" });
  expect(main.top).toBe(120);
});
