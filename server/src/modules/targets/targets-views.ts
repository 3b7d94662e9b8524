import { AdminLevel, DossierStep, TargetLevel, type ValidationIssue } from '@ntm/shared';
import type { DossierStepRecord } from './dossier-step.entity';
import { Recognition } from './recognition.entity';
import { Target } from './target.entity';
import type { RecognitionView, TargetView } from './targets.types';

export const TARGET_SPEC = {
  entity: Target,
  name: 'Target',
  table: 'target',
  columns: ['level', 'year', 'kind', 'section', 'note', 'satisfactionPermille', 'dossierChangedAt'] as const,
  audited: ['unitPath', 'level', 'year', 'kind', 'section', 'note', 'satisfactionPermille'] as const,
};

export const RECOGNITION_SPEC = {
  entity: Recognition,
  name: 'Recognition',
  table: 'recognition',
  columns: ['level', 'year', 'recognisedOn', 'decision', 'maintainedOn', 'endedOn', 'endReason', 'note'] as const,
  audited: [
    'unitPath',
    'level',
    'year',
    'recognisedOn',
    'decision',
    'maintainedOn',
    'endedOn',
    'endReason',
    'note',
  ] as const,
};

/** The levels a unit of each level may aim for or be recognised at. */
export const LEVELS_OF: Record<AdminLevel, readonly TargetLevel[]> = {
  [AdminLevel.PROVINCE]: [],
  [AdminLevel.DISTRICT]: [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.TASK_COMPLETED],
  [AdminLevel.COMMUNE]: [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.MODEL],
  [AdminLevel.VILLAGE]: [TargetLevel.MODEL_VILLAGE],
};

/** The order of a dossier's steps up the hierarchy. */
export const STEP_ORDER: readonly DossierStep[] = [
  DossierStep.COMMUNE_TO_DISTRICT,
  DossierStep.DISTRICT_TO_PROVINCE,
  DossierStep.PROVINCE_TO_CENTRAL,
  DossierStep.RECOGNISED,
];

export const TEXT_MAX = 1000;

export function textIssue(field: string, text: string | null | undefined, max = TEXT_MAX): ValidationIssue | null {
  return text && text.length > max ? { field, rule: 'tooLong', params: { max } } : null;
}

/** "49/510/20704" cut to the level whose units take a step: the commune, its district, the province. */
export function pathAt(path: string, segments: number): string {
  return path.split('/').slice(0, segments).join('/');
}

/** Whose step it is: a commune sends its dossier, the district forwards it, the province decides. */
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

export function targetView(t: Target, steps: readonly DossierStepRecord[]): TargetView {
  return {
    id: t.id,
    unitId: t.unitId,
    unitPath: t.unitPath,
    level: t.level,
    year: t.year,
    kind: t.kind,
    section: t.section,
    planName: t.planName,
    note: t.note,
    validFrom: t.validFrom,
    satisfactionPercent: t.satisfactionPermille === null ? null : t.satisfactionPermille / 10,
    steps: [...steps]
      .sort((a, b) =>
        a.date === b.date ? STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) : a.date < b.date ? -1 : 1,
      )
      .map((s) => ({ step: s.step, date: s.date, decision: s.decision, note: s.note })),
    version: t.version,
  };
}

export function recognitionView(r: Recognition): RecognitionView {
  const { id, unitId, unitPath, level, year, recognisedOn, decision, maintainedOn, endedOn, endReason, note, version } =
    r;
  return { id, unitId, unitPath, level, year, recognisedOn, decision, maintainedOn, endedOn, endReason, note, version };
}
