import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { AdminLevel, DossierStatus, TargetKind, type TargetLevel, type ValidationIssue } from '@ntm/shared';
import { useSheetGrid, type GridColumn, type GridSaveRow } from '@/grid';
import { useSession } from '@/modules/auth';
import { fetchTarget, saveTargets, type RefusedRow, type TargetRowInput } from '../api';
import { pageIssue } from '../issues';
import {
  DOSSIER_STEPS,
  KIND_OPTIONS,
  LEVELS_OF,
  STATUS_OPTIONS,
  decisionField,
  levelOptions,
  toRow,
  type TargetGridRow,
} from '../rows';
import type { TargetList } from './use-target-list';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The fields a target row may change (the input's names). */
const EDITED = ['level', 'year', 'kind', 'section', 'note'] as const;

/** GSO codes by level: district 3 digits, commune 5, village the commune's code and 3 more. */
const CODE_FORMAT: Partial<Record<AdminLevel, RegExp>> = {
  [AdminLevel.DISTRICT]: /^\d{3}$/,
  [AdminLevel.COMMUNE]: /^\d{5}$/,
  [AdminLevel.VILLAGE]: /^\d{5}-\d{3}$/,
};

const trimmedOrNull = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
};

const tooLong =
  (field: string, max: number) =>
  (value: unknown): ValidationIssue | null =>
    typeof value === 'string' && value.trim().length > max ? { field, rule: 'tooLong', params: { max } } : null;

const required =
  (field: string) =>
  (value: unknown): ValidationIssue | null =>
    value === null || value === undefined || value === '' ? { field, rule: 'required' } : null;

/** The server's words on a refused target, as rules the columns name. */
function refineTargetRow(row: RefusedRow): ValidationIssue[] {
  return row.issues.map((issue) => {
    const reason = String(issue.params?.reason ?? '');
    if (issue.rule !== 'notAllowed') return issue;
    if (issue.field === 'unitCode' && reason === 'no such unit') return pageIssue('unitCode', 'noSuchUnit');
    if (reason === 'the unit already has this target') return pageIssue('level', 'targetExists');
    if (reason === 'the same target is in the batch twice') return pageIssue('level', 'targetTwice');
    if (issue.field === 'level') return pageIssue('level', 'levelNotForUnit');
    return issue;
  });
}

/** What the save sends for one row: a new target, the changed fields, or a removal. */
function targetInput(row: GridSaveRow<TargetGridRow>): TargetRowInput {
  const r = row.row;
  if (row.isNew) {
    return {
      unitCode: r.unitCode.trim(),
      level: r.level,
      year: r.year,
      kind: r.kind ?? TargetKind.NEW,
      section: r.section,
      note: r.note,
    };
  }
  const id = row.origin.id!;
  const version = row.origin.version;
  if (r.remove) return { id, version, delete: true };
  const input: TargetRowInput = { id, version };
  for (const field of EDITED) {
    if (row.changed.includes(field)) (input as Record<string, unknown>)[field] = r[field];
  }
  return input;
}

export interface TargetGridOptions {
  id: string;
  list: TargetList;
  unitLevel: () => AdminLevel;
  /** Level and year new rows start with (the filters in force), when there are. */
  defaults: () => { level: TargetLevel | null; year: number | null };
  onSaved?: () => void;
}

/**
 * The grid of the plan's targets: administrators change level, year, kind, section and note,
 * add targets by unit code and tick rows to remove; everything goes in one `saveTargets`.
 * Everyone else reads it.
 */
export function useTargetGrid(options: TargetGridOptions) {
  const { list } = options;
  const { t } = useI18n();
  const { isAdmin } = useSession();

  const label = (row: TargetGridRow): string => {
    const level = row.level ? t(`targetLevels.${row.level}`) : '';
    return `${row.unitName || row.unitCode} (${row.unitCode}) · ${level} ${row.year ?? ''}`.trim();
  };

  const columns = computed<GridColumn<TargetGridRow>[]>(() => {
    const unitLevel = options.unitLevel();
    const admin = isAdmin.value;
    const cols: GridColumn<TargetGridRow>[] = [
      {
        field: 'unitCode',
        header: 'targets.columns.unitCode',
        type: 'text',
        width: unitLevel === AdminLevel.VILLAGE ? 125 : 95,
        // A target's unit is chosen when it is added; to move it, remove it and add another.
        editable: (row) => row.id === null,
        validate: (value) => {
          const text = typeof value === 'string' ? value.trim() : '';
          if (!text) return { field: 'unitCode', rule: 'required' };
          const format = CODE_FORMAT[unitLevel];
          return format && !format.test(text)
            ? { field: 'unitCode', rule: 'invalidFormat', params: { format: 'code' } }
            : null;
        },
        normalise: (value) => (typeof value === 'string' ? value.trim() : value),
      },
      {
        field: 'unitName',
        header: 'targets.columns.unitName',
        type: 'text',
        minWidth: 170,
        flex: 1,
        totalLabel: true,
        format: (value, row) => (row.id === null ? t('grid.newRow') : String(value ?? '')),
      },
    ];
    if (unitLevel === AdminLevel.VILLAGE) {
      cols.push({ field: 'commune', header: 'targets.columns.commune', type: 'text', width: 150 });
    }
    if (unitLevel !== AdminLevel.DISTRICT) {
      cols.push({ field: 'district', header: 'targets.columns.district', type: 'text', width: 150 });
    }
    cols.push(
      {
        field: 'level',
        header: 'targets.columns.level',
        type: 'enum',
        width: 165,
        options: levelOptions(LEVELS_OF[unitLevel]),
        editable: true,
        validate: required('level'),
      },
      {
        field: 'year',
        header: 'targets.columns.year',
        type: 'integer',
        width: 90,
        total: false,
        editable: true,
        // A year, not an amount: no thousands separator.
        format: (value) => (typeof value === 'number' ? String(value) : ''),
        validate: (value) =>
          value === null || value === undefined
            ? { field: 'year', rule: 'required' }
            : typeof value === 'number' && (value < MIN_YEAR || value > MAX_YEAR)
              ? { field: 'year', rule: 'outOfRange', params: { min: MIN_YEAR, max: MAX_YEAR } }
              : null,
      },
      {
        field: 'kind',
        header: 'targets.columns.kind',
        type: 'enum',
        width: 130,
        options: KIND_OPTIONS,
        editable: true,
        validate: required('kind'),
      },
      {
        field: 'section',
        header: 'targets.columns.section',
        type: 'text',
        width: 115,
        editable: true,
        validate: tooLong('section', 20),
        normalise: trimmedOrNull,
      },
      { field: 'planName', header: 'targets.columns.planName', type: 'text', width: 140 },
      {
        field: 'note',
        header: 'targets.columns.note',
        type: 'text',
        minWidth: 180,
        flex: 1,
        editable: true,
        validate: tooLong('note', 1000),
        normalise: trimmedOrNull,
      },
      {
        field: 'status',
        header: 'targets.columns.status',
        type: 'enum',
        width: 150,
        options: STATUS_OPTIONS,
      },
      {
        field: 'remove',
        header: 'targets.columns.remove',
        type: 'boolean',
        width: 80,
        filter: false,
        hide: !admin,
        editable: (row) => row.id !== null,
      },
      {
        field: 'version',
        header: 'targets.columns.version',
        type: 'integer',
        width: 100,
        hide: true,
        total: false,
      },
    );
    return cols;
  });

  const grid = useSheetGrid<TargetGridRow>({
    id: options.id,
    columns: () => columns.value,
    rowKey: (row) => row.key,
    rowEditable: () => isAdmin.value,
    rowClasses: { 'ntm-row-removing': (row) => row.remove },
    label,
    scope: () => list.queryKey.value,
    source: {
      store: list.store,
      async save(rows) {
        const unitLevel = options.unitLevel();
        const saved = await saveTargets(rows.map(targetInput), refineTargetRow);
        // A removed target has no row to show: the layer skips it, `onSaved` drops it.
        return saved.map((record) => (record ? toRow(record, unitLevel) : undefined)) as TargetGridRow[];
      },
      async reload(key) {
        const row = list.store.find(key);
        if (!row || row.id === null) return null;
        const record = await fetchTarget({ id: row.id, unitCode: row.unitCode, unitLevel: row.unitLevel });
        return record ? toRow(record, row.unitLevel) : null;
      },
      canAddRows: () => isAdmin.value,
      newRow(key) {
        if (!isAdmin.value) return null;
        const unitLevel = options.unitLevel();
        const { level, year } = options.defaults();
        const levels = LEVELS_OF[unitLevel];
        const row = {
          key,
          id: null,
          unitLevel,
          unitCode: '',
          unitName: '',
          unitPath: '',
          commune: '',
          district: '',
          mountainous: false,
          level: level ?? (levels.length === 1 ? levels[0] : null),
          year,
          kind: TargetKind.NEW,
          section: null,
          planName: null,
          note: null,
          satisfactionPercent: null,
          status: DossierStatus.NOT_STARTED,
          remove: false,
          version: 0,
        } as TargetGridRow;
        for (const step of DOSSIER_STEPS) {
          row[step] = null;
          row[decisionField(step)] = null;
        }
        return row;
      },
    },
    onSaved(_saved, rows) {
      for (const row of rows) if (!row.isNew && row.row.remove) list.store.remove(row.key);
      options.onSaved?.();
    },
  });

  return { grid, isAdmin };
}
