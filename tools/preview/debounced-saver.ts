export type SaveStatus = "saved" | "pending" | "saving" | "error";

/**
 * Saves after a quiet period, one save at a time: a burst of edits is one write, and a change
 * made during a save is saved again right after. `flush()` saves now (on exit).
 */
export class DebouncedSaver {
  status: SaveStatus = "saved";
  lastError: string | null = null;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly delayMs = 300,
  ) {}

  schedule(): void {
    this.dirty = true;
    if (this.status !== "saving") this.status = "pending";
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.running = this.saveOnce();
    await this.running;
    this.running = undefined;
    if (this.dirty && !this.timer) await this.flush();
  }

  private async saveOnce(): Promise<void> {
    this.dirty = false;
    this.status = "saving";
    try {
      await this.save();
      this.lastError = null;
      this.status = this.dirty ? "pending" : "saved";
    } catch (e) {
      this.lastError = e instanceof Error ? e.message : String(e);
      this.status = "error";
    }
  }
}
