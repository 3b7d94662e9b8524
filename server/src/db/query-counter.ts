import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../common/logger';

interface Tally {
  statements: number;
}

const tallies = new AsyncLocalStorage<Tally>();

/** Runs `work` with its own count of SQL statements (one per request). */
export function countStatements<T>(work: () => T): T {
  return tallies.run({ statements: 0 }, work);
}

/** The SQL statements run so far by the current request, or null outside one. */
export function statementsSoFar(): number | null {
  return tallies.getStore()?.statements ?? null;
}

/**
 * TypeORM's logger: counts each statement against the request it runs for (the N+1 test and the
 * benchmarks read the count) and reports failing statements without sending them to clients.
 */
export class StatementLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(): void {
    const tally = tallies.getStore();
    if (tally) tally.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logQuery();
    this.logger.error(`SQL failed: ${error instanceof Error ? error.message : error}`, query.slice(0, 500));
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.info(`slow SQL (${time} ms): ${query.slice(0, 200)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.info(String(message));
  }
}
