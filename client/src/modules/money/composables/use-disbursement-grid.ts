import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ValidationIssue } from '@ntm/shared';
import { useSheetGrid, type GridColumn } from '@/grid';
import { useRowsLoad } from '@/composables/use-rows-load';
import { useLocale } from '@/composables/use-locale';
import { fetchDisbursements, saveDisbursements } from '../api';
import { SOURCES, dong, localiseRefusals } from '../amounts';
import { disbursementInput, toDisbursementRow, type DisbursementRow } from '../project-rows';

/** The grid's test id, and the key of its saved layout. */
export const DISBURSEMENTS_GRID_ID = 'disbursements-grid';

export interface DisbursementGridOptions {
  /** The project whose payments are shown, or null. */
  projectCode: () => string | null;
  /** May the user write the project's payments? */
  editable: () => boolean;
  /** The capital year a new payment starts with. */
  defaultYear: () => number;
  /** Payments were saved: the project's money and the district's figures changed. */
  onSaved?: () => void;
}

const required =
  (field: string) =>
  (value: unknown): ValidationIssue | null =>
    value === null || value === undefined || value === '' ? { field, rule: 'required' } : null;

/**
 * A project's payments as a sheet grid: date, source, capital year and amount (million đồng)
 * entered or pasted, rows ticked "Xóa" deleted, all saved in one `saveDisbursements` call. What
 * the server refuses (the Treasury rule, more than allocated, a stopped project, local debt) is
 * marked on the row's cell with its reason.
 */
export function useDisbursementGrid(options: DisbursementGridOptions) {
  const { t } = useI18n();
  const { locale } = useLocale();
  const { store, loading, error, reload } = useRowsLoad({
    rowKey: (row: DisbursementRow) => row.key,
    query: options.projectCode,
    key: (code) => code,
    fetch: (code, signal) => fetchDisbursements(code, { signal }),
    rows: (rows) => rows.map(toDisbursementRow),
  });

  const columns = computed<GridColumn<DisbursementRow>[]>(() => [
    {
      field: 'date',
      header: 'money.disbursements.columns.date',
      type: 'date',
      width: 130,
      editable: true,
      validate: required('date'),
    },
    {
      field: 'source',
      header: 'money.disbursements.columns.source',
      type: 'enum',
      width: 200,
      editable: true,
      options: SOURCES.map((s) => ({ value: s, label: `fundingSources.${s}` })),
      validate: required('source'),
      totalLabel: true,
    },
    {
      field: 'capitalYear',
      header: 'money.disbursements.columns.capitalYear',
      type: 'integer',
      width: 110,
      editable: true,
      total: false,
      validate: (value) =>
        value === null || value === undefined
          ? { field: 'capitalYear', rule: 'required' }
          : typeof value === 'number' && (value < 2000 || value > 2100)
            ? { field: 'capitalYear', rule: 'outOfRange', params: { min: 2000, max: 2100 } }
            : null,
      // A year, not a quantity: no thousands separator.
      format: (value) => (value === null || value === undefined ? '' : String(value)),
    },
    {
      field: 'amount',
      header: 'money.disbursements.columns.amount',
      type: 'money',
      moneyUnit: 'million',
      width: 150,
      editable: true,
      validate: (value) =>
        value === null || value === undefined
          ? { field: 'amount', rule: 'required' }
          : dong(String(value)) <= 0n
            ? ({ field: 'amount', rule: 'moneyPositive' } as unknown as ValidationIssue)
            : null,
    },
    {
      field: 'note',
      header: 'money.disbursements.columns.note',
      type: 'text',
      flex: 1,
      minWidth: 160,
      editable: true,
    },
    {
      field: 'remove',
      header: 'money.disbursements.columns.remove',
      type: 'boolean',
      width: 80,
      total: false,
      editable: (row) => row.id !== null,
    },
  ]);

  const grid = useSheetGrid<DisbursementRow>({
    id: DISBURSEMENTS_GRID_ID,
    columns: () => columns.value,
    rowKey: (row) => row.key,
    rowEditable: () => options.editable(),
    label: (row) => row.date ?? row.key,
    scope: () => options.projectCode(),
    allColumns: true,
    rowClasses: { 'ntm-row-removed': (row) => row.remove },
    source: {
      store,
      async save(rows) {
        const code = options.projectCode();
        if (!code) throw new Error('No project to pay');
        const inputs = rows.map((row) => disbursementInput(row, code));
        let saved;
        try {
          saved = await saveDisbursements(inputs);
        } catch (cause) {
          throw localiseRefusals(cause, { locale: locale.value, t: (k, p) => t(k, p) });
        }
        // The answer lists the rows kept, in order; a deleted row keeps its place until reloaded.
        let next = 0;
        return rows.map((row, i) =>
          inputs[i].delete ? row.origin : toDisbursementRow(saved[next++] ?? saved[saved.length - 1]),
        );
      },
      async reload(key) {
        const code = options.projectCode();
        if (!code) return null;
        const rows = await fetchDisbursements(code);
        const found = rows.find((r) => String(r.id) === key);
        return found ? toDisbursementRow(found) : null;
      },
      canAddRows: () => !!options.projectCode() && options.editable(),
      newRow(key) {
        if (!options.projectCode() || !options.editable()) return null;
        return {
          key,
          id: null,
          version: 0,
          date: null,
          source: null,
          capitalYear: options.defaultYear(),
          amount: null,
          note: null,
          remove: false,
        };
      },
    },
    onSaved: () => void reload().then(() => options.onSaved?.()),
  });

  return { grid, store, rows: store.rows, loading, error, reload };
}
