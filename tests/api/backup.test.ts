import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENTITIES, backupDatabase, restoreDatabase } from '@ntm/server';
import { type TestServer, startTestServer } from '../support/test-server';

let a: TestServer;
let b: TestServer;
let dir: string;
beforeAll(async () => {
  [a, b] = await Promise.all([startTestServer(), startTestServer()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-backup-'));
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's rows, as plain values in id order. */
async function contents(t: TestServer): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const entity of ENTITIES) {
    const metadata = t.server.db.dataSource.getMetadata(entity);
    const table = metadata.tableName;
    const order = metadata.primaryColumns.map((c) => `\`${c.databaseName}\``).join(', ');
    const rows = await t.sql(`SELECT * FROM \`${table}\` ORDER BY ${order}`);
    out[table] = rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === 'bigint' ? String(v) : v === null ? null : typeof v === 'object' ? String(v) : String(v),
        ]),
      ),
    );
  }
  return out;
}

describe('db:backup and db:restore', () => {
  it('round-trip every table, money and Vietnamese text included, replacing what the target held', async () => {
    // Data of every kind in A.
    const ok = async (query: string) => {
      const r = await a.gql(query);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    };
    await ok(
      `mutation { saveAdminUnits(rows: [{ communeCode: "20704", name: "Thôn Pà Dồn" }, { code: "20705", version: 1, name: "Xã Đắc Tôi Mới" }]) { changed } }`,
    );
    await ok(
      `mutation { saveAllocations(rows: [{ unitCode: "49", source: CENTRAL, year: 2031, amount: "9007199254740000" }]) { changed } }`,
    );
    await ok(
      `mutation { saveRecognitions(rows: [{ unitCode: "20704", level: NTM, year: 2024, recognisedOn: "2024-12-20", decision: "3001/QĐ-UBND" }]) { changed } }`,
    );
    await ok(
      `mutation { saveIndicatorValues(rows: [{ unitCode: "20704", key: "HYGIENIC_WATER", year: 2025, value: 96.5 }]) { changed } }`,
    );
    // B holds something else that the restore replaces.
    const rb = await b.gql(
      `mutation { saveAdminUnits(rows: [{ communeCode: "20699", name: "Thôn Sẽ Mất" }]) { changed } }`,
    );
    expect(rb.errors).toBeUndefined();

    const file = path.join(dir, 'a.jsonl.gz');
    const written = await backupDatabase(a.server.db, file);
    expect(written.admin_unit).toBe(261);
    const restored = await restoreDatabase(b.server.db, file);
    expect(restored).toEqual(Object.fromEntries(Object.entries(written).filter(([, n]) => n > 0)));
    expect(await contents(b)).toEqual(await contents(a));

    // B works on: a new write after the restore takes the next id and version.
    const after = await b.gql(
      `mutation { saveAdminUnits(rows: [{ communeCode: "20704", name: "Thôn Mới Sau Khôi Phục" }]) { units { code } } }`,
    );
    expect(after.data!.saveAdminUnits.units).toEqual([{ code: '20704-002' }]);
  });

  it('refuses a file that is not a backup, and leaves the database as it was', async () => {
    const bad = path.join(dir, 'bad.jsonl.gz');
    const zlib = await import('node:zlib');
    fs.writeFileSync(bad, zlib.gzipSync('{"format":"something-else"}\n'));
    const before = await contents(b);
    await expect(restoreDatabase(b.server.db, bad)).rejects.toThrow(/not a backup/);
    expect(await contents(b)).toEqual(before);
  });
});
