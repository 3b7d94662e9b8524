import path from 'node:path';
import { DEFAULT_SQLITE_PATH, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database in data/ntm.sqlite at the top of the checkout, on port 4000', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe(`sqlite:${DEFAULT_SQLITE_PATH}`);
    expect(DEFAULT_SQLITE_PATH.endsWith(path.join('data', 'ntm.sqlite'))).toBe(true);
    expect(c.port).toBe(4000);
  });

  it('reads a relative SQLite path from where the command was run', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:./x/db.sqlite', INIT_CWD: '/srv/ntm' }).databaseUrl).toBe(
      'sqlite:/srv/ntm/x/db.sqlite',
    );
    expect(loadConfig({ DATABASE_URL: 'sqlite:/abs/db.sqlite' }).databaseUrl).toBe('sqlite:/abs/db.sqlite');
    expect(loadConfig({ DATABASE_URL: 'mysql://root@db/ntm' }).databaseUrl).toBe('mysql://root@db/ntm');
  });

  it('refuses a port that is not one', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('reads TRUST_PROXY as a hop count when it is a number, else as addresses and subnets', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: ' ' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback');
  });

  it('reads how new rows learn their ids, and refuses another word', () => {
    expect(loadConfig({}).insertIds).toBe('auto');
    expect(loadConfig({ NTM_INSERT_IDS: 'one-by-one' }).insertIds).toBe('one-by-one');
    expect(() => loadConfig({ NTM_INSERT_IDS: 'sometimes' })).toThrow(/NTM_INSERT_IDS/);
  });
});
