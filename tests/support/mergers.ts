import fs from 'node:fs';
import path from 'node:path';
import type { ApiClient, TestServer } from './test-server';

/** What the two files of hierarchy changes (tests/api/mergers*.test.ts) share. */

export const catalogue = (date: string) =>
  fs.readFileSync(path.resolve(__dirname, '../fixtures', `gso-quang-nam-${date}.json`), 'utf8');
export const M = 1_000_000n;
export const DAY = '2025-03-01';
export const BEFORE = '2024-06-30';
export const AFTER = '2025-06-30';

export async function ok<T = any>(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await client.gql(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

export const DIFF = `query($c: String!) { catalogueDiff(catalogue: $c) { date provinces districts communes needsSuccessor changes { kind level code oldName name type oldParentCode parentCode successorCode reason candidates } } }`;
export const PREVIEW = `query($input: HierarchyChangeInput!) { previewHierarchyChange(input: $input) { action unitCode toCode entity count amount } }`;
export const APPLY = `mutation($input: HierarchyChangeInput!) { applyHierarchyChange(input: $input) { changed change { id version status effectiveOn items { kind code successorCode } } effects { action unitCode toCode entity count amount } } }`;
export const REVERT = `mutation($id: ID!, $version: Int!) { revertHierarchyChange(id: $id, version: $version) { id status version } }`;
export const UNITS = `query($level: AdminLevel, $parentCode: String, $asOf: Date) { adminUnits(level: $level, parentCode: $parentCode, asOf: $asOf, first: 500) { totalCount nodes { code name parent { code } ancestors { code } } } }`;
export const SUMMARY = `query($unitCode: String, $asOf: Date) { budgetSummary(unitCode: $unitCode, asOf: $asOf) { allocated allocatedBelow disbursed byChild { unit { code } allocated disbursed } } }`;
export const PROGRESS = `query($asOf: Date!) { planProgress(asOf: $asOf) { goals { key unitsCounted byDistrict { district { code } unitsCounted targets } } } }`;
export const SAVE_ALLOCATIONS = `mutation($rows: [AllocationRowInput!]!) { saveAllocations(rows: $rows) { changed } }`;
export const SAVE_PROJECTS = `mutation($rows: [ProjectRowInput!]!) { saveProjects(rows: $rows) { changed } }`;
export const SAVE_DISBURSEMENTS = `mutation($rows: [DisbursementRowInput!]!) { saveDisbursements(rows: $rows) { changed } }`;

export const codes = (conn: { nodes: { code: string }[] }) => conn.nodes.map((n) => n.code);
export const goal = (progress: any, key: string) => progress.planProgress.goals.find((g: any) => g.key === key);
export const inDistrict = (g: any, code: string) => g.byDistrict.find((d: any) => d.district.code === code);

/** Money recorded for units that the catalogue ends: Bình Định Nam (a commune) and Nông Sơn (a district). */
export async function recordOnEndingUnits(t: TestServer): Promise<void> {
  await ok(t, SAVE_ALLOCATIONS, {
    rows: [
      { unitCode: '513', source: 'DISTRICT', year: 2024, amount: String(500n * M) },
      { unitCode: '20822', source: 'DISTRICT', year: 2024, amount: String(300n * M) },
      { unitCode: '519', source: 'DISTRICT', year: 2024, amount: String(200n * M) },
    ],
  });
  await ok(t, SAVE_PROJECTS, {
    rows: [
      {
        code: 'TB-2024-901',
        name: 'Nhà văn hóa thôn',
        unitCode: '20822',
        kind: 'CULTURE_HOUSE',
        capitalAllocatedOn: '2024-03-01',
      },
    ],
  });
  await ok(t, SAVE_ALLOCATIONS, {
    rows: [{ projectCode: 'TB-2024-901', source: 'DISTRICT', year: 2024, amount: String(300n * M) }],
  });
  await ok(t, SAVE_DISBURSEMENTS, {
    rows: [
      {
        projectCode: 'TB-2024-901',
        source: 'DISTRICT',
        capitalYear: 2024,
        date: '2024-05-10',
        amount: String(100n * M),
      },
    ],
  });
  await ok(t, `mutation($rows: [ModelRowInput!]!) { saveModels(rows: $rows) { changed } }`, {
    rows: [{ unitCode: '20822', name: 'Mô hình du lịch cộng đồng', field: 'TOURISM', year: 2024 }],
  });
}

/** The proposal with the successors the user gives, as the change to apply. */
export function catalogueChange(proposal: any) {
  const chosen: Record<string, string> = { '20830': '20824', '20672': '20674', '20761': '20758' };
  return {
    effectiveOn: DAY,
    decision: 'Nghị quyết 1190/NQ-UBTVQH15',
    items: proposal.changes.map((c: any) => ({
      kind: c.kind,
      code: c.code,
      name: c.name,
      type: c.type,
      parentCode: c.kind === 'MERGE' ? null : c.parentCode,
      successorCode: c.kind === 'MERGE' ? (c.successorCode ?? chosen[c.code] ?? c.candidates[0]) : null,
    })),
  };
}
