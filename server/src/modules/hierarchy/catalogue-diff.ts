import {
  AdminLevel,
  type HeldUnit,
  type ProposedChange,
  CatalogueError,
  countByLevel,
  diffCatalogue,
  parseGsoCatalogue,
  todayInVietnam,
  withinHeldProvinces,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { requireUser } from '../access/access-rule';
import { AdminUnit } from './admin-unit.entity';

const MAX_CATALOGUE_CHARS = 8_000_000;

/**
 * The difference between a GSO catalogue file and the units held today, as proposed changes
 * (see `diffCatalogue`): nothing is written.
 */
export async function diffGsoCatalogue(
  db: Database,
  ctx: RequestContext,
  text: string,
): Promise<{ date: string | null; changes: ProposedChange[]; counts: Record<AdminLevel, number> }> {
  requireUser(ctx);
  // A national catalogue is about 2.3 MB.
  if (text.length > MAX_CATALOGUE_CHARS)
    throw AppError.badInput({ field: 'catalogue', rule: 'tooLong', params: { max: MAX_CATALOGUE_CHARS } });
  let parsed;
  try {
    parsed = parseGsoCatalogue(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof CatalogueError ? error.message : `not JSON: ${(error as Error).message}`;
    throw AppError.badInput({
      field: 'catalogue',
      rule: 'invalidFormat',
      params: { format: `GSO catalogue (${reason})` },
    });
  }
  const today = todayInVietnam();
  const rows = await db.manager
    .createQueryBuilder(AdminUnit, 'u')
    .where('u.level <> :v', { v: AdminLevel.VILLAGE })
    .andWhere('(u.validTo IS NULL OR u.validTo > :today)', { today })
    .getMany();
  const codeOf = new Map(rows.map((u) => [u.id, u.code]));
  const held: HeldUnit[] = rows.map((u) => ({
    level: u.level,
    code: u.code,
    name: u.name,
    type: u.type,
    parentCode: u.parentId === null ? null : (codeOf.get(u.parentId) ?? null),
  }));
  const changes = diffCatalogue(held, parsed.units);
  return { date: parsed.date, changes, counts: countByLevel(withinHeldProvinces(held, parsed.units)) };
}
