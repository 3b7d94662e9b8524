import { AdminLevel, type ValidationIssue, ocopTotals, todayInVietnam, validateYear } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { byIds, ofUnits, unitsByCode } from '../../db/lookups';
import { topCodeOf } from '../hierarchy/hierarchy-on';
import { whereReadable, whereWithin } from '../access/scope-sql';
import type { PlanService } from '../plan/plan.service';
import type { OcopArgs, OcopBatchResult, OcopProductView, OcopRowInput, OcopSummary } from './indicators.types';
import { OcopProduct } from './ocop-product.entity';
import { readableUnit, readableUnitOn } from './indicator-units';
import { OCOP_SPEC, ocopView } from './indicators-views';

/** OCOP products: their list, totals by stars and saves. */
export class OcopService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
  ) {}

  async ocopProducts(ctx: RequestContext, args: OcopArgs): Promise<Page<OcopProductView>> {
    const qb = this.db.manager.createQueryBuilder(OcopProduct, 'o');
    whereReadable(qb, ctx, 'o.unitPath');
    const f = args.filter ?? {};
    if (f.unitCode) whereWithin(qb, 'o.unitPath', (await readableUnit(this.plans, ctx, f.unitCode)).path);
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
    const unit = await readableUnitOn(this.plans, ctx, unitCode, asOf);
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
}
