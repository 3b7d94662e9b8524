import { startBuiltServer } from '../support/built-server';
const URL = 'mysql://root@127.0.0.1:3306/ntm_bench_national';
const QUERIES: Record<string, [string, object]> = {
  budget: [`query($unitCode: String, $asOf: Date) { budgetSummary(unitCode: $unitCode, asOf: $asOf) { allocated allocatedBelow disbursed bySource { source allocated disbursed } byChild { unit { code } allocated disbursed } } }`, { unitCode: '01', asOf: '2025-06-30' }],
  page: [`query($filter: ProjectFilter, $first: Int!) { projects(filter: $filter, first: $first) { totalCount nodes { id code name kind unit { code name } capitalAllocatedOn startedOn completedOn version } } }`, { filter: { unitCode: '01' }, first: 50 }],
  plan: [`query($asOf: Date!) { planProgress(asOf: $asOf) { goals { key goal unitsCounted achieved inPipeline gap byDistrict { district { code } unitsCounted achieved targets } } } }`, { asOf: '2025-06-30' }],
};
async function main() {
  const which = process.argv[2];
  const prof = process.argv.includes('--prof');
  const s = await startBuiltServer({ DATABASE_URL: URL, NTM_ADMIN_PASSWORD: 'bench-admin-password', NTM_BCRYPT_COST: '4', NODE_ENV: 'production' }, { nodeArgs: prof ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof/cpu'] : [], timeoutMs: 120000 });
  const gql = async (q: string, v: object, token = '') => { const r = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: q, variables: v }) }); const b: any = await r.json(); if (b.errors) throw new Error(JSON.stringify(b.errors).slice(0, 400)); return b.data; };
  const token = (await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }', { u: 'admin', p: 'bench-admin-password' })).login.accessToken;
  const [q, v] = QUERIES[which];
  const times: number[] = [];
  let out: any;
  for (let round = 0; round < (prof ? (which === 'page' ? 600 : 60) : 20); round++) {
    const t0 = performance.now();
    out = await gql(q, v, token);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(which, 'median', times[Math.floor(times.length / 2)].toFixed(1), 'min', times[0].toFixed(1));
  if (process.argv.includes('--show')) console.log(JSON.stringify(out).slice(0, 3000));
  s.child.kill('SIGINT');
  await new Promise((r) => setTimeout(r, 1500));
}
main();
