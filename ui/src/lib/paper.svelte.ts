import type { Paper } from "./bindings/Paper";
import { localeInfo } from "./format";

// The paper PDFs are laid out for: the core's word for the owner's locale (US Letter where it is the usual
// paper, else A4), until the owner picks one (remembered on this computer).
const KEY = "locallift.paper";

function usual(): Paper {
  return localeInfo()?.letter_paper ? "letter" : "a4";
}

function stored(): Paper | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === "a4" || v === "letter" ? v : null;
  } catch {
    return null;
  }
}

const choice = $state<{ chosen: Paper | null }>({ chosen: stored() });

/** The paper in effect: the owner's pick, else the usual one where the shop is (read when a PDF is made). */
export const paper = {
  get value(): Paper {
    return choice.chosen ?? usual();
  },
};

export function choosePaper(value: Paper) {
  choice.chosen = value;
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // Private mode or a full store: the choice lasts this session.
  }
}
