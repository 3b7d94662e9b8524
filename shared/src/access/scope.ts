import { type Assignment, Role } from './role';

/** Is `path` the unit at `root` or below it? Paths are codes joined by "/" ("49/510/20704"). */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** Is `path` a unit strictly above `below`? */
export function isAncestorOf(path: string, below: string): boolean {
  return below.startsWith(`${path}/`);
}

export function isAdmin(assignments: readonly Assignment[]): boolean {
  return assignments.some((a) => a.role === Role.ADMIN);
}

/**
 * May the user read the unit's data? Its own subtrees, and the units above them (a district's
 * staff see the name of their province, not its figures' details elsewhere).
 */
export function canReadUnit(assignments: readonly Assignment[], unitPath: string): boolean {
  if (isAdmin(assignments)) return true;
  return assignments.some((a) => isWithin(unitPath, a.unitPath) || isAncestorOf(unitPath, a.unitPath));
}

/**
 * May the user change the unit's data? Editors and approvers within their subtree; a province's
 * own rows (plan goals, province totals) only ADMIN.
 */
export function canWriteUnit(assignments: readonly Assignment[], unitPath: string): boolean {
  if (isAdmin(assignments)) return true;
  if (!unitPath.includes('/')) return false;
  return assignments.some(
    (a) => (a.role === Role.EDITOR || a.role === Role.APPROVER) && isWithin(unitPath, a.unitPath),
  );
}

/** May the user submit the unit's data of a year? Whoever may write it. */
export const canSubmitUnit = canWriteUnit;

/**
 * May the user approve, return or reopen the unit's submission? An approver of a unit above it,
 * or ADMIN: nobody approves their own unit's figures.
 */
export function canApproveUnit(assignments: readonly Assignment[], unitPath: string): boolean {
  if (isAdmin(assignments)) return true;
  return assignments.some((a) => a.role === Role.APPROVER && isAncestorOf(a.unitPath, unitPath));
}

/** May the user read the audit trail of the unit? ADMIN, and approvers within their subtree. */
export function canAuditUnit(assignments: readonly Assignment[], unitPath: string): boolean {
  if (isAdmin(assignments)) return true;
  return assignments.some((a) => a.role === Role.APPROVER && isWithin(unitPath, a.unitPath));
}

/**
 * The subtrees a user's lists are cut to: the roots of their assignments (a root inside another
 * is dropped). Null means everything (ADMIN).
 */
export function scopeRoots(assignments: readonly Assignment[]): string[] | null {
  if (isAdmin(assignments)) return null;
  const paths = [...new Set(assignments.map((a) => a.unitPath))].sort();
  return paths.filter((p) => !paths.some((q) => q !== p && isWithin(p, q)));
}

/** The units above the roots, which a user may read for context (e.g. "49" for "49/510"). */
export function scopeAncestors(roots: readonly string[]): string[] {
  const out = new Set<string>();
  for (const root of roots) {
    const parts = root.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return [...out].sort();
}
