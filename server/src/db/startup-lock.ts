import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { databaseKind } from './data-source';

/** How long a process waits for another to finish bringing the database up to date. */
const WAIT_MS = 10 * 60_000;
const LOCK_NAME = 'ntm:schema-and-seed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` (migrations, the first seeding) in one process at a time. Several API processes
 * started together on an empty database would otherwise each read that no migration ran, and
 * the second would fail on tables the first created (or seed the hierarchy twice). MySQL,
 * MariaDB, TiDB and Vitess have named locks (GET_LOCK); a SQLite file gets a lock file beside it,
 * taken over when it is older than the wait (a process killed while holding it).
 */
export async function oneProcessAtATime<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (databaseKind(dataSource) === 'sqlite') {
    const file = String(dataSource.options.database);
    return file === ':memory:' ? work() : withLockFile(`${file}.startup-lock`, work);
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [row] = (await runner.query('SELECT GET_LOCK(?, ?) AS got', [LOCK_NAME, WAIT_MS / 1000])) as {
      got: number | string | null;
    }[];
    if (Number(row?.got) !== 1)
      throw new Error(`another process held the lock "${LOCK_NAME}" for ${WAIT_MS / 60_000} minutes`);
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]);
    }
  } finally {
    await runner.release();
  }
}

async function withLockFile<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > WAIT_MS) fs.rmSync(lockPath, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`another process held ${lockPath} for ${WAIT_MS / 60_000} minutes`, { cause: error });
      else await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockPath, { force: true });
  }
}
