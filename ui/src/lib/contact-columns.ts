// What a column of a partner spreadsheet holds, as the import's mapping table offers it: one <select> per
// column whose option values are strings ("" leaves the column out, "email", "handle:instagram",
// "followers:" for the platform the row or the link names), and the words of the preview's summary.
// Words are read at render time (functions, not constants), so they follow the window's language.
import { FluentNumber } from "@fluent/bundle";
import type { ContactColumn } from "./bindings/ContactColumn";
import type { PartnerImportReport } from "./bindings/PartnerImportReport";
import type { Platform } from "./bindings/Platform";
import { count } from "./format";
import { t, type Args } from "./i18n.svelte";
import { keys, PLATFORMS } from "./labels";

type PersonField = Exclude<ContactColumn["field"], AccountField>;
type AccountField = "handle" | "url" | "followers" | "engagement";

/** Columns about the person, in the order the select lists them, with their words (read at render time). */
const PERSON_FIELDS: Record<PersonField, () => string> = {
  name: () => t("import-column-name"),
  first_name: () => t("import-column-first-name"),
  last_name: () => t("import-column-last-name"),
  email: () => t("import-column-email"),
  phone: () => t("import-column-phone"),
  neighborhood: () => t("import-column-neighborhood"),
  city: () => t("import-column-city"),
  niches: () => t("import-column-niches"),
  stage: () => t("import-column-stage"),
  notes: () => t("import-column-notes"),
  platform: () => t("import-column-platform"),
  as_of: () => t("import-column-as-of"),
  kind: () => t("import-column-kind"),
  topic: () => t("import-column-topic"),
  members: () => t("import-column-members"),
  leader: () => t("import-column-leader"),
};

/** The fields a community sheet can have, in the order its select lists them. */
const COMMUNITY_FIELDS: PersonField[] = ["name", "kind", "members", "topic", "niches", "neighborhood", "city", "leader", "stage", "notes"];
const COMMUNITY_ONLY: PersonField[] = ["kind", "topic", "members", "leader"];

/**
 * Columns about one social account, with their words: `of(platform)` when the column names the platform
 * ("Instagram handle"), `any()` when the row or the link names it.
 */
const ACCOUNT_FIELDS: Record<AccountField, { of: (platform: string) => string; any: () => string }> = {
  handle: { of: (platform) => t("import-column-handle", { platform }), any: () => t("import-column-handle-any") },
  url: { of: (platform) => t("import-column-url", { platform }), any: () => t("import-column-url-any") },
  followers: { of: (platform) => t("import-column-followers", { platform }), any: () => t("import-column-followers-any") },
  engagement: { of: (platform) => t("import-column-engagement", { platform }), any: () => t("import-column-engagement-any") },
};

const PERSON_KEYS = Object.keys(PERSON_FIELDS) as PersonField[];
const ACCOUNT_KEYS = Object.keys(ACCOUNT_FIELDS) as AccountField[];

export type Choice = { value: string; label: string };
export type ChoiceGroup = { label: string; choices: Choice[] };

/** The select's value for a column: "" leaves it out; "handle:" is a handle of the row's platform. */
export function toChoice(col: ContactColumn | null): string {
  if (col == null) return "";
  if ("platform" in col) return `${col.field}:${col.platform ?? ""}`;
  return col.field;
}

/** The column a select's value stands for; anything unknown is left out (null). */
export function fromChoice(s: string): ContactColumn | null {
  const [field = "", platform, ...rest] = s.split(":");
  if (platform === undefined) return Object.hasOwn(PERSON_FIELDS, field) ? ({ field } as ContactColumn) : null;
  if (rest.length || !Object.hasOwn(ACCOUNT_FIELDS, field)) return null;
  if (platform !== "" && !Object.hasOwn(PLATFORMS, platform)) return null;
  return { field: field as AccountField, platform: platform === "" ? null : (platform as Platform) };
}

/** A column's words: "Name", "Instagram handle", "Followers (platform from the row)", "Leave out". */
export function columnLabel(col: ContactColumn | null): string {
  if (col == null) return t("import-column-leave-out");
  if (!("platform" in col)) return PERSON_FIELDS[col.field]();
  const words = ACCOUNT_FIELDS[col.field];
  return col.platform == null ? words.any() : words.of(PLATFORMS[col.platform]);
}

function choice(col: ContactColumn | null): Choice {
  return { value: toChoice(col), label: columnLabel(col) };
}

// The options below are functions: their words are read when the select is drawn, in the window's language.

/** The select's first option: the column is left out. */
export function leaveOut(): Choice {
  return choice(null);
}

/** The select's other options, grouped: the person, accounts of the row's platform, then each platform's. */
export function choiceGroups(): ChoiceGroup[] {
  return [
    {
      label: t("import-column-group-person"),
      choices: PERSON_KEYS.filter((f) => !COMMUNITY_ONLY.includes(f)).map((field) => choice({ field } as ContactColumn)),
    },
    { label: t("import-column-group-account"), choices: ACCOUNT_KEYS.map((field) => choice({ field, platform: null })) },
    ...keys(PLATFORMS).map((platform) => ({
      label: PLATFORMS[platform],
      choices: ACCOUNT_KEYS.map((field) => choice({ field, platform })),
    })),
  ];
}

/** A community sheet's options: the community's fields, then its link. */
export function communityChoiceGroups(): ChoiceGroup[] {
  return [
    {
      label: t("import-column-group-community"),
      choices: [
        ...COMMUNITY_FIELDS.map((field) => choice({ field } as ContactColumn)),
        { value: "url:", label: t("import-column-community-link") },
      ],
    },
  ];
}

/** Every option of a partner sheet, in order. */
export function choices(): Choice[] {
  return [leaveOut(), ...choiceGroups().flatMap((g) => g.choices)];
}

/** The mapping with column `i` changed to the select's value `s`. */
export function withColumn(columns: (ContactColumn | null)[], i: number, s: string): (ContactColumn | null)[] {
  return columns.map((c, k) => (k === i ? fromChoice(s) : c));
}

/** "12 new, 5 updated, 3 unchanged, 2 problems" (problems only when there are some). */
export function summary(
  r: Pick<PartnerImportReport, "partners_new" | "partners_updated" | "partners_unchanged" | "problem_count">,
  loc?: string,
): string {
  const args = { new: shown(r.partners_new, loc), updated: shown(r.partners_updated, loc), unchanged: shown(r.partners_unchanged, loc) };
  if (r.problem_count > 0) return t("import-partners-summary-problems", { ...args, problems: shown(r.problem_count, loc) });
  return t("import-partners-summary", args);
}

// Two helpers of the import screens' messages (here, as the import screens' shared module).

/**
 * A count for a message: a number to Fluent (it chooses the plural in the window's language), written in
 * the window's locale, or like `count` writes it in `loc` when one is given (the tests' fixed locales).
 */
export function shown(n: number, loc?: string): number | FluentNumber {
  return loc === undefined ? n : new Shown(n, loc);
}

class Shown extends FluentNumber {
  readonly loc: string | undefined;
  constructor(value: number, loc: string | undefined) {
    super(value);
    this.loc = loc;
  }
  override toString(): string {
    return count(this.value, this.loc);
  }
}

