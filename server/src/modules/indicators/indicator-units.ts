import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import { assertCanRead } from '../access/access-rule';
import type { AdminUnit } from '../hierarchy/admin-unit.entity';
import { topCodeOf } from '../hierarchy/hierarchy-on';
import type { PlanService } from '../plan/plan.service';

/** A unit by its code (default: the plan's province) that the caller may read. */
export async function readableUnit(plans: PlanService, ctx: RequestContext, code?: string | null): Promise<AdminUnit> {
  const unitCode = code ?? (await plans.resolve()).provinceCode;
  const unit = await ctx.loaders.unitByCode.load(unitCode);
  if (!unit) throw AppError.badInput({ field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } });
  assertCanRead(ctx, unit);
  return unit;
}

/** A unit as it was on a day; BAD_USER_INPUT when it did not exist then. */
export async function readableUnitOn(
  plans: PlanService,
  ctx: RequestContext,
  code: string | null | undefined,
  asOf: string,
): Promise<AdminUnit> {
  const unit = await readableUnit(plans, ctx, code);
  const then = (await ctx.loaders.hierarchyOn(asOf, topCodeOf(unit.path))).unit(unit.id);
  if (!then)
    throw AppError.badInput({
      field: 'unitCode',
      rule: 'notAllowed',
      params: { reason: `${unit.code} did not exist on ${asOf}` },
    });
  return then;
}
