// The app's own words, read from its catalogues (locales/<lang>/*.ftl) with the same library the window uses,
// so a test finds a German button by what the German catalogue says rather than by a copy of it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const locales = resolve(here, "../../locales");
const { FluentBundle, FluentResource } = await import(resolve(here, "../../ui/node_modules/@fluent/bundle/esm/index.js"));

/** `t(id, args)` in `lang` ("de", "ja"…), as the window writes it for `locale` ("de-DE"). */
export function words(lang, locale = lang) {
  const bundle = new FluentBundle([locale], { useIsolating: false });
  for (const file of readdirSync(join(locales, lang)).filter((f) => f.endsWith(".ftl"))) {
    bundle.addResource(new FluentResource(readFileSync(join(locales, lang, file), "utf8")));
  }
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`no message ${id} in ${lang}`);
    return bundle.formatPattern(message.value, args);
  };
}
