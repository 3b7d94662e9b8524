import { computed } from 'vue';
import type { RequestOptions } from '@/api';
import { useRowsLoad } from '@/composables/use-rows-load';
import { useSheetGrid, type GridColumn, type GridSaveRow } from '@/grid';

export interface RecordGridOptions {
  /** The district whose records are shown; null: every record the user may see. */
  unitCode: () => string | null;
  /** The year a new record starts with, by default. */
  year: () => number;
  onSaved?: () => void;
}

interface RecordSheet<R, A> {
  /** The grid's test id, and the key of its saved layout. */
  id: string;
  columns: readonly GridColumn<R>[];
  fetch: (unitCode: string | null, options: RequestOptions) => Promise<A[]>;
  /** Saves the rows in one request; resolves with the records as saved, in order. */
  save: (rows: readonly GridSaveRow<R>[]) => Promise<A[]>;
  toRow: (record: A) => R;
  newRow: (key: string, year: number) => R;
}

/**
 * Records of a district (OCOP products, good-practice models) as a sheet: read again when the
 * district changes, edited in place, added as new rows, saved in one call.
 */
export function useRecordGrid<R extends { key: string; name: string }, A extends { id: number }>(
  sheet: RecordSheet<R, A>,
  options: RecordGridOptions,
) {
  const scope = () => options.unitCode() ?? '*';
  const list = useRowsLoad({
    rowKey: (row: R) => row.key,
    query: scope,
    key: (s) => s,
    fetch: (_, signal) => sheet.fetch(options.unitCode(), { signal }),
    rows: (records) => records.map(sheet.toRow),
  });

  const grid = useSheetGrid<R>({
    id: sheet.id,
    columns: () => sheet.columns,
    rowKey: (row) => row.key,
    label: (row) => row.name || row.key,
    scope,
    source: {
      store: list.store,
      async save(rows) {
        return (await sheet.save(rows)).map(sheet.toRow);
      },
      async reload(key) {
        const all = await sheet.fetch(options.unitCode(), {});
        const found = all.find((r) => String(r.id) === key);
        return found ? sheet.toRow(found) : null;
      },
      newRow: (key) => sheet.newRow(key, options.year()),
    },
    onSaved: () => options.onSaved?.(),
  });

  const count = computed(() => list.rows.value.length);
  return { grid, list, count };
}
