// The backend, behind one typed module: screens never call `invoke` with strings. The typed calls are
// generated from the shell's Rust commands into `commands.ts` (by `cargo test`, src-tauri/tests/contract.rs),
// their argument and result types into src/lib/bindings (ts-rs); this module adds the few conveniences a
// screen wants on top (the owner's import choices, a progress callback instead of a channel).
import { Channel } from "@tauri-apps/api/core";
import type { DateOrder } from "./bindings/DateOrder";
import type { ImportProgress } from "./bindings/ImportProgress";
import type { ImportRequest } from "./bindings/ImportRequest";
import type { ListQuery } from "./bindings/ListQuery";
import type { Mapping } from "./bindings/Mapping";
import { commands } from "./commands";

export { toApiError } from "./ipc";

/** What the owner says of a file that cannot tell: the day/month order of its dates, tax inside prices. */
export type ImportChoices = { dateOrder?: DateOrder | null; pricesIncludeTax?: boolean | null };

export const api = {
  ...commands,
  previewImport: (path: string, preset: string | null, mapping: Mapping | null, choices: ImportChoices = {}) =>
    commands.previewImport(path, preset, mapping, choices.dateOrder ?? null, choices.pricesIncludeTax ?? null),
  /** Imports a file, calling `progress` as it goes; `cancelImport` stops it with nothing written. */
  runImport: (
    path: string,
    preset: string | null,
    mapping: Mapping | null,
    skipInvalid: boolean,
    progress: (p: ImportProgress) => void,
    choices: ImportChoices = {},
  ) => {
    const onProgress = new Channel<ImportProgress>();
    onProgress.onmessage = progress;
    const request: ImportRequest = {
      path,
      preset,
      mapping,
      skipInvalid,
      dateOrder: choices.dateOrder ?? null,
      pricesIncludeTax: choices.pricesIncludeTax ?? null,
    };
    return commands.runImport(request, onProgress);
  },
};

export function emptyQuery(): ListQuery {
  return {
    search: null,
    tier: null,
    stage: null,
    niche: null,
    city: null,
    phase: null,
    platform: null,
    campaign_id: null,
    partner_id: null,
    include_archived: false,
    sort: "name",
    descending: false,
  };
}
