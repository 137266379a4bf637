import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { setLocale } from "./lib/i18n.svelte";

// The operating system's language until a shop is open (then the shop's locale, `setStatus`).
setLocale(null);

const target = document.getElementById("app");
if (!target) throw new Error("missing #app");
export default mount(App, { target });
