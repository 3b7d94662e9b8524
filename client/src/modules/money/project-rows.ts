import type { GridSaveRow } from '@/grid';
import type { DisbursementRecord, DisbursementRowInput, ProjectRecord, ProjectRowInput } from './api';
import type { SourceKey } from './plan-rows';

export const PROJECT_DATES = [
  'capitalAllocatedOn',
  'contractorChosenOn',
  'startedOn',
  'completedOn',
  'acceptedOn',
  'settlementApprovedOn',
  'stoppedOn',
] as const;
export type ProjectDate = (typeof PROJECT_DATES)[number];

export const PROJECT_KINDS = [
  'TRANSPORT',
  'IRRIGATION',
  'ELECTRICITY',
  'SCHOOL',
  'CULTURE_HOUSE',
  'MARKET',
  'HEALTH',
  'WATER',
  'ENVIRONMENT',
  'PRODUCTION',
  'MODEL',
  'RECURRENT',
  'OTHER',
] as const;

export const CHECKPOINT_STATES = ['MET', 'PENDING', 'MISSED', 'NOT_APPLICABLE'] as const;

/** A checkpoint's column field: `cp_2024_06_30` for the checkpoint due on 30/06/2024. */
export type CheckpointField = `cp_${string}`;
export const checkpointField = (dueDate: string): CheckpointField => `cp_${dueDate.replace(/-/g, '_')}`;

export interface ProjectCheckpoint {
  dueDate: string;
  minSharePermille: number;
  state: string;
  required: string;
  disbursed: string;
  shortBy: string;
}

/** A project as a grid row: its record, its money as of the date, and its checkpoints. */
export type ProjectRow = {
  code: string;
  id: number | null;
  version: number;
  name: string;
  kind: string | null;
  unitCode: string;
  unitName: string;
  /** The server's word on the project's unit: the user may write there now. */
  editable: boolean;
  note: string | null;
  allocated: string;
  disbursed: string;
  /** Paid / allocated in percent (50 for half); null without capital. */
  ratePercent: number | null;
  status: string;
  localDebt: boolean;
  treasuryRoom: string | null;
  checkpoints: Readonly<Record<string, ProjectCheckpoint>>;
} & { [D in ProjectDate]: string | null } & { [field: CheckpointField]: string | null };

export function toProjectRow(p: ProjectRecord): ProjectRow {
  const checkpoints: Record<string, ProjectCheckpoint> = {};
  const row = {
    code: p.code,
    id: p.id,
    version: p.version,
    name: p.name,
    kind: p.kind,
    unitCode: p.unit.code,
    unitName: p.unit.name,
    editable: p.unit.editable,
    note: p.note,
    allocated: p.allocated,
    disbursed: p.disbursed,
    ratePercent: p.rate === null ? null : Math.round(p.rate * 10000) / 100,
    status: p.status,
    localDebt: p.localDebt,
    treasuryRoom: p.treasuryRoom,
    checkpoints,
  } as ProjectRow;
  for (const f of PROJECT_DATES) row[f] = p[f];
  for (const c of p.checkpoints) {
    checkpoints[c.checkpoint.dueDate] = {
      dueDate: c.checkpoint.dueDate,
      minSharePermille: c.checkpoint.minSharePermille,
      state: c.state,
      required: c.required,
      disbursed: c.disbursed,
      shortBy: c.shortBy,
    };
    row[checkpointField(c.checkpoint.dueDate)] = c.state;
  }
  return row;
}

/** The first content of a project added in the grid. */
export function newProjectRow(key: string, unitCode: string, unitName: string): ProjectRow {
  const row = {
    code: key,
    id: null,
    version: 0,
    name: '',
    kind: null,
    unitCode,
    unitName,
    editable: true,
    note: null,
    allocated: '0',
    disbursed: '0',
    ratePercent: null,
    status: 'PLANNED',
    localDebt: false,
    treasuryRoom: null,
    checkpoints: {},
  } as unknown as ProjectRow;
  for (const f of PROJECT_DATES) row[f] = null;
  return row;
}

const PROJECT_INPUT_FIELDS = ['name', 'kind', 'note', ...PROJECT_DATES] as const;

/** What a save sends for a project: a new one whole, a changed one's fields with its version. */
export function projectInput(saved: GridSaveRow<ProjectRow>): ProjectRowInput {
  const row = saved.row;
  if (saved.isNew) {
    const input: ProjectRowInput = {
      code: row.code.trim(),
      name: row.name,
      unitCode: row.unitCode.trim(),
      kind: row.kind as ProjectRowInput['kind'],
      note: row.note,
    };
    for (const f of PROJECT_DATES) if (row[f]) input[f] = row[f];
    return input;
  }
  const input: ProjectRowInput = { id: saved.origin.id, version: saved.origin.version };
  for (const field of saved.changed) {
    if ((PROJECT_INPUT_FIELDS as readonly string[]).includes(field)) {
      (input as Record<string, unknown>)[field] = (row as Record<string, unknown>)[field];
    }
  }
  return input;
}

/** A payment as a grid row; `remove` marks it for deletion on the next save. */
export interface DisbursementRow {
  key: string;
  id: number | null;
  version: number;
  date: string | null;
  source: SourceKey | null;
  capitalYear: number | null;
  amount: string | null;
  note: string | null;
  remove: boolean;
}

export function toDisbursementRow(d: DisbursementRecord): DisbursementRow {
  return {
    key: String(d.id),
    id: d.id,
    version: d.version,
    date: d.date,
    source: d.source,
    capitalYear: d.capitalYear,
    amount: d.amount,
    note: d.note,
    remove: false,
  };
}

const DISBURSEMENT_FIELDS = ['date', 'source', 'capitalYear', 'amount', 'note'] as const;

/** What a save sends for a payment: a new one, a change with its version, or a deletion. */
export function disbursementInput(saved: GridSaveRow<DisbursementRow>, projectCode: string): DisbursementRowInput {
  const row = saved.row;
  if (saved.isNew) {
    return {
      projectCode,
      date: row.date,
      source: row.source,
      capitalYear: row.capitalYear,
      amount: row.amount,
      note: row.note,
    };
  }
  if (row.remove) return { id: saved.origin.id, version: saved.origin.version, delete: true };
  const input: DisbursementRowInput = { id: saved.origin.id, version: saved.origin.version };
  for (const field of saved.changed) {
    if ((DISBURSEMENT_FIELDS as readonly string[]).includes(field)) {
      (input as Record<string, unknown>)[field] = row[field as keyof DisbursementRow];
    }
  }
  return input;
}
