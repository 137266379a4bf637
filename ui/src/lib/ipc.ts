// The one way the window reaches the shell: `invoke`, with every failure turned into the typed error the
// commands reject with. Only the generated `commands.ts` calls it.
//
// The shell sends what went wrong as catalogue messages (`{ id, args }`, see src/i18n.rs); they are written
// here, in the window's language, once: a screen shows `error.message` and each field's message as text.
import { invoke } from "@tauri-apps/api/core";
import type { ApiError as WireError } from "./bindings/ApiError";
import type { Arg } from "./bindings/Arg";
import type { Message } from "./bindings/Message";
import { t } from "./i18n.svelte";

/** An error as a screen shows it: the shell's error with its messages written in the owner's language. */
export type ApiError = Omit<WireError, "message" | "fields"> & {
  message: string;
  fields: { field: string; message: string }[];
  /** The message as sent, to write again in another language. */
  source: Message | null;
};

/** A catalogue message in the window's language; an argument that is itself a message is written first. */
export function messageText(m: Message): string {
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.args ?? {}) as [string, Arg | undefined][]) {
    if (value == null) continue;
    args[name] = typeof value === "object" ? messageText(value as Message) : value;
  }
  return t(m.id, args);
}

function isMessage(v: unknown): v is Message {
  return !!v && typeof v === "object" && typeof (v as Message).id === "string";
}

/** Every command rejects with an ApiError; anything else (a bug, a lost IPC channel) is wrapped into one. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function toApiError(e: unknown): ApiError {
  if (e && typeof e === "object" && "kind" in e && "message" in e) {
    const wire = e as WireError | ApiError;
    if (typeof wire.message === "string") return wire as ApiError; // written already
    const w = wire as WireError;
    return {
      ...w,
      message: isMessage(w.message) ? messageText(w.message) : String(w.message),
      fields: (w.fields ?? []).map((f) => ({ field: f.field, message: isMessage(f.message) ? messageText(f.message) : String(f.message) })),
      source: isMessage(w.message) ? w.message : null,
    };
  }
  return { kind: "internal", message: String(e), field: null, fields: [], campaigns: [], source: null };
}
