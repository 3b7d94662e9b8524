/** Where an import is: reading the file, checking rows, writing them, or finished. */
export enum ImportPhase {
  READING = 'READING',
  CHECKING = 'CHECKING',
  SAVING = 'SAVING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export interface ImportProgressState {
  id: string;
  phase: ImportPhase;
  done: number;
  total: number;
}

interface Entry extends ImportProgressState {
  owner: string;
  touched: number;
}

/** How long a finished import's progress stays readable. */
const KEEP_MS = 10 * 60_000;
const MAX_ENTRIES = 1000;

/**
 * Progress of imports running in this process, by an id the client chose, for a progress bar
 * while a long import runs. Only its owner reads it. Kept in memory: it is a display, not a record
 * (the import itself is atomic, and audited).
 */
export class ImportProgressRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  report(id: string | null | undefined, owner: string, phase: ImportPhase, done = 0, total = 0): void {
    if (!id) return;
    this.prune();
    const current = this.entries.get(id);
    // An id is its first owner's: another user cannot overwrite it.
    if (current && current.owner !== owner) return;
    this.entries.set(id, { id, owner, phase, done, total, touched: this.now() });
  }

  get(id: string, owner: string): ImportProgressState | null {
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== owner) return null;
    const { id: key, phase, done, total } = entry;
    return { id: key, phase, done, total };
  }

  private prune(): void {
    const cutoff = this.now() - KEEP_MS;
    for (const [id, entry] of this.entries) if (entry.touched < cutoff) this.entries.delete(id);
    while (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
