import { In, type EntityManager } from 'typeorm';
import { todayInVietnam } from '@ntm/shared';
import { AdminUnit } from '../modules/hierarchy/admin-unit.entity';

/** Records by id, in one statement, for a batch about to change them. */
export async function byIds<E extends { id: number }>(em: EntityManager, entity: new () => E, ids: readonly number[]): Promise<Map<number, E>> {
  if (ids.length === 0) return new Map();
  const rows = await em.find(entity, { where: { id: In([...new Set(ids)]) } as never });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Units existing today by code, in one statement. */
export async function unitsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, AdminUnit>> {
  if (codes.length === 0) return new Map();
  const today = todayInVietnam();
  const rows = await em.find(AdminUnit, { where: { code: In([...new Set(codes)]) } });
  return new Map(rows.filter((u) => u.validTo === null || u.validTo > today).map((u) => [u.code, u]));
}
