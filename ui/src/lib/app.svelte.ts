// App-wide state: which shop file is open and its settings, plus short notices.
import type { AppStatus } from "./bindings/AppStatus";
import type { Shop } from "./bindings/Shop";
import { setFormat, setShopToday, setTimeZone } from "./format";
import { setLocale } from "./i18n.svelte";

export const app = $state<{ status: AppStatus | null; notice: string | null }>({ status: null, notice: null });

export async function setStatus(status: AppStatus) {
  // The shop's language read first, so its screens never show in another one for a moment.
  await setLocale(status.shop?.format?.locale);
  app.status = status;
  setFormat(status.shop?.format);
  setTimeZone(status.shop?.time_zone);
  setShopToday(status.shop?.today);
}

export async function setShop(shop: Shop) {
  await setLocale(shop.format?.locale);
  if (app.status) app.status.shop = shop;
  setFormat(shop.format);
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
