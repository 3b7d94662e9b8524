import { In, type EntityManager } from 'typeorm';
import {
  type ValidationIssue,
  canReadUnit,
  canWriteUnit,
  isLocked,
  judgeIndicator,
  ocopTotals,
  rollUp,
  todayInVietnam,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { ofUnits, unitsByCode } from '../../db/lookups';
import { childrenOn } from '../hierarchy/admin-unit.loaders';
import { topCodeOf } from '../hierarchy/hierarchy-on';
import { requireUser } from '../access/access-rule';
import type { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { PlanService } from '../plan/plan.service';
import { approvedIn } from '../submissions/approvals';
import { GoodModel } from './good-model.entity';
import { IndicatorValue } from './indicator-value.entity';
import { Indicator } from './indicator.entity';
import type {
  IndicatorMatrix,
  IndicatorMatrixRow,
  IndicatorProgressItem,
  IndicatorValueBatchResult,
  IndicatorValueInput,
  IndicatorValueView,
} from './indicators.types';
import { OcopProduct } from './ocop-product.entity';
import { readableUnit, readableUnitOn } from './indicator-units';
import { REPLICATION_FROM, VALUE_SPEC, valueIssue } from './indicators-views';

/** Province indicators: their figures, entered or rolled up, and how they stand (II.7). */
export class IndicatorService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
  ) {}

  list(): Promise<Indicator[]> {
    return this.db.manager.find(Indicator, { order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  /** A unit's own figures of an indicator (the year's and the months'), by year. */
  async values(ctx: RequestContext, key: string, unitCode: string, year?: number): Promise<IndicatorValueView[]> {
    const unit = await readableUnit(this.plans, ctx, unitCode);
    const indicator = await this.db.manager.findOneBy(Indicator, { key });
    if (!indicator)
      throw AppError.badInput({ field: 'key', rule: 'notAllowed', params: { reason: 'no such indicator' } });
    const rows = await this.db.manager.find(IndicatorValue, {
      where: { indicatorId: indicator.id, unitId: unit.id, ...(year ? { year } : {}) },
      order: { year: 'ASC', month: 'ASC' },
    });
    return rows.map((v) => ({
      key,
      unit,
      year: v.year,
      month: v.month,
      value: v.value,
      note: v.note,
      version: v.version,
    }));
  }

  private async rows(
    ctx: RequestContext,
    em: EntityManager,
    units: AdminUnit[],
    year: number,
    indicators: Indicator[],
    pathToday: (u: AdminUnit) => string = (u) => u.path,
  ): Promise<IndicatorMatrixRow[]> {
    const values =
      units.length && indicators.length
        ? await em.find(IndicatorValue, {
            where: { unitId: In(units.map((u) => u.id)), year, month: 0, indicatorId: In(indicators.map((i) => i.id)) },
          })
        : [];
    const keyOf = new Map(indicators.map((i) => [i.id, i.key]));
    const approved = await approvedIn(em, year);
    const { assignments } = requireUser(ctx);
    return units.map((unit) => ({
      unit,
      cells: values
        .filter((v) => v.unitId === unit.id)
        .map((v) => ({
          key: keyOf.get(v.indicatorId)!,
          value: v.value,
          month: v.month,
          note: v.note,
          version: v.version,
        })),
      editable: canWriteUnit(assignments, pathToday(unit)) && !isLocked(approved, pathToday(unit), year),
    }));
  }

  /** The units below a unit × the indicators reported at their level, for a year. */
  async matrix(ctx: RequestContext, parentCode: string, year: number, asOf?: string): Promise<IndicatorMatrix> {
    const parent = await readableUnit(this.plans, ctx, parentCode);
    const { assignments } = requireUser(ctx);
    const { units: children, pathToday } = await childrenOn(ctx.loaders, parent, asOf);
    const units = children.filter((u) => canReadUnit(assignments, pathToday(u)));
    const level = units[0]?.level;
    const indicators = (await this.list()).filter((i) => !i.derived && i.level === level);
    return { year, indicators, rows: await this.rows(ctx, this.db.manager, units, year, indicators, pathToday) };
  }

  /** Saves figures, all or nothing; a null value removes one; derived indicators are not entered. */
  async saveValues(ctx: RequestContext, input: IndicatorValueInput[]): Promise<IndicatorValueBatchResult> {
    return this.batch.run(async (em) => {
      const units = await unitsByCode(
        em,
        input.map((r) => r.unitCode),
      );
      const indicators = new Map(
        (await em.find(Indicator, { where: { key: In([...new Set(input.map((r) => r.key))]) } })).map((i) => [
          i.key,
          i,
        ]),
      );
      const ids = [...indicators.values()].map((i) => i.id);
      const unitIds = [...units.values()].map((u) => u.id);
      const existing =
        ids.length && unitIds.length
          ? await em.find(IndicatorValue, {
              where: { indicatorId: In(ids), unitId: In(unitIds), year: In([...new Set(input.map((r) => r.year))]) },
            })
          : [];
      const seen = new Set<string>();
      const planned: PlannedRow<IndicatorValue>[] = input.map((row, index) => {
        const key = `${row.unitCode}/${row.key}/${row.year}/${row.month}`;
        const issues: ValidationIssue[] = [];
        const unit = units.get(row.unitCode);
        const indicator = indicators.get(row.key);
        if (!unit) issues.push({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
        if (!indicator) issues.push({ field: 'key', rule: 'notAllowed', params: { reason: 'no such indicator' } });
        else if (indicator.derived)
          issues.push({ field: 'key', rule: 'notAllowed', params: { reason: 'counted from records, not entered' } });
        const yearIssue = validateYear(row.year, 'year');
        if (yearIssue) issues.push(yearIssue);
        if (!Number.isInteger(row.month) || row.month < 0 || row.month > 12)
          issues.push({ field: 'month', rule: 'outOfRange', params: { min: 0, max: 12 } });
        if (indicator && row.value !== null && row.value !== undefined) {
          const issue = valueIssue(indicator, row.value);
          if (issue) issues.push(issue);
        }
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (seen.has(key))
          issues.push({
            field: 'key',
            rule: 'notAllowed',
            params: { reason: 'the same figure is in the batch twice' },
          });
        seen.add(key);
        if (issues.length || !unit || !indicator) return { index, key, error: AppError.badInput(issues) };
        const before =
          existing.find(
            (v) =>
              v.indicatorId === indicator.id && v.unitId === unit.id && v.year === row.year && v.month === row.month,
          ) ?? null;
        const after =
          row.value === null || row.value === undefined
            ? null
            : em.create(IndicatorValue, {
                ...(before ?? {
                  indicatorId: indicator.id,
                  unitId: unit.id,
                  unitPath: unit.path,
                  year: row.year,
                  month: row.month,
                  version: 1,
                }),
                value: row.value,
                note: row.note === undefined ? (before?.note ?? null) : row.note,
              });
        if (!before && !after) return { index, key, error: AppError.badInput({ field: 'value', rule: 'required' }) };
        return { index, key, before, after, unitPath: unit.path, year: row.year, expectedVersion: row.version ?? null };
      });
      const out = await this.batch.write(em, ctx, VALUE_SPEC, planned);
      // The touched units' rows, as they now stand: one read per year, not per unit.
      const touched = new Map<number, Map<string, AdminUnit>>();
      for (const r of input)
        touched.set(r.year, (touched.get(r.year) ?? new Map()).set(r.unitCode, units.get(r.unitCode)!));
      const reported = (await em.find(Indicator)).filter((i) => !i.derived);
      const rows: IndicatorMatrixRow[] = [];
      for (const [year, group] of touched)
        rows.push(...(await this.rows(ctx, em, [...group.values()], year, reported)));
      return {
        rows,
        created: out.created,
        updated: out.updated,
        deleted: out.deleted,
        unchanged: out.unchanged,
        changed: out.created + out.updated + out.deleted,
      };
    });
  }

  /**
   * Every indicator of a unit in a year against the plan: the unit's own figure, or one rolled up
   * from the units below by the indicator's rule (weighted shares are never summed), judged
   * against the target with the baseline and previous year where the target needs them.
   */
  async progress(
    ctx: RequestContext,
    year: number,
    unitCode?: string | null,
    asOf: string = todayInVietnam(),
  ): Promise<IndicatorProgressItem[]> {
    const root = await readableUnitOn(this.plans, ctx, unitCode, asOf);
    const em = this.db.manager;
    const indicators = await this.list();
    const on = await ctx.loaders.hierarchyOn(asOf, topCodeOf(root.path));
    // The hierarchy of the day; a unit's figure, when it has none of its own, rolls up from its
    // children and from the units it carries that day (its predecessors' figures after a merger).
    const children = new Map<number, AdminUnit[]>();
    for (const u of on.within(root.id)) {
      const carried = on
        .carriedBy(u.id)
        .filter((id) => id !== u.id)
        .map((id) => ({ id }) as AdminUnit);
      children.set(u.id, [...on.childrenOf(u.id), ...carried]);
    }
    const ids = on.idsWithin(root.id);
    const years = [
      ...new Set([year, year - 1, ...indicators.flatMap((i) => (i.baselineYear ? [i.baselineYear] : []))]),
    ];
    const values = await ofUnits(em, IndicatorValue, ids, (qb) =>
      qb.andWhere('r.month = 0').andWhere('r.year IN (:...years)', { years }),
    );
    const own = new Map(values.map((v) => [`${v.indicatorId}|${v.unitId}|${v.year}`, v.value]));
    const byKey = new Map(indicators.map((i) => [i.key, i]));
    const ocop = indicators.some((i) => i.derived?.startsWith('OCOP')) ? await ofUnits(em, OcopProduct, ids) : [];
    const models = indicators.some((i) => i.derived === 'MODELS_REPLICATED') ? await ofUnits(em, GoodModel, ids) : [];

    const memo = new Map<string, { value: number | null; rolledUp: boolean; reporting: number }>();
    const figure = (
      indicator: Indicator,
      unit: AdminUnit,
      y: number,
    ): { value: number | null; rolledUp: boolean; reporting: number } => {
      const k = `${indicator.id}|${unit.id}|${y}`;
      const cached = memo.get(k);
      if (cached) return cached;
      let result: { value: number | null; rolledUp: boolean; reporting: number };
      const mine = own.get(k);
      if (mine !== undefined) result = { value: mine, rolledUp: false, reporting: 1 };
      else {
        const weight = indicator.weightKey ? byKey.get(indicator.weightKey) : undefined;
        const facts = (children.get(unit.id) ?? []).flatMap((child) => {
          const f = figure(indicator, child, y);
          return f.value === null ? [] : [{ value: f.value, weight: weight ? figure(weight, child, y).value : null }];
        });
        result = { value: rollUp(indicator.rollUp, facts), rolledUp: facts.length > 0, reporting: facts.length };
      }
      memo.set(k, result);
      return result;
    };
    const derivedValue = (indicator: Indicator, y: number): number => {
      const totals = ocopTotals(ocop, y);
      switch (indicator.derived) {
        case 'OCOP_TOTAL':
          return totals.total;
        case 'OCOP_NEW':
          return totals.newProducts;
        case 'OCOP_UPGRADED':
          return totals.upgraded;
        case 'OCOP_FLAGSHIP_5':
          return totals.flagshipsFiveStar;
        default:
          return models.filter((m) => m.replicatedFromId !== null && m.year >= REPLICATION_FROM && m.year <= y).length;
      }
    };
    return indicators.map((indicator) => {
      if (indicator.derived) {
        const value = derivedValue(indicator, year);
        const judged = indicator.targetKind
          ? judgeIndicator(
              { kind: indicator.targetKind, value: indicator.targetValue ?? 0 },
              value,
              null,
              derivedValue(indicator, year - 1),
            )
          : null;
        return {
          indicator,
          value,
          rolledUp: false,
          derived: true,
          unitsReporting: 0,
          baseline: null,
          previous: derivedValue(indicator, year - 1),
          required: judged?.required ?? null,
          met: judged?.met ?? null,
          gap: judged?.gap ?? null,
        };
      }
      const now = figure(indicator, root, year);
      const baseline = indicator.baselineYear ? figure(indicator, root, indicator.baselineYear).value : null;
      const previous = figure(indicator, root, year - 1).value;
      const judged = indicator.targetKind
        ? judgeIndicator(
            { kind: indicator.targetKind, value: indicator.targetValue ?? 0 },
            now.value,
            baseline,
            previous,
          )
        : null;
      return {
        indicator,
        value: now.value,
        rolledUp: now.rolledUp,
        derived: false,
        unitsReporting: now.reporting,
        baseline,
        previous,
        required: judged?.required ?? null,
        met: judged?.met ?? null,
        gap: judged?.gap ?? null,
      };
    });
  }
}
