import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { AdminLevel, DossierStep, satisfactionAllows, todayInVietnam, type ValidationIssue } from '@ntm/shared';
import { useSheetGrid, type GridColumn, type GridSaveRow } from '@/grid';
import { fetchTarget, saveDossiers, type DossierRowInput, type RefusedRow } from '../api';
import { pageIssue } from '../issues';
import {
  DOSSIER_STEPS,
  KIND_OPTIONS,
  LEVELS_OF,
  STATUS_OPTIONS,
  canTakeStep,
  canWritePath,
  decisionField,
  levelOptions,
  statusOn,
  toRow,
  type TargetGridRow,
} from '../rows';
import type { TargetList } from './use-target-list';

/** Steps shown at first for each unit level; the others can be shown from the Columns menu. */
const SHOWN_STEPS: Record<AdminLevel, readonly DossierStep[]> = {
  [AdminLevel.PROVINCE]: [],
  [AdminLevel.DISTRICT]: [
    DossierStep.DISTRICT_TO_PROVINCE,
    DossierStep.PROVINCE_TO_CENTRAL,
    DossierStep.RECOGNISED,
    DossierStep.RETURNED,
  ],
  [AdminLevel.COMMUNE]: [
    DossierStep.COMMUNE_TO_DISTRICT,
    DossierStep.DISTRICT_TO_PROVINCE,
    DossierStep.RECOGNISED,
    DossierStep.RETURNED,
  ],
  [AdminLevel.VILLAGE]: [DossierStep.COMMUNE_TO_DISTRICT, DossierStep.RECOGNISED, DossierStep.RETURNED],
};

const DEFAULT_MIN_SATISFACTION = 90;

const decisionOrNull = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
};

/** What the save sends for one row: the steps changed (date null removes one), satisfaction. */
function dossierInput(row: GridSaveRow<TargetGridRow>): DossierRowInput {
  const r = row.row;
  const input: DossierRowInput = { targetId: row.origin.id!, version: row.origin.version };
  const steps = DOSSIER_STEPS.filter((step) => row.changed.includes(step) || row.changed.includes(decisionField(step)));
  if (steps.length > 0) {
    input.steps = steps.map((step) => ({
      step,
      date: r[step],
      decision: r[step] ? r[decisionField(step)] : null,
    }));
  }
  if (row.changed.includes('satisfactionPercent')) input.satisfactionPercent = r.satisfactionPercent;
  return input;
}

export interface DossierGridOptions {
  id: string;
  list: TargetList;
  unitLevel: () => AdminLevel;
  /** The plan's minimum satisfaction for recognition (IV.10), in %. */
  minSatisfaction: () => number | null;
}

/**
 * The grid of recognition dossiers: a date and a document number per step, and residents'
 * satisfaction, saved together through `saveDossiers` with each target's version. A step is
 * editable where the user's level takes it (the commune sends, the district forwards, the
 * province decides); what the server refuses is marked on the cells it is about.
 */
export function useDossierGrid(options: DossierGridOptions) {
  const { list } = options;
  const { t } = useI18n();
  const today = todayInVietnam();
  const minimum = () => options.minSatisfaction() ?? DEFAULT_MIN_SATISFACTION;

  const label = (row: TargetGridRow): string =>
    `${row.unitName} (${row.unitCode}) · ${row.level ? t(`targetLevels.${row.level}`) : ''} ${row.year ?? ''}`.trim();

  /** Each refused issue on the column it is about, in the words of the grid. */
  function refine(sent: readonly DossierRowInput[]) {
    return (refused: RefusedRow): ValidationIssue[] => {
      const input = sent[refused.index];
      const sentSteps = input?.steps ?? [];
      const row = list.store.find(String(input?.targetId));
      if (refused.code === 'FORBIDDEN') {
        // The server names no cell: the steps sent that the user's level does not take.
        const others = sentSteps.filter((s) => !row || !canTakeStep(s.step as DossierStep, row));
        return (others.length > 0 ? others : sentSteps).map((s) => pageIssue(s.step, 'stepOtherLevel'));
      }
      return refused.issues.flatMap<ValidationIssue>((issue) => {
        const parts = issue.field.split('.');
        if (parts[0] === 'steps' && parts.length === 3) {
          const step = sentSteps[Number(parts[1])]?.step;
          if (!step) return [issue];
          const field = parts[2] === 'decision' ? decisionField(step as DossierStep) : step;
          return [{ ...issue, field }];
        }
        if (parts[0] === 'steps' && parts.length === 2) {
          return [issue.rule === 'notAllowed' ? pageIssue(parts[1], 'stepOrder') : { ...issue, field: parts[1] }];
        }
        if (issue.field === 'satisfactionPercent' && issue.rule === 'outOfRange' && issue.params?.reason) {
          const params = { min: Number(issue.params.min ?? minimum()) };
          return [
            pageIssue('satisfactionPercent', 'satisfactionTooLow', params),
            pageIssue(DossierStep.RECOGNISED, 'satisfactionTooLow', params),
          ];
        }
        return [issue];
      });
    };
  }

  const columns = computed<GridColumn<TargetGridRow>[]>(() => {
    const unitLevel = options.unitLevel();
    const shown = SHOWN_STEPS[unitLevel];
    const cols: GridColumn<TargetGridRow>[] = [
      {
        field: 'unitCode',
        header: 'targets.columns.unitCode',
        type: 'text',
        width: unitLevel === AdminLevel.VILLAGE ? 125 : 95,
      },
      { field: 'unitName', header: 'targets.columns.unitName', type: 'text', minWidth: 160, flex: 1, totalLabel: true },
    ];
    if (unitLevel === AdminLevel.VILLAGE) {
      cols.push({ field: 'commune', header: 'targets.columns.commune', type: 'text', width: 140 });
    }
    if (unitLevel !== AdminLevel.DISTRICT) {
      cols.push({ field: 'district', header: 'targets.columns.district', type: 'text', width: 140 });
    }
    cols.push(
      {
        field: 'level',
        header: 'targets.columns.level',
        type: 'enum',
        width: 140,
        options: levelOptions(LEVELS_OF[unitLevel]),
      },
      {
        field: 'year',
        header: 'targets.columns.year',
        type: 'integer',
        width: 80,
        total: false,
        format: (value) => (typeof value === 'number' ? String(value) : ''),
      },
      { field: 'kind', header: 'targets.columns.kind', type: 'enum', width: 120, options: KIND_OPTIONS, hide: true },
    );
    cols.push(
      {
        field: 'satisfactionPercent',
        header: 'dossiers.columns.satisfactionPercent',
        type: 'number',
        decimals: 1,
        width: 130,
        total: false,
        editable: (row) => !!row.unitPath && canWritePath(row.unitPath),
        validate: (value) =>
          typeof value === 'number' && (value < 0 || value > 100)
            ? { field: 'satisfactionPercent', rule: 'outOfRange', params: { min: 0, max: 100 } }
            : null,
      },
      {
        field: 'status',
        header: 'dossiers.columns.status',
        type: 'enum',
        width: 150,
        options: STATUS_OPTIONS,
        // As the dates in the row have it now, edits included.
        format: (_value, row) => t(`dossierStatus.${statusOn(row, today)}`),
      },
    );
    for (const step of DOSSIER_STEPS) {
      const hide = !shown.includes(step);
      cols.push(
        {
          field: step,
          header: `dossierSteps.${step}`,
          type: 'date',
          width: 135,
          hide,
          editable: (row) => canTakeStep(step, row),
          validate:
            step === DossierStep.RECOGNISED
              ? (value, row) =>
                  value && !satisfactionAllows(row.satisfactionPercent, minimum())
                    ? pageIssue(step, 'satisfactionTooLow', { min: minimum() })
                    : null
              : undefined,
        },
        {
          field: decisionField(step),
          header: `dossiers.columns.decisions.${step}`,
          type: 'text',
          width: 150,
          hide,
          // A number belongs to a step taken: its date comes first.
          editable: (row) => canTakeStep(step, row) && !!row[step],
          validate: (value) =>
            typeof value === 'string' && value.trim().length > 100
              ? { field: decisionField(step), rule: 'tooLong', params: { max: 100 } }
              : null,
          normalise: decisionOrNull,
        },
      );
    }
    cols.push({
      field: 'version',
      header: 'targets.columns.version',
      type: 'integer',
      width: 100,
      hide: true,
      total: false,
    });
    return cols;
  });

  const grid = useSheetGrid<TargetGridRow>({
    id: options.id,
    columns: () => columns.value,
    rowKey: (row) => row.key,
    label,
    scope: () => list.queryKey.value,
    rowAttributes: (row) => ({ 'data-status': statusOn(row, today) }),
    // Wide (two columns a step) and short: every cell drawn, in view or not.
    allColumns: true,
    source: {
      store: list.store,
      async save(rows) {
        const unitLevel = options.unitLevel();
        const input = rows.map(dossierInput);
        const saved = await saveDossiers(input, refine(input));
        return saved.map((record) => toRow(record, unitLevel));
      },
      async reload(key) {
        const row = list.store.find(key);
        if (!row || row.id === null) return null;
        const record = await fetchTarget({ id: row.id, unitCode: row.unitCode, unitLevel: row.unitLevel });
        return record ? toRow(record, row.unitLevel) : null;
      },
    },
  });

  return { grid };
}
