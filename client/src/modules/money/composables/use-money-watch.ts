import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { toColDefs, useRowStore, useSheetGrid, type GridColumn } from '@/grid';
import { useLocale } from '@/composables/use-locale';
import { useQueryLoad } from '@/composables/use-query-load';
import {
  fetchMoneyWatch,
  fetchReallocations,
  saveReallocations,
  type MoneyWatch,
  type ReallocationRecord,
  type ReallocationRowInput,
} from '../api';
import { SOURCES, localiseRefusals } from '../amounts';

export const REALLOCATIONS_GRID_ID = 'reallocations-grid';

const STATUSES = ['PROPOSED', 'REPORTED', 'DONE', 'CANCELLED'] as const;
const EDITED = ['reason', 'status', 'reportedOn', 'doneOn'] as const;

export type ReallocationRow = ReallocationRecord & { key: string };

export interface CandidateRow {
  key: string;
  projectCode: string;
  projectName: string;
  unitName: string;
  amount: string;
}
export interface DebtRow extends CandidateRow {
  capitalAllocatedOn: string | null;
  debtFrom: string;
}
export interface ShortfallRow {
  key: string;
  unitName: string;
  description: string;
  required: string;
  allocated: string;
  shortBy: string;
}

/**
 * The year's reallocations (status and dates edited in place, saved together), the projects
 * with nothing paid by 30/06, the projects turned local debt by the date, and the units short of
 * the support norms.
 */
export function useMoneyWatch(query: () => { year: number; asOf: string }) {
  const { t } = useI18n();
  const { locale } = useLocale();
  const store = useRowStore<ReallocationRow>((row) => row.key);
  const data = shallowRef<MoneyWatch | null>(null);
  const toRow = (r: ReallocationRecord): ReallocationRow => ({ ...r, key: String(r.id) });

  // Another year or date: what is shown stays until the new answer comes (or a failure).
  const { loading, error, queryKey, reload } = useQueryLoad({
    query,
    fetch: (q, signal) => fetchMoneyWatch(q, { signal }),
    take: (result) => {
      data.value = result;
      store.replaceAll(result.reallocations.map(toRow));
    },
  });

  const reallocationColumns: GridColumn<ReallocationRow>[] = [
    { field: 'id', header: 'money.watch.columns.id', type: 'integer', width: 70, total: false },
    {
      field: 'source',
      header: 'money.watch.columns.source',
      type: 'enum',
      width: 180,
      options: SOURCES.map((s) => ({ value: s, label: `fundingSources.${s}` })),
      totalLabel: true,
    },
    {
      field: 'capitalYear',
      header: 'money.watch.columns.capitalYear',
      type: 'integer',
      width: 100,
      total: false,
      format: (v) => (v == null ? '' : String(v)),
    },
    { field: 'amount', header: 'money.watch.columns.amount', type: 'money', width: 140 },
    { field: 'reason', header: 'money.watch.columns.reason', type: 'text', flex: 1, minWidth: 200, editable: true },
    {
      field: 'status',
      header: 'money.watch.columns.status',
      type: 'enum',
      width: 150,
      editable: (row) => row.status !== 'DONE',
      options: STATUSES.map((s) => ({ value: s, label: `reallocationStatus.${s}` })),
    },
    { field: 'reportedOn', header: 'money.watch.columns.reportedOn', type: 'date', width: 130, editable: true },
    { field: 'doneOn', header: 'money.watch.columns.doneOn', type: 'date', width: 130, editable: true },
  ];

  const grid = useSheetGrid<ReallocationRow>({
    id: REALLOCATIONS_GRID_ID,
    columns: () => reallocationColumns,
    rowKey: (row) => row.key,
    label: (row) => `#${row.id}`,
    scope: () => queryKey.value,
    rowAttributes: (row) => ({ 'data-status': row.status }),
    source: {
      store,
      async save(rows) {
        const inputs: ReallocationRowInput[] = rows.map((saved) => {
          const input: ReallocationRowInput = { id: saved.origin.id, version: saved.origin.version };
          for (const field of saved.changed) {
            if ((EDITED as readonly string[]).includes(field)) {
              (input as Record<string, unknown>)[field] = saved.row[field as keyof ReallocationRow];
            }
          }
          return input;
        });
        try {
          return (await saveReallocations(inputs)).map(toRow);
        } catch (cause) {
          throw localiseRefusals(cause, { locale: locale.value, t: (k, p) => t(k, p) });
        }
      },
      async reload(k) {
        const found = (await fetchReallocations(query().year)).find((r) => String(r.id) === k);
        return found ? toRow(found) : null;
      },
    },
    // A reallocation done moves allocations: the lists change with it.
    onSaved: () => void reload(),
  });

  const ctx = computed(() => ({ locale: locale.value, t: (k: string, p: Record<string, unknown>) => t(k, p) }));

  const candidateColumns: GridColumn<CandidateRow>[] = [
    { field: 'projectCode', header: 'money.watch.columns.projectCode', type: 'text', width: 140 },
    { field: 'projectName', header: 'money.watch.columns.projectName', type: 'text', flex: 1, minWidth: 200 },
    { field: 'unitName', header: 'money.watch.columns.unitName', type: 'text', width: 170 },
    { field: 'amount', header: 'money.watch.columns.amount', type: 'money', width: 150 },
  ];
  const debtColumns: GridColumn<DebtRow>[] = [
    ...(candidateColumns as GridColumn<DebtRow>[]).slice(0, 3),
    { field: 'capitalAllocatedOn', header: 'money.watch.columns.capitalAllocatedOn', type: 'date', width: 130 },
    { field: 'debtFrom', header: 'money.watch.columns.debtFrom', type: 'date', width: 130 },
    { field: 'amount', header: 'money.watch.columns.amount', type: 'money', width: 150 },
  ];
  const shortfallColumns: GridColumn<ShortfallRow>[] = [
    { field: 'unitName', header: 'money.watch.columns.unitName', type: 'text', width: 180 },
    { field: 'description', header: 'money.watch.columns.description', type: 'text', flex: 1, minWidth: 220 },
    { field: 'required', header: 'money.watch.columns.required', type: 'money', width: 130 },
    { field: 'allocated', header: 'money.watch.columns.allocated', type: 'money', width: 130 },
    { field: 'shortBy', header: 'money.watch.columns.shortBy', type: 'money', width: 130 },
  ];

  const candidates = computed<CandidateRow[]>(() =>
    (data.value?.reallocationCandidates ?? []).map((c) => ({
      key: c.project.code,
      projectCode: c.project.code,
      projectName: c.project.name,
      unitName: c.project.unit.name,
      amount: c.amount,
    })),
  );
  const debts = computed<DebtRow[]>(() =>
    (data.value?.localDebtProjects ?? []).map((d) => ({
      key: d.project.code,
      projectCode: d.project.code,
      projectName: d.project.name,
      unitName: d.project.unit.name,
      capitalAllocatedOn: d.project.capitalAllocatedOn,
      debtFrom: d.debtFrom,
      amount: d.amount,
    })),
  );
  const shortfalls = computed<ShortfallRow[]>(() =>
    (data.value?.supportShortfalls ?? []).map((s) => ({
      key: `${s.normKey}:${s.unit.code}`,
      unitName: s.unit.name,
      description: s.description,
      required: s.required,
      allocated: s.allocated,
      shortBy: s.shortBy,
    })),
  );

  return {
    grid,
    loading,
    error,
    reload,
    candidates,
    debts,
    shortfalls,
    candidateDefs: computed(() => toColDefs(candidateColumns, ctx.value)),
    debtDefs: computed(() => toColDefs(debtColumns, ctx.value)),
    shortfallDefs: computed(() => toColDefs(shortfallColumns, ctx.value)),
  };
}
