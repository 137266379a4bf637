// The one way the window reaches the shell: `invoke`, with every failure turned into the typed ApiError the
// commands reject with. Only the generated `commands.ts` calls it.
import { invoke } from "@tauri-apps/api/core";
import type { ApiError } from "./bindings/ApiError";

/** Every command rejects with an ApiError; anything else (a bug, a lost IPC channel) is wrapped into one. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function toApiError(e: unknown): ApiError {
  if (e && typeof e === "object" && "kind" in e && "message" in e) return e as ApiError;
  return { kind: "internal", message: String(e), field: null, fields: [], campaigns: [] };
}
