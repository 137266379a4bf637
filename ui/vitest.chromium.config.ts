// The UI's unit tests again, in Chromium: the engine of WebView2, what Windows users run LocalLift in. The
// end-to-end tests drive WebKit (Linux's webview); this runs the formatting and label code in Chromium's
// own Intl and ICU, so a difference between the two engines (a currency's digits, a date's pattern) fails
// here. Uses Debian's chromium and chromedriver (scripts/deps.sh); tests that read files with Node are
// left to the Node run. It also renders real Svelte components (vitest-browser-svelte) with the shell's
// commands answered by src/test/mock-shell.ts: the `*.component.test.ts` files, which the Node run skips.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { webdriverio } from "@vitest/browser-webdriverio";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [svelte()],
  // Languages other than English are read from `../locales` when first spoken (i18n.svelte.ts).
  server: { fs: { allow: [".", "../locales"] } },
  test: {
    include: [
      "src/lib/format.test.ts",
      "src/lib/labels.test.ts",
      "src/lib/router.test.ts",
      "src/lib/compare.test.ts",
      "src/lib/partnership-labels.test.ts",
      "src/lib/date-field.test.ts",
      // Components rendered in Chromium with the shell's commands faked (src/test/mock-shell.ts).
      "src/**/*.component.test.ts",
    ],
    browser: {
      enabled: true,
      headless: true,
      provider: webdriverio({
        capabilities: {
          "goog:chromeOptions": {
            binary: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
            args: ["--no-sandbox", "--disable-dev-shm-usage"],
          },
          "wdio:chromedriverOptions": { binary: process.env.CHROMEDRIVER_BIN ?? "/usr/bin/chromedriver" },
        },
      }),
      instances: [{ browser: "chrome" }],
    },
  },
});
