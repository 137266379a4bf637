// What a column of a partner spreadsheet holds, as the import's mapping table offers it: one <select> per
// column whose option values are strings ("" leaves the column out, "email", "handle:instagram",
// "followers:" for the platform the row or the link names), and the words of the preview's summary.
import type { ContactColumn } from "./bindings/ContactColumn";
import type { PartnerImportReport } from "./bindings/PartnerImportReport";
import type { Platform } from "./bindings/Platform";
import { count, counted } from "./format";
import { keys, PLATFORMS } from "./labels";

type PersonField = Exclude<ContactColumn["field"], AccountField>;
type AccountField = "handle" | "url" | "followers" | "engagement";

/** Columns about the person, in the order the select lists them, with their words. */
export const PERSON_FIELDS: Record<PersonField, string> = {
  name: "Name",
  first_name: "First name",
  last_name: "Last name",
  email: "Email",
  phone: "Phone",
  neighborhood: "Neighborhood",
  city: "City",
  niches: "Niches",
  stage: "Stage",
  notes: "Notes",
  platform: "Platform (of the row's account)",
  as_of: "Read on (date)",
  kind: "Kind of community (Facebook group, Discord…)",
  topic: "Topic",
  members: "Members",
  leader: "Leader (a partner's name)",
};

/** The fields a community sheet can have, in the order its select lists them. */
const COMMUNITY_FIELDS: PersonField[] = ["name", "kind", "members", "topic", "niches", "neighborhood", "city", "leader", "stage", "notes"];
const COMMUNITY_ONLY: PersonField[] = ["kind", "topic", "members", "leader"];

/** Columns about one social account: `[what, when the row or the link names the platform]`. */
export const ACCOUNT_FIELDS: Record<AccountField, [string, string]> = {
  handle: ["handle", "Handle (platform from the row)"],
  url: ["profile link", "Profile link (platform from the row or the link)"],
  followers: ["followers", "Followers (platform from the row)"],
  engagement: ["engagement (%)", "Engagement (platform from the row)"],
};

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
  if (col == null) return "Leave out";
  if (!("platform" in col)) return PERSON_FIELDS[col.field];
  const [what, any] = ACCOUNT_FIELDS[col.field];
  return col.platform == null ? any : `${PLATFORMS[col.platform]} ${what}`;
}

function choice(col: ContactColumn | null): Choice {
  return { value: toChoice(col), label: columnLabel(col) };
}

/** The select's first option: the column is left out. */
export const LEAVE_OUT: Choice = choice(null);

/** The select's other options, grouped: the person, accounts of the row's platform, then each platform's. */
export const CHOICE_GROUPS: ChoiceGroup[] = [
  {
    label: "Person",
    choices: keys(PERSON_FIELDS)
      .filter((f) => !COMMUNITY_ONLY.includes(f))
      .map((field) => choice({ field } as ContactColumn)),
  },
  { label: "Account (platform from the row)", choices: ACCOUNT_KEYS.map((field) => choice({ field, platform: null })) },
  ...keys(PLATFORMS).map((platform) => ({
    label: PLATFORMS[platform],
    choices: ACCOUNT_KEYS.map((field) => choice({ field, platform })),
  })),
];

/** A community sheet's options: the community's fields, then its link. */
export const COMMUNITY_CHOICE_GROUPS: ChoiceGroup[] = [
  {
    label: "Community",
    choices: [
      ...COMMUNITY_FIELDS.map((field) => choice({ field } as ContactColumn)),
      { value: "url:", label: "Link (its group, server or club page)" },
    ],
  },
];

/** Every option of a partner sheet, in order. */
export const CHOICES: Choice[] = [LEAVE_OUT, ...CHOICE_GROUPS.flatMap((g) => g.choices)];

/** The mapping with column `i` changed to the select's value `s`. */
export function withColumn(columns: (ContactColumn | null)[], i: number, s: string): (ContactColumn | null)[] {
  return columns.map((c, k) => (k === i ? fromChoice(s) : c));
}

/** "12 new, 5 updated, 3 unchanged, 2 problems" (problems only when there are some). */
export function summary(
  r: Pick<PartnerImportReport, "partners_new" | "partners_updated" | "partners_unchanged" | "problem_count">,
  loc?: string,
): string {
  const parts = [`${count(r.partners_new, loc)} new`, `${count(r.partners_updated, loc)} updated`, `${count(r.partners_unchanged, loc)} unchanged`];
  if (r.problem_count > 0) parts.push(counted(r.problem_count, "problem", "problems", loc));
  return parts.join(", ");
}
