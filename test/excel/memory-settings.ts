// Document settings for tests, stored the way Office stores them: JSON-serialised on save.
import type { SettingsStore } from '../../src/excel/persist.js';

export class MemorySettings implements SettingsStore {
  private live = new Map<string, unknown>();
  /** What the document holds after the last save (JSON text, as Office persists it). */
  saved: string | null = null;
  saves = 0;

  get(name: string): unknown {
    return this.live.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  async save(): Promise<void> {
    this.saved = JSON.stringify(Object.fromEntries(this.live));
    this.saves++;
  }
  /** The settings a reopened workbook would have. */
  reopen(): MemorySettings {
    const s = new MemorySettings();
    if (this.saved)
      for (const [k, v] of Object.entries(JSON.parse(this.saved) as Record<string, unknown>))
        s.live.set(k, v);
    s.saved = this.saved;
    return s;
  }
}
