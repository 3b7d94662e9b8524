import { shallowRef } from 'vue';
import { useRowsLoad } from '@/composables/use-rows-load';
import { fetchAllocations, fetchMoneyUnit, fetchMoneyUnits, type MoneyUnit } from '../api';
import { sumMoney } from '../amounts';
import { planRow, type PlanRow, type SourceKey } from '../plan-rows';

export interface PlanQuery {
  unitCode: string;
  year: number;
}

interface PlanData {
  self: MoneyUnit;
  rows: PlanRow[];
  toProjects: Partial<Record<SourceKey, string>>;
}

async function fetchPlan(q: PlanQuery, signal?: AbortSignal): Promise<PlanData> {
  const [self, children, allocations, projectAllocations] = await Promise.all([
    fetchMoneyUnit(q.unitCode, { signal }),
    fetchMoneyUnits({ parentCode: q.unitCode }, { signal }),
    fetchAllocations({ year: q.year, unitCode: q.unitCode, projects: false }, { signal }),
    fetchAllocations({ year: q.year, unitCode: q.unitCode, projects: true }, { signal }),
  ]);
  if (!self) throw new Error(`No unit ${q.unitCode}`);
  const shown = new Set([self.code, ...children.map((c) => c.code)]);
  const mine = allocations.filter((a) => shown.has(a.unit.code));
  const toProjects: Partial<Record<SourceKey, string>> = {};
  for (const a of projectAllocations) {
    if (a.unit.code !== self.code) continue;
    toProjects[a.source] = sumMoney([toProjects[a.source], a.amount]);
  }
  return {
    self,
    rows: [planRow(self, true, mine), ...children.map((c) => planRow(c, false, mine))],
    toProjects,
  };
}

/**
 * The capital plan of a unit and a year: the unit's row (what it received) and its children's
 * (what it handed down), by source, and what it gave its own projects. Read again whenever the
 * unit or the year changes; a slow answer never overwrites a newer one.
 */
export function usePlanMatrix(query: () => PlanQuery | null) {
  const self = shallowRef<MoneyUnit | null>(null);
  const toProjects = shallowRef<Partial<Record<SourceKey, string>>>({});
  const keyOf = (q: PlanQuery) => `${q.unitCode}:${q.year}`;

  const { store, rows, loading, error, current, queryKey, reload } = useRowsLoad({
    rowKey: (row: PlanRow) => row.code,
    query,
    key: keyOf,
    fetch: (q, signal) => fetchPlan(q, signal),
    rows: (data: PlanData) => {
      self.value = data.self;
      toProjects.value = data.toProjects;
      return data.rows;
    },
  });

  /** The rows read afresh (after a save or a conflict), without the loading state. */
  async function refresh(): Promise<PlanRow[]> {
    const q = current.value;
    if (!q) return [];
    const data = await fetchPlan(q);
    if (queryKey.value === keyOf(q)) {
      self.value = data.self;
      toProjects.value = data.toProjects;
    }
    return data.rows;
  }

  return { store, rows, self, toProjects, loading, error, queryKey, reload, refresh };
}

export type PlanMatrix = ReturnType<typeof usePlanMatrix>;
