import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ValidationIssue } from '@ntm/shared';
import { useSheetGrid, type GridColumn, type GridRow } from '@/grid';
import { useLocale } from '@/composables/use-locale';
import { formatIsoDate } from '@/i18n/format';
import { message } from '@/i18n/message';
import { saveProjects, type CheckpointRecord } from '../api';
import { formatMoney, localiseRefusals, sharePercent } from '../amounts';
import {
  PROJECT_DATES,
  PROJECT_KINDS,
  checkpointField,
  newProjectRow,
  projectInput,
  toProjectRow,
  type ProjectCheckpoint,
  type ProjectRow,
} from '../project-rows';
import type { ProjectList } from './use-project-list';

/** The grid's test id, and the key of its saved layout. */
export const PROJECTS_GRID_ID = 'projects-grid';

export interface ProjectGridOptions {
  list: ProjectList;
  /** The plan's checkpoints: one chip column each. */
  checkpoints: () => readonly CheckpointRecord[];
  /** The unit new projects go to (a commune), or null where none can be added. */
  newUnit: () => { code: string; name: string; editable: boolean } | null;
  onSaved?: () => void;
  onRefused?: () => void;
}

const required =
  (field: string) =>
  (value: unknown): ValidationIssue | null =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
      ? { field, rule: 'required' }
      : null;

/** A chip: a small label with its state for the stylesheet and the tests. */
function chip(text: string, className: string, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement('span');
  el.className = `money-chip ${className}`;
  el.textContent = text;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * The projects as a sheet grid: name, kind, dates and note edited in place (code and commune in
 * new rows), saved together through `saveProjects`; their money as of the chosen date, a status
 * chip, one chip per checkpoint of the plan (the amount short in its tooltip) and the local-debt
 * flag, read-only.
 */
export function useProjectGrid(options: ProjectGridOptions) {
  const { list } = options;
  const { t } = useI18n();
  const { locale } = useLocale();
  const translate = (key: string, params: Record<string, unknown> = {}) => t(key, params);
  const money = (value: string) => formatMoney(value, locale.value, translate);

  function checkpointTip(c: ProjectCheckpoint): string {
    const params = {
      amount: money(c.state === 'MET' ? c.disbursed : c.shortBy),
      share: sharePercent(c.minSharePermille),
      date: formatIsoDate(c.dueDate, locale.value),
    };
    return c.state === 'MET' ? t('money.metBy', params) : t('money.shortBy', params);
  }

  const columns = computed<GridColumn<ProjectRow>[]>(() => {
    const isNew = (row: ProjectRow) => row.id === null;
    const cols: GridColumn<ProjectRow>[] = [
      {
        field: 'code',
        header: 'money.projects.columns.code',
        type: 'text',
        width: 130,
        pinned: 'left',
        editable: isNew,
        validate: required('code'),
        normalise: (v) => (typeof v === 'string' ? v.trim() : v),
      },
      {
        field: 'name',
        header: 'money.projects.columns.name',
        type: 'text',
        width: 240,
        editable: true,
        totalLabel: true,
        validate: required('name'),
        normalise: (v) => (typeof v === 'string' ? v.trim() : v),
      },
      {
        field: 'unitCode',
        header: 'money.projects.columns.unitCode',
        type: 'text',
        width: 90,
        editable: isNew,
        validate: required('unitCode'),
        hide: true,
      },
      { field: 'unitName', header: 'money.projects.columns.unitName', type: 'text', width: 150 },
      {
        field: 'kind',
        header: 'money.projects.columns.kind',
        type: 'enum',
        width: 140,
        editable: true,
        options: PROJECT_KINDS.map((k) => ({ value: k, label: `projectKinds.${k}` })),
        validate: required('kind'),
      },
      { field: 'allocated', header: 'money.projects.columns.allocated', type: 'money', width: 130 },
      { field: 'disbursed', header: 'money.projects.columns.disbursed', type: 'money', width: 130 },
      {
        field: 'ratePercent',
        header: 'money.projects.columns.ratePercent',
        type: 'number',
        decimals: 1,
        width: 100,
        total: false,
      },
      {
        field: 'status',
        header: 'money.projects.columns.status',
        type: 'text',
        width: 130,
        format: (value) => (value ? t(`projectStatus.${String(value)}`) : ''),
      },
      ...options.checkpoints().map((c): GridColumn<ProjectRow> => ({
        field: checkpointField(c.dueDate),
        header: t('money.checkpoint', {
          date: formatIsoDate(c.dueDate, locale.value),
          share: sharePercent(c.minSharePermille),
        }),
        headerRaw: true,
        headerTooltip: c.note ?? undefined,
        type: 'text',
        width: 120,
        format: (value) => (value ? t(`checkpointStates.${String(value)}`) : ''),
      })),
      {
        field: 'localDebt',
        header: 'money.projects.columns.localDebt',
        type: 'boolean',
        width: 100,
        total: false,
      },
      ...PROJECT_DATES.map((f): GridColumn<ProjectRow> => ({
        field: f,
        header: `money.projects.columns.${f}`,
        type: 'date',
        width: 125,
        editable: true,
      })),
      { field: 'note', header: 'money.projects.columns.note', type: 'text', width: 200, editable: true },
    ];
    return cols;
  });

  const sheet = useSheetGrid<ProjectRow>({
    id: PROJECTS_GRID_ID,
    columns: () => columns.value,
    rowKey: (row) => row.code,
    rowEditable: (row) => row.editable,
    label: (row) => (row.name ? `${row.name} (${row.code})` : row.code),
    scope: () => list.queryKey.value,
    // Few rows, many columns: every checkpoint's chip is drawn, in view or not.
    allColumns: true,
    rowClasses: {
      'ntm-row-debt': (row) => row.localDebt,
      'ntm-row-stopped': (row) => row.status === 'STOPPED',
    },
    rowAttributes: (row) => ({ 'data-status': row.status }),
    source: {
      store: list.store,
      async save(rows) {
        const current = list.current.value;
        if (!current) throw new Error('No projects to save to');
        try {
          const saved = await saveProjects(rows.map(projectInput), {
            asOf: current.asOf,
            year: current.year,
          });
          return saved.map(toProjectRow);
        } catch (error) {
          throw localiseRefusals(error, { locale: locale.value, t: translate });
        }
      },
      reload: (code) => list.fetchRow(code),
      canAddRows: () => !!options.newUnit()?.editable,
      newRow(key) {
        const unit = options.newUnit();
        if (!unit?.editable) return null;
        return newProjectRow(key, unit.code, unit.name);
      },
    },
    onSaved: () => options.onSaved?.(),
    onRefused: options.onRefused,
  });

  /** The chips: status, checkpoints, local debt. */
  function withRenderers(def: ColDef<GridRow<ProjectRow>>): ColDef<GridRow<ProjectRow>> {
    const colId = def.colId ?? '';
    const pinned = (p: ICellRendererParams<GridRow<ProjectRow>>) => !!p.node.rowPinned || !p.data;
    if (colId === 'status') {
      return {
        ...def,
        cellRenderer: (p: ICellRendererParams<GridRow<ProjectRow>>) =>
          pinned(p) || !p.value
            ? ''
            : chip(p.valueFormatted ?? String(p.value), `money-chip--${String(p.value).toLowerCase()}`, {
                'data-status': String(p.value),
              }),
      };
    }
    if (colId.startsWith('cp_')) {
      return {
        ...def,
        cellRenderer: (p: ICellRendererParams<GridRow<ProjectRow>>) => {
          if (pinned(p) || !p.value) return '';
          const c = Object.values(p.data!.checkpoints).find((x) => checkpointField(x.dueDate) === colId);
          return chip(p.valueFormatted ?? String(p.value), `money-chip--${String(p.value).toLowerCase()}`, {
            'data-testid': 'project-checkpoint',
            'data-due': c?.dueDate ?? '',
            'data-state': String(p.value),
            title: c ? checkpointTip(c) : '',
          });
        },
      };
    }
    if (colId === 'localDebt') {
      const { cellRendererSelector: _ignored, ...rest } = def;
      return {
        ...rest,
        cellRenderer: (p: ICellRendererParams<GridRow<ProjectRow>>) =>
          pinned(p) || p.data?.localDebt !== true
            ? ''
            : chip(t('money.projects.localDebt'), 'money-chip--missed', { 'data-debt': 'true' }),
      };
    }
    return def;
  }

  const grid = { ...sheet, colDefs: computed(() => sheet.colDefs.value.map(withRenderers)) };

  return { grid, columns, label: message('money.projects.gridTitle') };
}
