import { Brackets, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { scopeAncestors, scopeRoots } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import { requireUser } from './access-rule';

let seq = 0;

/**
 * Cuts a query to the rows of units the user may read: those in their subtrees (by the path
 * column given) and, with `withAncestors`, the units above them. Admins see everything.
 */
export function whereReadable<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ctx: RequestContext,
  pathColumn: string,
  withAncestors = false,
): SelectQueryBuilder<T> {
  const roots = scopeRoots(requireUser(ctx).assignments);
  if (roots === null) return qb;
  const p = `s${++seq % 1_000_000}`;
  const ancestors = withAncestors ? scopeAncestors(roots) : [];
  return qb.andWhere(
    new Brackets((w) => {
      w.where('1 = 0');
      roots.forEach((root, i) => {
        w.orWhere(`(${pathColumn} = :${p}r${i} OR ${pathColumn} LIKE :${p}b${i})`, {
          [`${p}r${i}`]: root,
          [`${p}b${i}`]: `${root}/%`,
        });
      });
      if (ancestors.length > 0) w.orWhere(`${pathColumn} IN (:...${p}a)`, { [`${p}a`]: ancestors });
    }),
  );
}

/** Rows of a unit and every unit below it. */
export function whereWithin<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  pathColumn: string,
  path: string,
): SelectQueryBuilder<T> {
  const p = `w${++seq % 1_000_000}`;
  return qb.andWhere(`(${pathColumn} = :${p} OR ${pathColumn} LIKE :${p}b)`, { [p]: path, [`${p}b`]: `${path}/%` });
}
