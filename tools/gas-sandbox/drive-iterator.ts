import { type GasEnv, gasError } from "./env";

/** A `FileIterator`/`FolderIterator` over a snapshot of the matches. Value object, not counted. */
export class FakeDriveIterator<T> {
  private i = 0;

  constructor(
    private readonly env: GasEnv,
    private readonly items: readonly T[],
  ) {}

  hasNext(): boolean {
    return this.i < this.items.length;
  }
  next(): T {
    const item = this.items[this.i];
    if (item === undefined)
      throw gasError(this.env, "Cannot retrieve the next object: iterator has reached the end.");
    this.i++;
    return item;
  }
  getContinuationToken(): string {
    return `fake-continuation-${this.i}`;
  }
}
