// A value loaded from the backend that reloads whenever the state `load` reads changes (filters,
// search text); an answer that arrives after a newer request started is dropped.
import { toApiError } from "./api";
import type { ApiError } from "./ipc";

export function live<T>(load: () => Promise<T>): { value: T | null; error: ApiError | null } {
  const state = $state<{ value: T | null; error: ApiError | null }>({ value: null, error: null });
  $effect(() => {
    let stale = false;
    load()
      .then((v) => {
        if (!stale) {
          state.value = v;
          state.error = null;
        }
      })
      .catch((e) => {
        if (!stale) state.error = toApiError(e);
      });
    return () => {
      stale = true;
    };
  });
  return state;
}
