import { budgetOwnerLevel, type FundingSource } from '@ntm/shared';
import type { GridSaveRow } from '@/grid';
import type { AllocationRecord, AllocationRowInput, MoneyUnit } from './api';
import { SOURCES, dong, sumMoney } from './amounts';

/** A source as a column field: its own name ("CENTRAL"), which is also the column's `col-id`. */
export type SourceKey = `${FundingSource}`;

/** The allocation a cell stands for, when there is one with no capital type. */
export interface CellRecord {
  id: number;
  version: number;
}

/**
 * A unit's row of the capital plan: its allocations of the year by source (whole đồng), the
 * records behind them, and whether it is the unit chosen (what it received) or one below it.
 */
export type PlanRow = {
  code: string;
  name: string;
  level: string;
  /** The server's word: the user may write this unit's data now. */
  editable: boolean;
  /** The unit chosen: its row is what it received, the others what it handed down. */
  self: boolean;
  cells: Readonly<Partial<Record<SourceKey, CellRecord>>>;
  /** Sources whose allocation is split by capital type: shown summed, read-only here. */
  typed: Readonly<Partial<Record<SourceKey, boolean>>>;
} & { [S in SourceKey]: string | null };

export function planRow(unit: MoneyUnit, self: boolean, allocations: readonly AllocationRecord[]): PlanRow {
  const cells: Partial<Record<SourceKey, CellRecord>> = {};
  const typed: Partial<Record<SourceKey, boolean>> = {};
  const row = {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    editable: unit.editable,
    self,
    cells,
    typed,
  } as PlanRow;
  for (const source of SOURCES) {
    const mine = allocations.filter((a) => a.unit.code === unit.code && a.source === source);
    row[source] = mine.length ? sumMoney(mine.map((a) => a.amount)) : null;
    const plain = mine.find((a) => a.capitalType === null);
    if (plain) cells[source] = { id: plain.id, version: plain.version };
    if (mine.some((a) => a.capitalType !== null)) typed[source] = true;
  }
  return row;
}

/** Where a request row of a save came from: the grid row's index and the source's cell. */
export interface AllocationOrigin {
  index: number;
  field: SourceKey;
}

/**
 * The request rows of a save: one per changed cell. A cell with a record changes it (or deletes
 * it when emptied), with the version read; a new amount makes a record of the unit, source and
 * year.
 */
export function allocationInputs(
  rows: readonly GridSaveRow<PlanRow>[],
  year: number,
): { inputs: AllocationRowInput[]; origins: AllocationOrigin[] } {
  const inputs: AllocationRowInput[] = [];
  const origins: AllocationOrigin[] = [];
  rows.forEach((saved, index) => {
    for (const field of saved.changed) {
      if (!(SOURCES as readonly string[]).includes(field)) continue;
      const source = field as SourceKey;
      const record = saved.origin.cells[source];
      const amount = saved.row[source];
      if (record) {
        inputs.push(
          amount === null
            ? { id: record.id, version: record.version, delete: true }
            : { id: record.id, version: record.version, amount },
        );
      } else if (amount !== null) {
        inputs.push({ unitCode: saved.key, source, year, amount });
      } else {
        continue;
      }
      origins.push({ index, field: source });
    }
  });
  return { inputs, origins };
}

const LEVEL_DEPTH: Record<string, number> = { PROVINCE: 1, DISTRICT: 2, COMMUNE: 3, VILLAGE: 4 };

/**
 * Does the source reconcile at a unit of this level: is it money the unit received from above
 * or budgets itself, so that what it hands down must fit in it?
 */
export function reconcilesAt(source: SourceKey, level: string): boolean {
  const owner = budgetOwnerLevel(source as FundingSource);
  return owner !== null && (LEVEL_DEPTH[level] ?? 0) >= LEVEL_DEPTH[owner];
}

export interface ReconcileLine {
  source: SourceKey;
  received: string;
  toUnits: string;
  toProjects: string;
  /** received − to units − to projects; null where the source does not reconcile here. */
  remaining: string | null;
  negative: boolean;
}

/** The chosen unit's money per source against what it hands down, edits included. */
export function reconcile(
  rows: readonly PlanRow[],
  toProjects: Readonly<Partial<Record<SourceKey, string>>>,
): ReconcileLine[] {
  const self = rows.find((r) => r.self);
  if (!self) return [];
  const below = rows.filter((r) => !r.self);
  return SOURCES.map((source) => {
    const received = dong(self[source]);
    const units = below.reduce((total, r) => total + dong(r[source]), 0n);
    const projects = dong(toProjects[source]);
    const applies = reconcilesAt(source, self.level);
    const remaining = received - units - projects;
    return {
      source,
      received: received.toString(),
      toUnits: units.toString(),
      toProjects: projects.toString(),
      remaining: applies ? remaining.toString() : null,
      negative: applies && remaining < 0n,
    };
  });
}
