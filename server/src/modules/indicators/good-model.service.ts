import {
  AdminLevel,
  MODEL_COVERAGE,
  ModelField,
  type ValidationIssue,
  canReadUnit,
  todayInVietnam,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { byIds, ofUnits, unitsByCode } from '../../db/lookups';
import { topCodeOf } from '../hierarchy/hierarchy-on';
import { requireUser } from '../access/access-rule';
import { whereReadable, whereWithin } from '../access/scope-sql';
import type { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { PlanService } from '../plan/plan.service';
import { GoodModel } from './good-model.entity';
import type { GoodModelView, ModelArgs, ModelBatchResult, ModelCoverage, ModelRowInput } from './indicators.types';
import { readableUnit, readableUnitOn } from './indicator-units';
import { MODEL_SPEC, modelView } from './indicators-views';

/** Good-practice models: their list, saves and how well they cover the communes and districts. */
export class GoodModelService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly plans: PlanService,
  ) {}

  async models(ctx: RequestContext, args: ModelArgs): Promise<Page<GoodModelView>> {
    const qb = this.db.manager.createQueryBuilder(GoodModel, 'm');
    whereReadable(qb, ctx, 'm.unitPath');
    const f = args.filter ?? {};
    if (f.unitCode) whereWithin(qb, 'm.unitPath', (await readableUnit(this.plans, ctx, f.unitCode)).path);
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
    const root = await readableUnitOn(this.plans, ctx, null, asOf);
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
