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

export function go(route: Route) {
  nav.history.push(nav.route);
  nav.route = route;
}

export function back(fallback: Route) {
  nav.route = nav.history.pop() ?? fallback;
}
