import { LessThan } from 'typeorm';
import type { Database } from '../../db/database';
import { ImportPhase, ImportProgressRecord, type ImportProgressState } from './import-progress.entity';

/** How long a finished import's progress stays readable. */
const KEEP_MS = 10 * 60_000;

/**
 * Progress of running imports for a progress bar, kept in the database so that every API
 * process behind a load balancer answers the poll, whichever runs the import. Only its owner
 * reads it. Written outside the import's transaction where the database allows (MySQL: another
 * connection), in order, without holding the import up; a lost report only slows the bar.
 */
export class ImportProgressRegistry {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  report(id: string | null | undefined, owner: string, phase: ImportPhase, done = 0, total = 0): void {
    if (!id) return;
    const touchedAt = this.now();
    this.queue = this.queue
      .then(async () => {
        const em = this.db.manager;
        if (phase === ImportPhase.READING)
          await em.delete(ImportProgressRecord, { touchedAt: LessThan(String(touchedAt - KEEP_MS)) });
        const current = await em.findOneBy(ImportProgressRecord, { id });
        // An id is its first owner's: another user cannot overwrite it.
        if (current && current.owner !== owner) return;
        await em.upsert(ImportProgressRecord, { id, owner, phase, done, total, touchedAt: String(touchedAt) }, ['id']);
      })
      .catch(this.onError);
  }

  /** Waits for the reports made so far to be written (tests, shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  async get(id: string, owner: string): Promise<ImportProgressState | null> {
    const row = await this.db.manager.findOneBy(ImportProgressRecord, { id });
    if (!row || row.owner !== owner || Number(row.touchedAt) < this.now() - KEEP_MS) return null;
    return { id: row.id, phase: row.phase, done: row.done, total: row.total };
  }
}
