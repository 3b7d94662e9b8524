import autocannon from 'autocannon';
import { eventually } from '../support/eventually';
import { type TestServer, startTestServer } from '../support/test-server';

/**
 * A bounded mixed load: 50 connections sending a fixed number of requests, reading grid pages and
 * saving batches of the same rows. Every answer must be a 200 with data, or a CONFLICT for a
 * stale write; and afterwards the database pool is idle again (no connection leaked). A number
 * of requests, not a number of seconds: a slow machine takes longer over the same load, instead
 * of sending less of it.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 400);

describe('mixed load', () => {
  it('answers 50 connections of reads and batch saves with no error but CONFLICT, and frees the pool', async () => {
    const codes = (await t.gql(`{ adminUnits(parentCode: "510") { nodes { code } } }`)).data!.adminUnits.nodes.map(
      (n: { code: string }) => n.code,
    );
    const read = JSON.stringify({
      query: '{ adminUnits(level: COMMUNE, first: 50) { totalCount nodes { code name version editable } } }',
    });
    // Writes name version 1 on purpose: the first succeeds, the rest are stale and must be CONFLICT.
    const write = (i: number) =>
      JSON.stringify({
        query: 'mutation($rows: [IndicatorValueInput!]!) { saveIndicatorValues(rows: $rows) { changed } }',
        variables: {
          rows: [
            {
              unitCode: codes[i % codes.length],
              key: 'FLOWER_ROADS',
              year: 2025,
              value: i % 7,
              version: i % 3 === 0 ? null : 1,
            },
          ],
        },
      });
    const tally = { ok: 0, conflict: 0, other: [] as string[] };
    let n = 0;
    const result = await autocannon({
      url: `${t.url}/graphql`,
      connections: 50,
      amount: REQUESTS,
      // Seconds an answer may take before it counts as lost: a request queued behind 49 others on
      // a loaded machine is slow, not lost.
      timeout: 120,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: n++ % 4 === 0 ? write(n) : read }),
          onResponse: (status, body) => {
            const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
            if (status === 200 && parsed.data && !parsed.errors) tally.ok++;
            else if (parsed.errors?.every((e) => e.extensions?.code === 'CONFLICT')) tally.conflict++;
            else tally.other.push(`${status} ${JSON.stringify(parsed.errors ?? parsed).slice(0, 200)}`);
          },
        },
      ],
    });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(tally.other.slice(0, 5)).toEqual([]);
    expect(tally.ok).toBeGreaterThan(50);
    // The pool is idle again once the load is over.
    const pool = (
      t.server.db.dataSource.driver as unknown as {
        pool?: { _allConnections?: { length: number }; _freeConnections?: { length: number } };
      }
    ).pool;
    if (pool?._allConnections && pool._freeConnections) {
      // Requests the load tool dropped at its end may still be finishing on the server.
      await eventually(
        async () => [pool._freeConnections!.length, pool._allConnections!.length],
        ([free, all]) => expect(free).toBe(all),
      );
    }
    console.log(
      `load: ${result.requests.total} requests, ${tally.ok} ok, ${tally.conflict} CONFLICT, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
  }, 300_000); // 400 requests take what the machine takes (32 s on MariaDB with two busy cores): this only stops a hang
});
