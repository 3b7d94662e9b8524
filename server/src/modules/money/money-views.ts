/** The money module's pure parts: what each batch writes and audits, and entity → GraphQL view. */

import { type AllocationFacts, type CapitalType, type DisbursementFacts, type Dong } from '@ntm/shared';
import { Allocation } from './allocation.entity';
import { Disbursement } from './disbursement.entity';
import { Project } from './project.entity';
import { Reallocation } from './reallocation.entity';
import type { AllocationView, DisbursementView, ProjectView, ReallocationView } from './money.types';

export const ALLOCATION_SPEC = {
  entity: Allocation,
  name: 'Allocation',
  table: 'allocation',
  columns: ['amount', 'note'] as const,
  audited: ['unitPath', 'projectId', 'year', 'source', 'capitalType', 'amount', 'note'] as const,
};
const PROJECT_COLUMNS = [
  'name',
  'kind',
  'targetId',
  'capitalAllocatedOn',
  'contractorChosenOn',
  'startedOn',
  'completedOn',
  'acceptedOn',
  'settlementApprovedOn',
  'stoppedOn',
  'note',
] as const;
export const PROJECT_SPEC = {
  entity: Project,
  name: 'Project',
  table: 'project',
  columns: PROJECT_COLUMNS,
  audited: ['code', 'unitPath', ...PROJECT_COLUMNS] as const,
};
export const DISBURSEMENT_SPEC = {
  entity: Disbursement,
  name: 'Disbursement',
  table: 'disbursement',
  columns: ['source', 'capitalYear', 'date', 'amount', 'note'] as const,
  audited: ['source', 'capitalYear', 'date', 'amount', 'note'] as const,
};
export const REALLOCATION_SPEC = {
  entity: Reallocation,
  name: 'Reallocation',
  table: 'reallocation',
  columns: ['amount', 'reason', 'status', 'reportedOn', 'doneOn'] as const,
  audited: [
    'fromUnitPath',
    'fromProjectId',
    'toUnitId',
    'toProjectId',
    'source',
    'capitalYear',
    'amount',
    'reason',
    'status',
    'reportedOn',
    'doneOn',
  ] as const,
};

export const PROJECT_DATES = [
  'capitalAllocatedOn',
  'contractorChosenOn',
  'startedOn',
  'completedOn',
  'acceptedOn',
  'settlementApprovedOn',
  'stoppedOn',
] as const;

export const str = (d: Dong) => d.toString();
export const typeKey = (t: CapitalType | '' | null | undefined) => t ?? '';

export function allocationView(a: Allocation): AllocationView {
  return {
    id: a.id,
    unitId: a.unitId,
    projectId: a.projectId,
    year: a.year,
    source: a.source,
    capitalType: a.capitalType === '' ? null : a.capitalType,
    amount: a.amount,
    note: a.note,
    version: a.version,
  };
}

export function projectView(p: Project): ProjectView {
  return { ...p };
}

export function disbursementView(d: Disbursement): DisbursementView {
  return {
    id: d.id,
    projectId: d.projectId,
    source: d.source,
    capitalYear: d.capitalYear,
    date: d.date,
    amount: d.amount,
    note: d.note,
    version: d.version,
  };
}

export function reallocationView(r: Reallocation): ReallocationView {
  return { ...r, capitalType: r.capitalType === '' ? null : r.capitalType };
}

export const facts = {
  allocation: (a: Allocation): AllocationFacts => ({ source: a.source, year: a.year, amount: BigInt(a.amount) }),
  disbursement: (d: Disbursement): DisbursementFacts => ({
    source: d.source,
    date: d.date,
    amount: BigInt(d.amount),
    capitalYear: d.capitalYear,
  }),
};

export function counts(out: { created: number; updated: number; deleted: number; unchanged: number }) {
  return {
    created: out.created,
    updated: out.updated,
    deleted: out.deleted,
    unchanged: out.unchanged,
    changed: out.created + out.updated + out.deleted,
  };
}
