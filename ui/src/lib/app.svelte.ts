// App-wide state: which shop file is open and its settings, plus short notices.
import type { AppStatus } from "./bindings/AppStatus";
import type { Shop } from "./bindings/Shop";
import { setFormat, setShopToday, setTimeZone } from "./format";
import { setLocale } from "./i18n.svelte";

export const app = $state<{ status: AppStatus | null; notice: string | null }>({ status: null, notice: null });

export function setStatus(status: AppStatus) {
  app.status = status;
  setFormat(status.shop?.format);
  setLocale(status.shop?.format?.locale);
  setTimeZone(status.shop?.time_zone);
  setShopToday(status.shop?.today);
}

export function setShop(shop: Shop) {
  if (app.status) app.status.shop = shop;
  setFormat(shop.format);
  setLocale(shop.format?.locale);
  setTimeZone(shop.time_zone);
  setShopToday(shop.today);
}

export function currency(): string | null {
  return app.status?.shop?.currency ?? null;
}

let timer: ReturnType<typeof setTimeout> | undefined;
/**
 * User text set inside a sentence, isolated (FSI … PDI) so right-to-left text or a stray direction override
 * in a name cannot flow into the words after it ("‮gnp.exe added" would read "dedda exe.png").
 */
const FSI = String.fromCodePoint(0x2068);
const PDI = String.fromCodePoint(0x2069);

export function isolate(text: string): string {
  return FSI + text + PDI;
}

export function notify(text: string) {
  app.notice = text;
  clearTimeout(timer);
  timer = setTimeout(() => (app.notice = null), 3500);
}
