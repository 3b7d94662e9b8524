import {
  AdminLevel,
  DossierStatus,
  DossierStep,
  Role,
  TargetKind,
  TargetLevel,
  canWriteUnit,
  dossierStatusOn,
  type Assignment,
} from '@ntm/shared';
import type { EnumOption } from '@/grid';
import { sessionUser } from '@/modules/auth';
import type { TargetRecord } from './api';

/** The levels units of each level may aim for (the server's rule). */
export const LEVELS_OF: Record<AdminLevel, readonly TargetLevel[]> = {
  [AdminLevel.PROVINCE]: [],
  [AdminLevel.DISTRICT]: [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.TASK_COMPLETED],
  [AdminLevel.COMMUNE]: [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.MODEL],
  [AdminLevel.VILLAGE]: [TargetLevel.MODEL_VILLAGE],
};

/** The unit levels the pages show, in the order of their tabs. */
export const UNIT_TABS = [AdminLevel.COMMUNE, AdminLevel.DISTRICT, AdminLevel.VILLAGE] as const;
export type UnitTab = (typeof UNIT_TABS)[number];

export const TARGET_KINDS: readonly TargetKind[] = [
  TargetKind.NEW,
  TargetKind.MAINTAIN,
  TargetKind.REVIEW,
  TargetKind.SUPPORTED,
];

/** Every step, in the order a dossier takes them (returning ends it). */
export const DOSSIER_STEPS: readonly DossierStep[] = [
  DossierStep.COMMUNE_TO_DISTRICT,
  DossierStep.DISTRICT_TO_PROVINCE,
  DossierStep.PROVINCE_TO_CENTRAL,
  DossierStep.RECOGNISED,
  DossierStep.RETURNED,
];

export const DOSSIER_STATUSES: readonly DossierStatus[] = [
  DossierStatus.NOT_STARTED,
  DossierStatus.AT_DISTRICT,
  DossierStatus.AT_PROVINCE,
  DossierStatus.AT_CENTRAL,
  DossierStatus.RECOGNISED,
  DossierStatus.RETURNED,
];

export const levelOptions = (levels: readonly TargetLevel[]): EnumOption[] =>
  levels.map((value) => ({ value, label: `targetLevels.${value}` }));
export const KIND_OPTIONS: EnumOption[] = TARGET_KINDS.map((value) => ({
  value,
  label: `targetKinds.${value}`,
}));
export const STATUS_OPTIONS: EnumOption[] = DOSSIER_STATUSES.map((value) => ({
  value,
  label: `dossierStatus.${value}`,
}));

/** The field of a step's decision number in a grid row: "RECOGNISED_decision". */
export type DecisionField = `${DossierStep}_decision`;
export const decisionField = (step: DossierStep): DecisionField => `${step}_decision`;

/**
 * A target as a grid row: flat, with its unit's district and commune, and its dossier's steps
 * as one date field and one decision field per step (the fields the dossier grid edits).
 */
export type TargetGridRow = {
  /** `String(id)`, or the key of a row added in the grid. */
  key: string;
  id: number | null;
  unitLevel: AdminLevel;
  unitCode: string;
  unitName: string;
  /** Codes from the province down to the unit ("49/510/20704"): whose steps are whose. */
  unitPath: string;
  commune: string;
  district: string;
  mountainous: boolean;
  level: TargetLevel | null;
  year: number | null;
  kind: TargetKind | null;
  section: string | null;
  planName: string | null;
  note: string | null;
  satisfactionPercent: number | null;
  status: DossierStatus;
  /** Ticked: the save removes the target. */
  remove: boolean;
  version: number;
} & Record<DossierStep, string | null> &
  Record<DecisionField, string | null>;

export function toRow(record: TargetRecord, unitLevel: AdminLevel): TargetGridRow {
  const above = (level: string) => record.unit.ancestors.find((a) => a.level === level)?.name ?? '';
  const row = {
    key: String(record.id),
    id: record.id,
    unitLevel,
    unitCode: record.unit.code,
    unitName: record.unit.name,
    unitPath: [...record.unit.ancestors.map((a) => a.code), record.unit.code].join('/'),
    commune: above(AdminLevel.COMMUNE),
    district: above(AdminLevel.DISTRICT),
    mountainous: record.unit.mountainous,
    level: record.level as TargetLevel,
    year: record.year,
    kind: record.kind as TargetKind,
    section: record.section,
    planName: record.planName,
    note: record.note,
    satisfactionPercent: record.satisfactionPercent,
    status: record.dossierStatus as DossierStatus,
    remove: false,
    version: record.version,
  } as TargetGridRow;
  for (const step of DOSSIER_STEPS) {
    const taken = record.steps.find((s) => s.step === step);
    row[step] = taken?.date ?? null;
    row[decisionField(step)] = taken?.decision ?? null;
  }
  return row;
}

/** A row's steps as dated in the row (with its unsaved edits). */
export function stepsOf(row: TargetGridRow): { step: DossierStep; date: string }[] {
  return DOSSIER_STEPS.flatMap((step) => (row[step] ? [{ step, date: row[step]! }] : []));
}

/** Where the row's dossier stands on a date, by the dates in the row. */
export function statusOn(row: TargetGridRow, date: string): DossierStatus {
  return dossierStatusOn(stepsOf(row), date);
}

/** "49/510/20704" cut to the level whose units take a step: the commune, its district, the province. */
function pathAt(path: string, segments: number): string {
  return path.split('/').slice(0, segments).join('/');
}

/** Whose step it is (the server's rule): the commune sends, the district forwards, the province decides. */
export function stepOwnerPath(step: DossierStep, unitPath: string): string {
  switch (step) {
    case DossierStep.COMMUNE_TO_DISTRICT:
      return unitPath;
    case DossierStep.DISTRICT_TO_PROVINCE:
      return pathAt(unitPath, 2);
    default:
      return pathAt(unitPath, 1);
  }
}

/**
 * The signed-in user's assignments as the shared rules read them, placed along `path`. The
 * session names an assignment's unit by its code; codes are unique across levels, so a unit on
 * the path is the unit of that code, and one off the path is out of reach whatever its path.
 */
function assignmentsAlong(path: string): Assignment[] {
  const segments = path.split('/');
  return (sessionUser.value?.assignments ?? []).map((a) => {
    const at = a.unit ? segments.indexOf(a.unit.code) : -1;
    return {
      role: a.role as Role,
      unitPath: at >= 0 ? segments.slice(0, at + 1).join('/') : `~${a.unit?.code ?? ''}`,
    };
  });
}

/** May the signed-in user change the data of the unit at `path` (the shared rule)? */
export function canWritePath(path: string): boolean {
  return canWriteUnit(assignmentsAlong(path), path);
}

/** May the signed-in user record this step of the row's dossier? */
export function canTakeStep(step: DossierStep, row: TargetGridRow): boolean {
  return !!row.unitPath && canWritePath(stepOwnerPath(step, row.unitPath));
}
