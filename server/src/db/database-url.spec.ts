import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it('selects MySQL for mysql:// and mariadb:// URLs', () => {
    expect(parseDatabaseUrl('mysql://root@127.0.0.1:3306/ntm')).toEqual({
      kind: 'mysql',
      location: 'mysql://root@127.0.0.1:3306/ntm',
    });
    expect(parseDatabaseUrl('mariadb://u:p@db/ntm').location).toBe('mysql://u:p@db/ntm');
  });

  it('reads the Unix socket of a MySQL server on this machine', () => {
    expect(parseDatabaseUrl('mysql://root@localhost/ntm?socket=/run/mysqld/mysqld.sock')).toEqual({
      kind: 'mysql',
      location: 'mysql://root@localhost/ntm',
      socketPath: '/run/mysqld/mysqld.sock',
    });
  });

  it('selects SQLite for sqlite: URLs and bare paths', () => {
    expect(parseDatabaseUrl('sqlite:./data/ntm.sqlite')).toEqual({ kind: 'sqlite', location: './data/ntm.sqlite' });
    expect(parseDatabaseUrl('sqlite:///var/ntm.sqlite').location).toBe('/var/ntm.sqlite');
    expect(parseDatabaseUrl('sqlite::memory:').location).toBe(':memory:');
    expect(parseDatabaseUrl('/tmp/x.sqlite').kind).toBe('sqlite');
    expect(() => parseDatabaseUrl('sqlite:')).toThrow();
  });
});
