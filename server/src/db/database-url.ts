export type DatabaseKind = 'sqlite' | 'mysql';

export interface ParsedDatabaseUrl {
  kind: DatabaseKind;
  /** SQLite: the file path (or ":memory:"). MySQL: the URL as given, without `socket`. */
  location: string;
  /** MySQL on this machine through its Unix socket (`?socket=/run/mysqld/mysqld.sock`). */
  socketPath?: string;
}

/**
 * `mysql://user:pass@host:3306/db` (also `mariadb://`) selects MySQL; `sqlite:/path/file.sqlite`,
 * `sqlite::memory:` or a bare path selects the embedded SQLite database. A MySQL server on the
 * same machine is best reached through its socket, `mysql://user@localhost/db?socket=/run/mysqld/mysqld.sock`:
 * a round trip there costs a fraction of one over TCP to 127.0.0.1, and a request makes several.
 */
export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  if (/^(mysql|mariadb):\/\//i.test(url)) {
    const parsed = new URL(url.replace(/^mariadb:/i, 'mysql:'));
    const socketPath = parsed.searchParams.get('socket') ?? undefined;
    parsed.searchParams.delete('socket');
    return { kind: 'mysql', location: parsed.toString(), ...(socketPath ? { socketPath } : {}) };
  }
  const location = url.replace(/^sqlite:(\/\/)?/i, '');
  if (location === '') throw new Error('DATABASE_URL names no SQLite file');
  return { kind: 'sqlite', location };
}
