// A long list drawn in parts. WebKitGTK lays a table's rows out all at once: the 200 campaigns of the
// 1M-order bench shop took 40–200 ms of style and layout alone (tests/e2e/bench-window.mjs, issue 18), so a
// list shows its first PAGE_ROWS rows and the owner asks for more (MoreRows.svelte). Searching or filtering
// narrows the list as before; exports still write every row.

/** How many rows a list shows at first, and how many more each "Show more" adds: more than a screenful. */
export const PAGE_ROWS = 50;

/**
 * The rows of `all()` the list shows: the first PAGE_ROWS, or more once asked. A new answer (another search,
 * a reload after an import) starts again from the first PAGE_ROWS.
 */
export class Paged<T> {
  readonly #all: () => T[] | null;
  // How many rows to show, and of which answer; another answer shows PAGE_ROWS again.
  #limit = $state<{ of: T[] | null; count: number }>({ of: null, count: PAGE_ROWS });

  constructor(all: () => T[] | null) {
    this.#all = all;
  }

  /** The rows shown, in the list's order (null while the list loads). */
  readonly rows: T[] | null = $derived.by(() => {
    const all = this.#all();
    return all ? all.slice(0, this.#count(all)) : null;
  });

  /** How many rows the list has. */
  get total(): number {
    return this.#all()?.length ?? 0;
  }

  /** How many rows the next "Show more" adds. */
  get step(): number {
    return Math.min(PAGE_ROWS, this.total - (this.rows?.length ?? 0));
  }

  /** Shows the next PAGE_ROWS rows. */
  more(): void {
    const all = this.#all();
    this.#limit = { of: all, count: (all ? this.#count(all) : 0) + PAGE_ROWS };
  }

  /** Shows every row. */
  showAll(): void {
    this.#limit = { of: this.#all(), count: Number.POSITIVE_INFINITY };
  }

  #count(all: T[]): number {
    return this.#limit.of === all ? this.#limit.count : PAGE_ROWS;
  }
}
