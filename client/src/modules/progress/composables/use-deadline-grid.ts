import { useI18n } from 'vue-i18n';
import { AdminLevel, DeadlineState, type DossierStep, type TargetKind, type TargetLevel } from '@ntm/shared';
import { useQueryLoad } from '@/composables/use-query-load';
import { useRowStore, useSheetGrid, type EnumOption, type GridColumn } from '@/grid';
import { DOSSIER_STEPS, KIND_OPTIONS, LEVELS_OF, levelOptions } from '@/modules/targets/rows';
import { fetchDeadlines, type DeadlineQuery, type DeadlineRecord } from '../api';

/** A step due, as a grid row. */
export interface DeadlineRow {
  /** The target and the step: one deadline each. */
  key: string;
  targetId: number;
  unitCode: string;
  unitName: string;
  district: string;
  level: TargetLevel;
  year: number;
  kind: TargetKind;
  step: DossierStep;
  dueDate: string;
  doneOn: string | null;
  state: DeadlineState;
  daysLeft: number;
  note: string | null;
}

/** Row classes by state: overdue red, due soon amber. */
export const STATE_CLASSES: Record<DeadlineState, string> = {
  [DeadlineState.OVERDUE]: 'ntm-row-overdue',
  [DeadlineState.DUE_SOON]: 'ntm-row-due-soon',
  [DeadlineState.DONE]: 'ntm-row-done',
  [DeadlineState.DONE_LATE]: 'ntm-row-done-late',
  [DeadlineState.UPCOMING]: 'ntm-row-upcoming',
};

const STATES: readonly DeadlineState[] = [
  DeadlineState.OVERDUE,
  DeadlineState.DUE_SOON,
  DeadlineState.UPCOMING,
  DeadlineState.DONE_LATE,
  DeadlineState.DONE,
];

function toRow(d: DeadlineRecord): DeadlineRow {
  const unit = d.target.unit;
  const district =
    unit.level === AdminLevel.DISTRICT
      ? unit.name
      : (unit.ancestors.find((a) => a.level === AdminLevel.DISTRICT)?.name ?? '');
  return {
    key: `${d.target.id}:${d.step}`,
    targetId: d.target.id,
    unitCode: unit.code,
    unitName: unit.name,
    district,
    level: d.target.level as TargetLevel,
    year: d.target.year,
    kind: d.target.kind as TargetKind,
    step: d.step as DossierStep,
    dueDate: d.dueDate,
    doneOn: d.doneOn,
    state: d.state as DeadlineState,
    daysLeft: d.daysLeft,
    note: d.note,
  };
}

const ALL_LEVELS = [...new Set(Object.values(LEVELS_OF).flat())];

/**
 * The deadlines grid: read-only rows of the steps due as of a date, red when overdue and amber
 * when due soon (row classes `ntm-row-overdue`, `ntm-row-due-soon`; `data-state` on each row).
 */
export function useDeadlineGrid(id: string, query: () => DeadlineQuery) {
  const { t } = useI18n();
  const store = useRowStore<DeadlineRow>((row) => row.key);
  // Another date or choice: the rows stay on screen until the new ones come.
  const { loading, error, reload } = useQueryLoad({
    query,
    fetch: (q, signal) => fetchDeadlines(q, { signal }),
    take: (records) => store.replaceAll(records.map(toRow)),
    drop: () => store.replaceAll([]),
  });

  const stepOptions: EnumOption[] = DOSSIER_STEPS.map((value) => ({ value, label: `dossierSteps.${value}` }));
  const stateOptions: EnumOption[] = STATES.map((value) => ({ value, label: `deadlineStates.${value}` }));

  const columns: GridColumn<DeadlineRow>[] = [
    { field: 'unitCode', header: 'deadlines.columns.unitCode', type: 'text', width: 95 },
    { field: 'unitName', header: 'deadlines.columns.unitName', type: 'text', minWidth: 160, flex: 1 },
    { field: 'district', header: 'deadlines.columns.district', type: 'text', width: 140 },
    {
      field: 'level',
      header: 'deadlines.columns.level',
      type: 'enum',
      width: 175,
      options: levelOptions(ALL_LEVELS),
    },
    {
      field: 'year',
      header: 'deadlines.columns.year',
      type: 'integer',
      width: 80,
      total: false,
      format: (value) => (typeof value === 'number' ? String(value) : ''),
    },
    { field: 'kind', header: 'deadlines.columns.kind', type: 'enum', width: 120, options: KIND_OPTIONS, hide: true },
    { field: 'step', header: 'deadlines.columns.step', type: 'enum', width: 150, options: stepOptions },
    { field: 'dueDate', header: 'deadlines.columns.dueDate', type: 'date', width: 120 },
    { field: 'doneOn', header: 'deadlines.columns.doneOn', type: 'date', width: 130 },
    { field: 'state', header: 'deadlines.columns.state', type: 'enum', width: 150, options: stateOptions },
    {
      field: 'daysLeft',
      header: 'deadlines.columns.daysLeft',
      type: 'integer',
      width: 120,
      total: false,
      // Days late or left; nothing for a step already taken.
      format: (value, row) => {
        if (typeof value !== 'number') return '';
        if (row.state === DeadlineState.DONE || row.state === DeadlineState.DONE_LATE) return '';
        if (value < 0) return t('deadlines.late', { count: -value }, -value);
        return value === 0 ? t('deadlines.dueToday') : t('deadlines.left', { count: value }, value);
      },
    },
    { field: 'note', header: 'deadlines.columns.note', type: 'text', minWidth: 220, flex: 1 },
  ];

  const grid = useSheetGrid<DeadlineRow>({
    id,
    columns: () => columns,
    rowKey: (row) => row.key,
    rowEditable: () => false,
    readonly: true,
    rowClasses: Object.fromEntries(
      STATES.map((state) => [STATE_CLASSES[state], (row: DeadlineRow) => row.state === state]),
    ),
    rowAttributes: (row) => ({
      'data-state': row.state,
      'data-target': String(row.targetId),
      'data-step': row.step,
    }),
    label: (row) => `${row.unitName} (${row.unitCode})`,
    source: {
      store,
      save: async () => [],
      reload: async (key) => store.find(key) ?? null,
    },
  });

  return { grid, store, loading, error, reload };
}
