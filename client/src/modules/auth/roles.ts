import { Role } from '@ntm/shared';
import type { Translate } from '@/i18n/message';

/** Roles from the most to the least they allow, the order lists and menus show them in. */
export const ROLE_OPTIONS: readonly Role[] = [Role.ADMIN, Role.APPROVER, Role.EDITOR, Role.VIEWER];

interface AssignmentLike {
  role: string;
  /** The root of the role's subtree; none for ADMIN, whose role covers everything. */
  unit: { code: string; name?: string } | null;
}

/** "Biên tập · Huyện Nam Giang, Xem · Tỉnh Quảng Nam": who the user is where, for the header. */
export function describeAssignments(t: Translate, assignments: readonly AssignmentLike[]): string {
  return assignments
    .map((a) => {
      const role = t(`roles.${a.role}`, {});
      return a.unit ? `${role} · ${a.unit.name ?? a.unit.code}` : role;
    })
    .join(', ');
}

/** "Biên tập: 510; Xem: 49": compact, by unit code, for a grid cell. */
export function assignmentCodes(t: Translate, assignments: readonly AssignmentLike[]): string {
  return assignments
    .map((a) => {
      const role = t(`roles.${a.role}`, {});
      return a.unit ? `${role}: ${a.unit.code}` : role;
    })
    .join('; ');
}

/** Does the role need a unit? Every role but ADMIN is bound to the subtree of one. */
export function roleNeedsUnit(role: string): boolean {
  return role !== Role.ADMIN;
}
