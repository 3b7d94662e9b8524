/**
 * `pnpm bench:data [--scale national|province] [--server mysql://root@127.0.0.1:3306]`
 *
 * A deterministic dataset for the benchmarks, in its own MySQL/MariaDB database (`ntm_bench_national`
 * or `ntm_bench_province`): the built server migrates it and seeds Quảng Nam's plan; then the
 * real hierarchy of the GSO catalogue of 2024-02-01 (63 provinces, 705 district-level and 10,598
 * commune-level units, kept compressed in bench/data) and generated villages (8 per commune),
 * targets, evaluations, allocations, projects (20 per commune) and disbursements (5 per project)
 * go in with multi-row INSERTs. Ids are read back by code, never assumed consecutive.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { type Connection, createConnection } from 'mysql2/promise';
import { startBuiltServer, stopProcess } from '../support/built-server';
import { AdminLevel, foldVietnamese, parseDelimited, parseUnitTypeName, shortUnitName, villageCode } from '@ntm/shared';

export type Scale = 'national' | 'province';

const CATALOGUE = path.join(__dirname, 'data/gso-admin-units-2024-02-01.csv.gz');
const PROVINCE = '49';
const VILLAGES_PER_COMMUNE = 8;
const PROJECTS_PER_COMMUNE = 20;
const DISBURSEMENTS_PER_PROJECT = 5;
const CHUNK = 2000;
const KINDS = ['TRANSPORT', 'IRRIGATION', 'SCHOOL', 'CULTURE_HOUSE', 'HEALTH', 'ELECTRICITY', 'MARKET', 'ENVIRONMENT'];

export const benchDatabaseName = (scale: Scale) => `ntm_bench_${scale}`;

/** A small deterministic generator (mulberry32): the same dataset on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A progress line on stderr: what is loading, how far, how fast. */
class Progress {
  private started = Date.now();
  /** Redrawn in place on a terminal; in a log (CI) one line per tenth, not one per chunk. */
  private readonly live = process.stderr.isTTY === true;
  private shownTenth = -1;
  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}
  tick(done: number): void {
    if (!this.live) {
      const tenth = Math.floor((done / Math.max(this.total, 1)) * 10);
      if (tenth === this.shownTenth || done === this.total) return;
      this.shownTenth = tenth;
    }
    const width = 30;
    const filled = Math.round((done / Math.max(this.total, 1)) * width);
    const rate = Math.round(done / Math.max((Date.now() - this.started) / 1000, 0.001));
    const line = `  ${this.label.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${this.total.toLocaleString('en')} (${rate.toLocaleString('en')}/s)`;
    process.stderr.write(this.live ? `\r${line}   ` : `${line}\n`);
  }
  done(): void {
    const seconds = `${((Date.now() - this.started) / 1000).toFixed(1)} s`;
    if (this.live) {
      this.tick(this.total);
      process.stderr.write(`${seconds}\n`);
    } else {
      process.stderr.write(`  ${this.label.padEnd(14)} ${this.total.toLocaleString('en')} rows in ${seconds}\n`);
    }
  }
}

async function insertAll(
  db: Connection,
  table: string,
  columns: string[],
  rows: unknown[][],
  label = table,
): Promise<void> {
  const progress = new Progress(label, rows.length);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [
      rows.slice(i, i + CHUNK),
    ]);
    progress.tick(Math.min(i + CHUNK, rows.length));
  }
  progress.done();
}

/** Runs the built server once on the database: it migrates it and seeds Quảng Nam and its plan. */
async function migrateAndSeed(url: string): Promise<void> {
  const server = await startBuiltServer(
    {
      DATABASE_URL: url,
      NTM_ADMIN_PASSWORD: process.env.NTM_ADMIN_PASSWORD ?? 'bench-admin-password',
      NTM_BCRYPT_COST: '4',
    },
    { timeoutMs: 120_000 },
  );
  await stopProcess(server.child, 'SIGTERM');
}

interface CatalogueRow {
  level: AdminLevel;
  code: string;
  name: string;
  typeName: string;
  parentCode: string | null;
}

function readCatalogue(): CatalogueRow[] {
  const text = zlib.gunzipSync(fs.readFileSync(CATALOGUE)).toString('utf8');
  const [, ...rows] = parseDelimited(text, ',').filter((r) => r.length > 1);
  const levels: Record<string, AdminLevel> = {
    province: AdminLevel.PROVINCE,
    district: AdminLevel.DISTRICT,
    commune: AdminLevel.COMMUNE,
  };
  return rows.map(([level, code, name, typeName, parentCode]) => ({
    level: levels[level],
    code,
    name,
    typeName,
    parentCode: parentCode || null,
  }));
}

interface Unit {
  id: number;
  code: string;
  path: string;
  level: AdminLevel;
}

async function units(db: Connection, where = '1 = 1'): Promise<Map<string, Unit>> {
  const [rows] = await db.query(`SELECT id, code, path, level FROM admin_unit WHERE ${where}`);
  return new Map((rows as Unit[]).map((u) => [u.code, u]));
}

export interface DatasetSize {
  scale: Scale;
  provinces: number;
  districts: number;
  communes: number;
  villages: number;
  projects: number;
  disbursements: number;
  allocations: number;
  evaluations: number;
  targets: number;
}

/** Counts what a bench database holds (for the report). */
export async function datasetSize(db: Connection, scale: Scale): Promise<DatasetSize> {
  const count = async (sql: string) => Number(((await db.query(sql))[0] as { n: number }[])[0].n);
  const level = (l: AdminLevel) => count(`SELECT COUNT(*) AS n FROM admin_unit WHERE level = '${l}'`);
  return {
    scale,
    provinces: await level(AdminLevel.PROVINCE),
    districts: await level(AdminLevel.DISTRICT),
    communes: await level(AdminLevel.COMMUNE),
    villages: await level(AdminLevel.VILLAGE),
    projects: await count('SELECT COUNT(*) AS n FROM project'),
    disbursements: await count('SELECT COUNT(*) AS n FROM disbursement'),
    allocations: await count('SELECT COUNT(*) AS n FROM allocation'),
    evaluations: await count('SELECT COUNT(*) AS n FROM evaluation'),
    targets: await count('SELECT COUNT(*) AS n FROM target'),
  };
}

/** Creates the bench database of a scale from nothing; returns its URL. */
export async function generate(scale: Scale, server: string): Promise<string> {
  const started = Date.now();
  const name = benchDatabaseName(scale);
  const base = new URL(server.replace(/^mariadb:/, 'mysql:'));
  base.pathname = '';
  const admin = await createConnection(base.toString());
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  process.stderr.write(`bench:data ${scale} into ${name}\n  migrating and seeding Quảng Nam with the built server…\n`);
  await migrateAndSeed(url.toString());

  const db = await createConnection({
    uri: url.toString(),
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
  });
  try {
    await db.query('SET SESSION unique_checks = 0');
    const rand = random(20240201);

    // The hierarchy: the catalogue's units the seed did not add, level by level.
    if (scale === 'national') {
      const catalogue = readCatalogue();
      let known = await units(db);
      for (const level of [AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE]) {
        const rows = catalogue
          .filter((r) => r.level === level && !known.has(r.code))
          .map((r) => {
            const type = parseUnitTypeName(r.typeName, level);
            if (!type) throw new Error(`unknown type ${r.typeName} of ${r.code}`);
            const parent = r.parentCode ? known.get(r.parentCode) : undefined;
            if (r.parentCode && !parent) throw new Error(`no parent ${r.parentCode} for ${r.code}`);
            return [
              r.code,
              r.name,
              shortUnitName(r.name, type),
              foldVietnamese(r.name),
              type,
              level,
              parent?.id ?? null,
              parent ? `${parent.path}/${r.code}` : r.code,
              rand() < 0.3 ? 1 : 0,
            ];
          });
        await insertAll(
          db,
          'admin_unit',
          ['code', 'name', 'shortName', 'searchName', 'type', 'level', 'parentId', 'path', 'mountainous'],
          rows,
          `${level.toLowerCase()}s`,
        );
        known = await units(db);
      }
    }
    const scope = scale === 'national' ? '1 = 1' : `(path = '${PROVINCE}' OR path LIKE '${PROVINCE}/%')`;
    const communes = [...(await units(db, `level = 'COMMUNE' AND ${scope}`)).values()].sort((a, b) =>
      a.code.localeCompare(b.code),
    );
    const districts = [...(await units(db, `level = 'DISTRICT' AND ${scope}`)).values()];
    const provinces = [...(await units(db, `level = 'PROVINCE' AND ${scope}`)).values()];

    // Villages: 8 per commune.
    const villages = communes.flatMap((c) =>
      Array.from({ length: VILLAGES_PER_COMMUNE }, (_, i) => {
        const name = `Thôn ${i + 1}`;
        return [
          villageCode(c.code, i + 1),
          name,
          name.slice(5),
          foldVietnamese(name),
          'VILLAGE',
          AdminLevel.VILLAGE,
          c.id,
          `${c.path}/${villageCode(c.code, i + 1)}`,
          0,
        ];
      }),
    );
    await insertAll(
      db,
      'admin_unit',
      ['code', 'name', 'shortName', 'searchName', 'type', 'level', 'parentId', 'path', 'mountainous'],
      villages,
      'villages',
    );

    // Targets and evaluations of the plan in force.
    const [[plan]] = (await db.query('SELECT id FROM plan ORDER BY id LIMIT 1')) as unknown as [{ id: number }[]];
    const [held] = (await db.query('SELECT unitId, level, year, kind FROM target')) as unknown as [
      { unitId: number; level: string; year: number; kind: string }[],
    ];
    const taken = new Set(held.map((t) => `${t.unitId}|${t.level}|${t.year}|${t.kind}`));
    const targets = communes.flatMap((c) => {
      const level = rand() < 0.7 ? 'NTM' : 'ADVANCED';
      const year = rand() < 0.5 ? 2024 : 2025;
      return taken.has(`${c.id}|${level}|${year}|NEW`) ? [] : [[plan.id, c.id, c.path, level, year, 'NEW']];
    });
    await insertAll(db, 'target', ['planId', 'unitId', 'unitPath', 'level', 'year', 'kind'], targets, 'targets');
    const [criteria] = (await db.query(
      "SELECT c.id FROM criterion c JOIN criteria_set s ON s.id = c.setId WHERE s.unitLevel = 'COMMUNE' AND s.level = 'NTM' ORDER BY s.fromYear DESC, c.id",
    )) as unknown as [{ id: number }[]];
    const [evaluated] = (await db.query('SELECT DISTINCT unitId FROM evaluation')) as unknown as [{ unitId: number }[]];
    const alreadyEvaluated = new Set(evaluated.map((e) => e.unitId));
    const evaluations = communes
      .filter((c) => !alreadyEvaluated.has(c.id))
      .flatMap((c) => criteria.slice(0, 19).map((k) => [c.id, c.path, 2024, k.id, rand() < 0.8 ? 1 : 0]));
    await insertAll(db, 'evaluation', ['unitId', 'unitPath', 'year', 'criterionId', 'met'], evaluations, 'evaluations');

    // Money: each commune's own capital per source and year, its 20 projects with theirs, and
    // the districts' and provinces' receipts covering what they hand down.
    const money: unknown[][] = [];
    const projects: unknown[][] = [];
    const perCommune = new Map<number, bigint>();
    for (const c of communes) {
      let total = 0n;
      for (let p = 1; p <= PROJECTS_PER_COMMUNE; p++) {
        const code = `DA-${c.code}-${String(p).padStart(2, '0')}`;
        const year = 2021 + Math.floor(rand() * 5);
        projects.push([
          code,
          `Công trình ${KINDS[p % KINDS.length].toLowerCase()} ${p} xã ${c.code}`,
          c.id,
          c.path,
          KINDS[p % KINDS.length],
          `${year}-0${1 + Math.floor(rand() * 9)}-15`,
        ]);
      }
      total = BigInt(PROJECTS_PER_COMMUNE) * 1_000_000_000n;
      perCommune.set(c.id, total);
    }
    await insertAll(
      db,
      'project',
      ['code', 'name', 'unitId', 'unitPath', 'kind', 'capitalAllocatedOn'],
      projects,
      'projects',
    );
    const projectIds = new Map<string, number>();
    const [projectRows] = (await db.query(`SELECT id, code FROM project WHERE code LIKE 'DA-%'`)) as unknown as [
      { id: number; code: string }[],
    ];
    for (const p of projectRows) projectIds.set(p.code, p.id);
    const byDistrict = new Map<number, bigint>();
    const parentOf = new Map<string, Unit>([...districts, ...provinces].map((u) => [u.path, u]));
    for (const c of communes) {
      const own = perCommune.get(c.id)!;
      money.push([c.id, c.path, 0, 2024, 'CENTRAL', own]);
      const parentPath = c.path.split('/').slice(0, -1).join('/');
      const parent = parentOf.get(parentPath);
      if (parent) byDistrict.set(parent.id, (byDistrict.get(parent.id) ?? 0n) + own);
      for (let p = 1; p <= PROJECTS_PER_COMMUNE; p++) {
        const id = projectIds.get(`DA-${c.code}-${String(p).padStart(2, '0')}`)!;
        money.push([c.id, c.path, id, 2024, 'CENTRAL', 1_000_000_000n]);
      }
    }
    const [existing] = (await db.query(
      "SELECT unitId FROM allocation WHERE projectId = 0 AND year = 2024 AND source = 'CENTRAL' AND capitalType = ''",
    )) as unknown as [{ unitId: number }[]];
    const allocated = new Set(existing.map((a) => a.unitId));
    for (const d of districts) {
      if (!allocated.has(d.id)) money.push([d.id, d.path, 0, 2024, 'CENTRAL', byDistrict.get(d.id) ?? 0n]);
    }
    for (const p of provinces) {
      if (allocated.has(p.id)) continue;
      const inside = districts
        .filter((d) => d.path.startsWith(`${p.path}/`))
        .reduce((s, d) => s + (byDistrict.get(d.id) ?? 0n), 0n);
      money.push([p.id, p.path, 0, 2024, 'CENTRAL', inside]);
    }
    await insertAll(
      db,
      'allocation',
      ['unitId', 'unitPath', 'projectId', 'year', 'source', 'amount'],
      money.map((r) => r.map((v) => (typeof v === 'bigint' ? v.toString() : v))),
      'allocations',
    );

    // Disbursements: 5 per project, well within its allocation.
    const disbursements: unknown[][] = [];
    for (const c of communes) {
      for (let p = 1; p <= PROJECTS_PER_COMMUNE; p++) {
        const id = projectIds.get(`DA-${c.code}-${String(p).padStart(2, '0')}`)!;
        for (let d = 0; d < DISBURSEMENTS_PER_PROJECT; d++) {
          disbursements.push([
            id,
            c.path,
            'CENTRAL',
            2024,
            `2024-${String(2 + d * 2).padStart(2, '0')}-${String(1 + Math.floor(rand() * 27)).padStart(2, '0')}`,
            String(10_000_000 + Math.floor(rand() * 150_000_000)),
          ]);
        }
      }
    }
    await insertAll(
      db,
      'disbursement',
      ['projectId', 'unitPath', 'source', 'capitalYear', 'date', 'amount'],
      disbursements,
      'disbursements',
    );
    await db.query('ANALYZE TABLE admin_unit, target, evaluation, allocation, project, disbursement');
    const size = await datasetSize(db, scale);
    process.stderr.write(
      `bench:data ${scale}: ${JSON.stringify(size)} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
  } finally {
    await db.end();
  }
  return url.toString();
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (require.main === module) {
  const scale = option('scale', 'national');
  if (scale !== 'national' && scale !== 'province') throw new Error('--scale national|province');
  generate(scale, option('server', process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306'))
    .then((url) => console.log(url))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
