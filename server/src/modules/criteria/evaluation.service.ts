import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  AdminLevel,
  TargetLevel,
  type ValidationIssue,
  canReadUnit,
  canWriteUnit,
  compareCriterionCodes,
  criteriaMet,
  highestLevelOn,
  isLocked,
  todayInVietnam,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import type { Database } from '../../db/database';
import { idChunks, ofUnits } from '../../db/lookups';
import { assertCanRead, requireUser } from '../access/access-rule';
import { whereReadable } from '../access/scope-sql';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { childrenOn } from '../hierarchy/admin-unit.loaders';
import { approvedIn } from '../submissions/approvals';
import { Recognition } from '../targets/recognition.entity';
import { Target } from '../targets/target.entity';
import { targetView } from '../targets/targets-views';
import { DossierStepRecord } from '../targets/dossier-step.entity';
import { CriteriaSet } from './criteria-set.entity';
import type { CriteriaService } from './criteria.service';
import type {
  CommuneCriteriaCount,
  CommuneScorecard,
  CriteriaMatrix,
  CriteriaMatrixArgs,
  CriteriaMatrixRow,
  EvaluationBatchResult,
  EvaluationRowInput,
} from './criteria.types';
import { Criterion } from './criterion.entity';
import { Evaluation } from './evaluation.entity';

const EVALUATION_SPEC = {
  entity: Evaluation,
  name: 'Evaluation',
  table: 'evaluation',
  columns: ['met', 'value', 'note'] as const,
  audited: ['met', 'value', 'note'] as const,
};

/** The ladder of commune sets a commune climbs: NTM, then advanced, then model. */
const COMMUNE_LADDER = [TargetLevel.NTM, TargetLevel.ADVANCED, TargetLevel.MODEL];

const existsToday = (u: AdminUnit) => u.validTo === null || u.validTo > todayInVietnam();

/** Yearly evaluations of units against the criteria sets, and what they add up to. */
export class EvaluationService {
  constructor(
    private readonly db: Database,
    private readonly batch: BatchWriter,
    private readonly criteria: CriteriaService,
  ) {}

  private async rowsFor(
    ctx: RequestContext,
    em: EntityManager,
    units: AdminUnit[],
    year: number,
    criteria: Criterion[],
    pathToday: (u: AdminUnit) => string = (u) => u.path,
  ): Promise<CriteriaMatrixRow[]> {
    const evaluations =
      units.length && criteria.length
        ? await em.find(Evaluation, {
            where: { unitId: In(units.map((u) => u.id)), year, criterionId: In(criteria.map((c) => c.id)) },
          })
        : [];
    const byId = new Map(criteria.map((c) => [c.id, c]));
    const approved = await approvedIn(em, year);
    const { assignments } = requireUser(ctx);
    return Promise.all(
      units.map(async (unit) => {
        const cells = evaluations
          .filter((e) => e.unitId === unit.id)
          .map((e) => ({
            code: byId.get(e.criterionId)!.code,
            met: e.met,
            value: e.value,
            note: e.note,
            version: e.version,
          }))
          .sort((a, b) => compareCriterionCodes(a.code, b.code));
        return {
          unit,
          cells,
          metCount: criteriaMet(criteria, cells).length,
          editable: canWriteUnit(assignments, pathToday(unit)) && !isLocked(approved, pathToday(unit), year),
        };
      }),
    );
  }

  /** The criteria matrix of the units below a unit: the plan's appendix of communes × criteria. */
  async matrix(ctx: RequestContext, args: CriteriaMatrixArgs): Promise<CriteriaMatrix> {
    const parent = await ctx.loaders.unitByCode.load(args.parentCode);
    if (!parent)
      throw AppError.badInput({ field: 'parentCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
    assertCanRead(ctx, parent);
    const { assignments } = requireUser(ctx);
    const { units: children, pathToday } = await childrenOn(ctx.loaders, parent, args.asOf);
    const units = children.filter((u) => canReadUnit(assignments, pathToday(u)));
    const unitLevel =
      units[0]?.level ?? (parent.level === AdminLevel.DISTRICT ? AdminLevel.COMMUNE : AdminLevel.VILLAGE);
    const set = args.setKey
      ? await this.criteria.setByKey(args.setKey)
      : await this.criteria.setFor(
          unitLevel,
          unitLevel === AdminLevel.VILLAGE ? TargetLevel.MODEL_VILLAGE : TargetLevel.NTM,
          args.year,
        );
    if (!set)
      throw AppError.badInput({
        field: 'setKey',
        rule: 'required',
        params: { reason: `no criteria set for ${unitLevel} in ${args.year}` },
      });
    const criteria = await this.criteria.criteriaOf(set.id);
    return {
      set,
      year: args.year,
      criteria,
      rows: await this.rowsFor(ctx, this.db.manager, units, args.year, criteria, pathToday),
    };
  }

  /**
   * Saves evaluations, all or none: met or not per unit, year and criterion (an absent `met`
   * removes the evaluation). A cell evaluated by someone else since it was read is a CONFLICT.
   */
  async saveEvaluations(ctx: RequestContext, rows: EvaluationRowInput[]): Promise<EvaluationBatchResult> {
    return this.batch.run(async (em) => {
      const units = new Map(
        (await em.find(AdminUnit, { where: { code: In([...new Set(rows.map((r) => r.unitCode))]) } })).map((u) => [
          u.code,
          u,
        ]),
      );
      const sets = new Map(
        (await em.find(CriteriaSet, { where: { key: In([...new Set(rows.map((r) => r.setKey))]) } })).map((s) => [
          s.key,
          s,
        ]),
      );
      const criteria = sets.size
        ? await em.find(Criterion, { where: { setId: In([...sets.values()].map((s) => s.id)) } })
        : [];
      const criterionOf = (setKey: string, code: string) =>
        criteria.find((c) => c.setId === sets.get(setKey)?.id && c.code === code);
      const unitIds = [...units.values()].map((u) => u.id);
      const years = [...new Set(rows.map((r) => r.year))];
      const existing =
        unitIds.length && criteria.length
          ? await em.find(Evaluation, {
              where: { unitId: In(unitIds), year: In(years), criterionId: In(criteria.map((c) => c.id)) },
            })
          : [];
      const seen = new Set<string>();
      const planned: PlannedRow<Evaluation>[] = rows.map((row, index) => {
        const key = `${row.unitCode}/${row.year}/${row.setKey}/${row.code}`;
        const issues: ValidationIssue[] = [];
        const unit = units.get(row.unitCode);
        const set = sets.get(row.setKey);
        const criterion = criterionOf(row.setKey, row.code);
        if (!unit || !existsToday(unit))
          issues.push({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
        if (!set) issues.push({ field: 'setKey', rule: 'notAllowed', params: { reason: 'no such criteria set' } });
        else if (!criterion)
          issues.push({
            field: 'code',
            rule: 'notAllowed',
            params: { reason: `no criterion ${row.code} in ${row.setKey}` },
          });
        if (unit && set && unit.level !== set.unitLevel)
          issues.push({
            field: 'setKey',
            rule: 'notAllowed',
            params: { reason: `the set judges ${set.unitLevel.toLowerCase()} units` },
          });
        const yearIssue = validateYear(row.year);
        if (yearIssue) issues.push(yearIssue);
        if (set && (row.year < set.fromYear || (set.toYear !== null && row.year > set.toYear)))
          issues.push({ field: 'year', rule: 'notAllowed', params: { reason: 'the set does not apply that year' } });
        if (row.value && row.value.length > 100) issues.push({ field: 'value', rule: 'tooLong', params: { max: 100 } });
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (seen.has(key))
          issues.push({
            field: 'code',
            rule: 'notAllowed',
            params: { reason: 'the same evaluation is in the batch twice' },
          });
        seen.add(key);
        if (issues.length > 0 || !unit || !criterion) return { index, key, error: AppError.badInput(issues) };
        const before =
          existing.find((e) => e.unitId === unit.id && e.year === row.year && e.criterionId === criterion.id) ?? null;
        const after =
          row.met === null || row.met === undefined
            ? null
            : em.create(Evaluation, {
                ...(before ?? {
                  unitId: unit.id,
                  unitPath: unit.path,
                  year: row.year,
                  criterionId: criterion.id,
                  version: 1,
                }),
                met: row.met,
                value: row.value === undefined ? (before?.value ?? null) : row.value,
                note: row.note === undefined ? (before?.note ?? null) : row.note,
              });
        if (!before && !after) return { index, key, error: AppError.badInput({ field: 'met', rule: 'required' }) };
        return { index, key, before, after, unitPath: unit.path, year: row.year, expectedVersion: row.version ?? null };
      });
      const out = await this.batch.write(em, ctx, EVALUATION_SPEC, planned);
      // The touched units' rows, as they now stand: one read per set and year, not per unit.
      const touched = new Map<string, { units: Map<string, AdminUnit>; set: CriteriaSet; year: number }>();
      for (const row of rows) {
        const group = touched.get(`${row.setKey}|${row.year}`) ?? {
          units: new Map(),
          set: sets.get(row.setKey)!,
          year: row.year,
        };
        group.units.set(row.unitCode, units.get(row.unitCode)!);
        touched.set(`${row.setKey}|${row.year}`, group);
      }
      const result: CriteriaMatrixRow[] = [];
      for (const { units: group, set, year } of touched.values()) {
        result.push(
          ...(await this.rowsFor(
            ctx,
            em,
            [...group.values()],
            year,
            criteria.filter((c) => c.setId === set.id).sort((a, b) => compareCriterionCodes(a.code, b.code)),
          )),
        );
      }
      return {
        rows: result,
        created: out.created,
        updated: out.updated,
        deleted: out.deleted,
        unchanged: out.unchanged,
        changed: out.created + out.updated + out.deleted,
      };
    });
  }

  /** A commune against the criteria in a year: met, missing, what it qualifies for, its targets. */
  async scorecard(ctx: RequestContext, code: string, year: number): Promise<CommuneScorecard> {
    const unit = await ctx.loaders.unitByCode.load(code);
    if (!unit) throw AppError.notFound('AdminUnit', code);
    assertCanRead(ctx, unit);
    if (unit.level !== AdminLevel.COMMUNE)
      throw AppError.badInput({ field: 'code', rule: 'notAllowed', params: { reason: 'not a commune-level unit' } });
    const em = this.db.manager;
    const sets = [];
    for (const level of COMMUNE_LADDER) sets.push(await this.criteria.setFor(AdminLevel.COMMUNE, level, year));
    const base = sets[0];
    if (!base)
      throw AppError.badInput({
        field: 'year',
        rule: 'notAllowed',
        params: { reason: `no commune criteria set for ${year}` },
      });
    const evaluationsOf = async (set: CriteriaSet) => {
      const criteria = await this.criteria.criteriaOf(set.id);
      const rows = criteria.length
        ? await em.find(Evaluation, { where: { unitId: unit.id, year, criterionId: In(criteria.map((c) => c.id)) } })
        : [];
      const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
      return { criteria, evaluations: rows.map((e) => ({ code: codeOf.get(e.criterionId)!, met: e.met })) };
    };
    const { criteria, evaluations } = await evaluationsOf(base);
    const met = criteriaMet(criteria, evaluations);
    const top = criteria.filter((c) => c.parentCode === null);
    let qualifiesFor: TargetLevel | null = null;
    // Up the ladder while each set has criteria and every one of them is met.
    for (const [i, set] of sets.entries()) {
      if (!set) break;
      const judged = i === 0 ? { criteria, evaluations } : await evaluationsOf(set);
      const tops = judged.criteria.filter((c) => c.parentCode === null);
      if (tops.length === 0 || criteriaMet(judged.criteria, judged.evaluations).length < tops.length) break;
      qualifiesFor = COMMUNE_LADDER[i];
    }
    const recognitions = await em.find(Recognition, { where: { unitId: unit.id } });
    const targets = await em.find(Target, { where: { unitId: unit.id }, order: { year: 'ASC', level: 'ASC' } });
    const steps = targets.length
      ? await em.find(DossierStepRecord, { where: { targetId: In(targets.map((t) => t.id)) } })
      : [];
    return {
      unit,
      year,
      set: base,
      criteriaCount: top.length,
      metCount: met.length,
      met,
      missing: top.filter((c) => !met.includes(c.code)),
      qualifiesFor,
      recognisedLevel: highestLevelOn(recognitions, `${year}-12-31`),
      targets: targets.map((t) =>
        targetView(
          t,
          steps.filter((s) => s.targetId === t.id),
        ),
      ),
    };
  }

  /**
   * Communes evaluated in a year that meet fewer criteria than `threshold` (the plan: none under
   * 15 by 2025). Communes with no evaluation that year are not judged.
   */
  async communesBelow(ctx: RequestContext, threshold: number, year: number): Promise<CommuneCriteriaCount[]> {
    const set = await this.criteria.setFor(AdminLevel.COMMUNE, TargetLevel.NTM, year);
    if (!set) return [];
    const criteria = await this.criteria.criteriaOf(set.id);
    const counts = await this.metCounts(ctx, this.db.manager, criteria, year);
    const total = criteria.filter((c) => c.parentCode === null).length;
    return counts.filter((c) => c.metCount < threshold).map((c) => ({ ...c, criteriaCount: total }));
  }

  /** Criteria met per evaluated commune in the user's scope, in code order. */
  async metCounts(
    ctx: RequestContext | null,
    em: EntityManager,
    criteria: Criterion[],
    year: number,
    unitIds?: readonly number[],
  ): Promise<{ unit: AdminUnit; metCount: number }[]> {
    if (criteria.length === 0) return [];
    const where = (qb: SelectQueryBuilder<Evaluation>) => {
      qb.andWhere('r.year = :year', { year }).andWhere('r.criterionId IN (:...criterionIds)', {
        criterionIds: criteria.map((c) => c.id),
      });
      return ctx ? whereReadable(qb, ctx, 'r.unitPath') : qb;
    };
    // Of the given units only (a province's communes), or of every unit evaluated that year.
    const evaluations = unitIds
      ? await ofUnits(em, Evaluation, unitIds, where)
      : await where(em.createQueryBuilder(Evaluation, 'r').where('1 = 1')).getMany();
    const byUnit = new Map<number, Evaluation[]>();
    for (const e of evaluations) {
      const list = byUnit.get(e.unitId);
      if (list) list.push(e);
      else byUnit.set(e.unitId, [e]);
    }
    const units: AdminUnit[] = [];
    for (const chunk of idChunks([...byUnit.keys()]))
      units.push(...(await em.find(AdminUnit, { where: { id: In(chunk) } })));
    units.sort((a, b) => a.code.localeCompare(b.code));
    const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
    return units.map((unit) => ({
      unit,
      metCount: criteriaMet(
        criteria,
        byUnit.get(unit.id)!.map((e) => ({ code: codeOf.get(e.criterionId)!, met: e.met })),
      ).length,
    }));
  }
}
