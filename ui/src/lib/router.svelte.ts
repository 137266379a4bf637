// Which screen is shown. A tiny state router: the app has no URLs to share, only screens to move between.

export type Route =
  | { name: "dashboard" }
  | { name: "partners" }
  | { name: "partner"; id: number }
  | { name: "communities" }
  | { name: "community"; id: number }
  | { name: "campaigns" }
  | { name: "campaign"; id: number }
  | { name: "import" }
  | { name: "settings" };

export const nav = $state<{ route: Route; history: Route[] }>({ route: { name: "dashboard" }, history: [] });

/** The element the screens scroll in (App's <main>), set by `scrollsScreens`. */
let scroller: Pick<Element, "scrollTo"> | null = null;

/**
 * Attaches `element` as the one the screens scroll in (`<main {@attach scrollsScreens}>`): every other screen
 * opens at its top instead of at the previous screen's scroll position.
 */
export function scrollsScreens(element: Pick<Element, "scrollTo">) {
  scroller = element;
  return () => {
    if (scroller === element) scroller = null;
  };
}

function sameScreen(a: Route, b: Route): boolean {
  return a.name === b.name && ("id" in a ? a.id : null) === ("id" in b ? b.id : null);
}

function show(route: Route) {
  const moved = !sameScreen(route, nav.route);
  nav.route = route;
  // Before the new screen is drawn (Svelte updates the page after this task), so it never flashes scrolled.
  if (moved) scroller?.scrollTo(0, 0);
}

export function go(route: Route) {
  nav.history.push(nav.route);
  show(route);
}

export function back(fallback: Route) {
  show(nav.history.pop() ?? fallback);
}
