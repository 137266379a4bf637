import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { configDefaults } from "vitest/config";

// Tauri serves the built files itself; the dev server is only for `tauri dev`.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The message catalogues live beside the core, in `../locales`: the dev server may serve them.
  server: { port: 5173, strictPort: true, fs: { allow: [".", "../locales"] } },
  build: {
    target: "es2022",
    // One CSS file and no inline scripts: the CSP allows only 'self'.
    cssCodeSplit: false,
    assetsInlineLimit: 0,
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    // Components rendered in Chromium (vitest.chromium.config.ts, `npm run test:chromium`): not in Node.
    exclude: [...configDefaults.exclude, "src/**/*.component.test.ts"],
  },
});
