import type { Paper } from "./bindings/Paper";
import { locale } from "./format";

// The paper PDFs are laid out for: US Letter where it is the usual paper, else A4, until the owner picks
// one (remembered on this computer).
const KEY = "locallift.paper";

function usual(): Paper {
  const region = (locale() ?? navigator.language ?? "").split(/[-_]/)[1]?.toUpperCase() ?? "";
  return ["US", "CA", "MX", "PH", "CL", "CO"].includes(region) ? "letter" : "a4";
}

function stored(): Paper | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === "a4" || v === "letter" ? v : null;
  } catch {
    return null;
  }
}

export const paper = $state<{ value: Paper }>({ value: stored() ?? usual() });

export function choosePaper(value: Paper) {
  paper.value = value;
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // Private mode or a full store: the choice lasts this session.
  }
}
