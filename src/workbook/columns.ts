/** Hands out a sheet's columns left to right: one at a time, in blocks, or a named set. */
export class ColumnCursor {
  private count = 0;

  /** The next free column, or the first of the next `width` columns. */
  take(width = 1): number {
    const first = this.count;
    this.count += width;
    return first;
  }

  /** One column per key, in the order given. */
  named<K extends string>(keys: readonly K[]): Record<K, number> {
    return Object.fromEntries(keys.map((k) => [k, this.take()])) as Record<K, number>;
  }

  /** How many columns have been handed out. */
  get used(): number {
    return this.count;
  }

  /** The last column handed out. */
  get last(): number {
    return this.count - 1;
  }
}
