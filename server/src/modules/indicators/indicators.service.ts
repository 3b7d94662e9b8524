import { In, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  IndicatorUnit,
  MODEL_COVERAGE,
  ModelField,
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
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { ofUnits } from '../../db/lookups';
import { childrenOn } from '../hierarchy/admin-unit.loaders';
import { topCodeOf } from '../hierarchy/hierarchy-on';
import { byIds, unitsByCode } from '../../db/lookups';
import { assertCanRead, requireUser } from '../access/access-rule';
import { whereReadable, whereWithin } from '../access/scope-sql';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { PlanService } from '../plan/plan.service';
import { approvedIn } from '../submissions/approvals';
import { GoodModel } from './good-model.entity';
import { IndicatorValue } from './indicator-value.entity';
import { Indicator } from './indicator.entity';
import type {
  GoodModelView,
  IndicatorMatrix,
  IndicatorMatrixRow,
  IndicatorProgressItem,
  IndicatorValueBatchResult,
  IndicatorValueInput,
  IndicatorValueView,
  ModelArgs,
  ModelBatchResult,
  ModelCoverage,
  ModelRowInput,
  OcopArgs,
  OcopBatchResult,
  OcopProductView,
  OcopRowInput,
  OcopSummary,
} from './indicators.types';
import { OcopProduct } from './ocop-product.entity';

const VALUE_SPEC = {
  entity: IndicatorValue,
  name: 'IndicatorValue',
  table: 'indicator_value',
  columns: ['value', 'note'] as const,
  audited: ['value', 'note'] as const,
};
const OCOP_SPEC = {
  entity: OcopProduct,
  name: 'OcopProduct',
  table: 'ocop_product',
  columns: ['name', 'producer', 'category', 'stars', 'yearRated', 'isNew', 'flagship'] as const,
  audited: ['name', 'producer', 'unitPath', 'category', 'stars', 'yearRated', 'isNew', 'flagship'] as const,
};
const MODEL_SPEC = {
  entity: GoodModel,
  name: 'GoodModel',
  table: 'good_model',
  columns: ['name', 'field', 'year', 'replicatedFromId', 'note'] as const,
  audited: ['name', 'unitPath', 'field', 'year', 'replicatedFromId', 'note'] as const,
};

/** The first year of the period whose replicated models count (II.7: 2021-2025). */
const REPLICATION_FROM = 2021;

function valueIssue(indicator: Indicator, value: number): ValidationIssue | null {
  if (!Number.isFinite(value)) return { field: 'value', rule: 'invalidFormat', params: { format: 'number' } };
  switch (indicator.unit) {
    case IndicatorUnit.PERCENT:
      return value < 0 || value > 100 ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 100 } } : null;
    case IndicatorUnit.YES_NO:
      return value !== 0 && value !== 1 ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 1 } } : null;
    case IndicatorUnit.COUNT:
      return !Number.isInteger(value) || value < 0
        ? { field: 'value', rule: 'invalidFormat', params: { format: 'whole number' } }
        : null;
    default:
      return value < 0 ? { field: 'value', rule: 'outOfRange', params: { min: 0, max: 1e12 } } : null;
  }
}

function ocopView(p: OcopProduct): OcopProductView {
  const { id, name, producer, unitId, category, stars, yearRated, isNew, flagship, version } = p;
  return { id, name, producer, unitId, category, stars, yearRated, isNew, flagship, version };
}

function modelView(m: GoodModel): GoodModelView {
  const { id, name, unitId, field, year, replicatedFromId, note, version } = m;
  return { id, name, unitId, field, year, replicatedFromId, note, version };
}

/** Province indicators, OCOP products and good-practice models, and how they stand (II.7, IV.5-6). */
export class IndicatorService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
  ) {}

  list(): Promise<Indicator[]> {
    return this.db.manager.find(Indicator, { order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  private async unit(ctx: RequestContext, code?: string | null): Promise<AdminUnit> {
    const unitCode = code ?? (await this.plans.resolve()).provinceCode;
    const unit = await ctx.loaders.unitByCode.load(unitCode);
    if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
    assertCanRead(ctx, unit);
    return unit;
  }

  /** A unit as it was on a day; BAD_USER_INPUT when it did not exist then. */
  private async unitOn(ctx: RequestContext, code: string | null | undefined, asOf: string): Promise<AdminUnit> {
    const unit = await this.unit(ctx, code);
    const then = (await ctx.loaders.hierarchyOn(asOf, topCodeOf(unit.path))).unit(unit.id);
    if (!then)
      throw AppError.badInput({
        field: 'unitCode',
        rule: 'notAllowed',
        params: { reason: `${unit.code} did not exist on ${asOf}` },
      });
    return then;
  }

  /** A unit's own figures of an indicator (the year's and the months'), by year. */
  async values(ctx: RequestContext, key: string, unitCode: string, year?: number): Promise<IndicatorValueView[]> {
    const unit = await this.unit(ctx, unitCode);
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
    const parent = await this.unit(ctx, parentCode);
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
    const root = await this.unitOn(ctx, unitCode, asOf);
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

  // -------------------------------------------------------------- OCOP and models

  async ocopProducts(ctx: RequestContext, args: OcopArgs): Promise<Page<OcopProductView>> {
    const qb = this.db.manager.createQueryBuilder(OcopProduct, 'o');
    whereReadable(qb, ctx, 'o.unitPath');
    const f = args.filter ?? {};
    if (f.unitCode) whereWithin(qb, 'o.unitPath', (await this.unit(ctx, f.unitCode)).path);
    if (f.stars) qb.andWhere('o.stars = :stars', { stars: f.stars });
    if (f.year) qb.andWhere('o.yearRated <= :year', { year: f.year });
    if (f.flagship !== undefined) qb.andWhere('o.flagship = :flagship', { flagship: f.flagship });
    const counter = qb.clone();
    if (args.after) qb.andWhere('o.id > :after', { after: Number(decodeCursor(args.after)) });
    const rows = await qb
      .orderBy('o.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return {
      nodes: rows.slice(0, args.first).map(ocopView),
      hasNextPage: rows.length > args.first,
      cursorOf: (n) => encodeCursor(String(n.id)),
      count: () => counter.getCount(),
    };
  }

  async ocopSummary(
    ctx: RequestContext,
    year: number,
    unitCode?: string | null,
    asOf: string = todayInVietnam(),
  ): Promise<OcopSummary> {
    const unit = await this.unitOn(ctx, unitCode, asOf);
    const on = await ctx.loaders.hierarchyOn(asOf, topCodeOf(unit.path));
    const products = await ofUnits(this.db.manager, OcopProduct, on.idsWithin(unit.id));
    return { year, ...ocopTotals(products, year) };
  }

  async saveOcop(ctx: RequestContext, rows: OcopRowInput[]): Promise<OcopBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        OcopProduct,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const planned: PlannedRow<OcopProduct>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `O${row.id}`, error: AppError.notFound('OcopProduct', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const unit = before ? null : row.unitCode ? units.get(row.unitCode) : undefined;
        if (!before && (!unit || unit.level !== AdminLevel.COMMUNE))
          issues.push(
            row.unitCode
              ? { field: 'unitCode', rule: 'notAllowed', params: { reason: 'not a commune-level unit' } }
              : { field: 'unitCode', rule: 'required' },
          );
        const name = row.name?.trim() ?? before?.name;
        const producer = row.producer?.trim() ?? before?.producer;
        const category = row.category?.trim() ?? before?.category;
        const stars = row.stars ?? before?.stars;
        const yearRated = row.yearRated ?? before?.yearRated;
        if (!name) issues.push({ field: 'name', rule: 'required' });
        else if (name.length > 300) issues.push({ field: 'name', rule: 'tooLong', params: { max: 300 } });
        if (!producer) issues.push({ field: 'producer', rule: 'required' });
        else if (producer.length > 300) issues.push({ field: 'producer', rule: 'tooLong', params: { max: 300 } });
        if (!category) issues.push({ field: 'category', rule: 'required' });
        else if (category.length > 100) issues.push({ field: 'category', rule: 'tooLong', params: { max: 100 } });
        if (stars === undefined || ![3, 4, 5].includes(stars))
          issues.push({ field: 'stars', rule: 'outOfRange', params: { min: 3, max: 5 } });
        const yearIssue = validateYear(yearRated, 'yearRated');
        if (yearIssue) issues.push(yearIssue);
        if (issues.length || !name || !producer || !category || stars === undefined || yearRated === undefined)
          return { index, key: before ? `O${before.id}` : null, error: AppError.badInput(issues) };
        if (row.delete) {
          if (!before) return { index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) };
          return {
            index,
            key: `O${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: before.yearRated,
            expectedVersion: row.version ?? null,
          };
        }
        const after = em.create(OcopProduct, {
          ...(before ?? { unitId: unit!.id, unitPath: unit!.path, version: 1 }),
          name,
          producer,
          category,
          stars,
          yearRated,
          isNew: row.isNew ?? before?.isNew ?? true,
          flagship: row.flagship ?? before?.flagship ?? false,
        });
        return {
          index,
          key: before ? `O${before.id}` : name,
          before,
          after,
          unitPath: after.unitPath,
          year: yearRated,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, OCOP_SPEC, planned);
      return {
        products: out.rows.filter((p): p is OcopProduct => p !== null).map(ocopView),
        changed: out.created + out.updated + out.deleted,
      };
    });
  }

  async models(ctx: RequestContext, args: ModelArgs): Promise<Page<GoodModelView>> {
    const qb = this.db.manager.createQueryBuilder(GoodModel, 'm');
    whereReadable(qb, ctx, 'm.unitPath');
    const f = args.filter ?? {};
    if (f.unitCode) whereWithin(qb, 'm.unitPath', (await this.unit(ctx, f.unitCode)).path);
    if (f.field) qb.andWhere('m.field = :field', { field: f.field });
    if (f.year) qb.andWhere('m.year <= :year', { year: f.year });
    const counter = qb.clone();
    if (args.after) qb.andWhere('m.id > :after', { after: Number(decodeCursor(args.after)) });
    const rows = await qb
      .orderBy('m.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return {
      nodes: rows.slice(0, args.first).map(modelView),
      hasNextPage: rows.length > args.first,
      cursorOf: (n) => encodeCursor(String(n.id)),
      count: () => counter.getCount(),
    };
  }

  async saveModels(ctx: RequestContext, rows: ModelRowInput[]): Promise<ModelBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        GoodModel,
        rows.flatMap((r) => [r.id, r.replicatedFromId].filter((x): x is number => !!x)),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const planned: PlannedRow<GoodModel>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before)
          return { index, key: `M${row.id}`, error: AppError.notFound('GoodModel', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const unit = before ? null : row.unitCode ? units.get(row.unitCode) : undefined;
        if (!before && (!unit || (unit.level !== AdminLevel.COMMUNE && unit.level !== AdminLevel.DISTRICT))) {
          issues.push(
            row.unitCode
              ? {
                  field: 'unitCode',
                  rule: 'notAllowed',
                  params: { reason: 'a model belongs to a commune or a district' },
                }
              : { field: 'unitCode', rule: 'required' },
          );
        }
        const name = row.name?.trim() ?? before?.name;
        const field = row.field ?? before?.field;
        const year = row.year ?? before?.year;
        const replicatedFromId =
          row.replicatedFromId === undefined ? (before?.replicatedFromId ?? null) : row.replicatedFromId;
        if (!name) issues.push({ field: 'name', rule: 'required' });
        else if (name.length > 300) issues.push({ field: 'name', rule: 'tooLong', params: { max: 300 } });
        if (!field || !Object.values(ModelField).includes(field)) issues.push({ field: 'field', rule: 'required' });
        const yearIssue = validateYear(year, 'year');
        if (yearIssue) issues.push(yearIssue);
        if (replicatedFromId !== null && (!existing.has(replicatedFromId) || replicatedFromId === before?.id))
          issues.push({ field: 'replicatedFromId', rule: 'notAllowed', params: { reason: 'no such other model' } });
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !name || !field || year === undefined)
          return { index, key: before ? `M${before.id}` : null, error: AppError.badInput(issues) };
        if (row.delete) {
          if (!before) return { index, key: null, error: AppError.badInput({ field: 'id', rule: 'required' }) };
          return {
            index,
            key: `M${before.id}`,
            before,
            after: null,
            unitPath: before.unitPath,
            year: before.year,
            expectedVersion: row.version ?? null,
          };
        }
        const after = em.create(GoodModel, {
          ...(before ?? { unitId: unit!.id, unitPath: unit!.path, version: 1 }),
          name,
          field,
          year,
          replicatedFromId,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        return {
          index,
          key: before ? `M${before.id}` : name,
          before,
          after,
          unitPath: after.unitPath,
          year,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, MODEL_SPEC, planned);
      return {
        models: out.rows.filter((m): m is GoodModel => m !== null).map(modelView),
        changed: out.created + out.updated + out.deleted,
      };
    });
  }

  /** Communes under 10 models, districts under 50 of their own, districts without rural tourism, by a year. */
  async modelCoverage(ctx: RequestContext, year: number, asOf: string = todayInVietnam()): Promise<ModelCoverage> {
    const root = await this.unitOn(ctx, null, asOf);
    const { assignments } = requireUser(ctx);
    const on = await ctx.loaders.hierarchyOn(asOf, topCodeOf(root.path));
    const units = on
      .within(root.id)
      .filter(
        (u) =>
          (u.level === AdminLevel.DISTRICT || u.level === AdminLevel.COMMUNE) &&
          canReadUnit(assignments, on.currentPathOf(u.id)),
      )
      .sort((a, b) => a.code.localeCompare(b.code));
    const models = await ofUnits(this.db.manager, GoodModel, on.idsWithin(root.id), (qb) =>
      qb.andWhere('r.year <= :year', { year }),
    );
    const carried = new Map(units.map((u) => [u.id, new Set(on.carriedBy(u.id))]));
    const within = new Map(
      units.filter((u) => u.level === AdminLevel.DISTRICT).map((d) => [d.id, new Set(on.idsWithin(d.id))]),
    );
    const countOf = (u: AdminUnit) => models.filter((m) => carried.get(u.id)!.has(m.unitId)).length;
    const districts = units.filter((u) => u.level === AdminLevel.DISTRICT);
    return {
      year,
      communesUnder: units
        .filter((u) => u.level === AdminLevel.COMMUNE && countOf(u) < MODEL_COVERAGE.perCommune)
        .map((unit) => ({ unit, count: countOf(unit), required: MODEL_COVERAGE.perCommune })),
      districtsUnder: districts
        .filter((d) => countOf(d) < MODEL_COVERAGE.perDistrict)
        .map((unit) => ({ unit, count: countOf(unit), required: MODEL_COVERAGE.perDistrict })),
      districtsWithoutTourism: districts.filter(
        (d) => !models.some((m) => m.field === ModelField.TOURISM && within.get(d.id)!.has(m.unitId)),
      ),
    };
  }
}
