export type DatabaseKind = 'sqlite' | 'mysql';

export interface ParsedDatabaseUrl {
  kind: DatabaseKind;
  /** SQLite: the file path (or ":memory:"). MySQL: the URL as given. */
  location: string;
}

/**
 * `mysql://user:pass@host:3306/db` (also `mariadb://`) selects MySQL; `sqlite:/path/file.sqlite`,
 * `sqlite::memory:` or a bare path selects the embedded SQLite database.
 */
export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  if (/^(mysql|mariadb):\/\//i.test(url)) {
    return { kind: 'mysql', location: url.replace(/^mariadb:/i, 'mysql:') };
  }
  const location = url.replace(/^sqlite:(\/\/)?/i, '');
  if (location === '') throw new Error('DATABASE_URL names no SQLite file');
  return { kind: 'sqlite', location };
}
