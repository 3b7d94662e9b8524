/**
 * What an assignment lets a user do within the subtree of its unit (the way DHIS2 binds users to
 * organisation units): ADMIN everything, EDITOR read and write, APPROVER an editor who also
 * approves or returns submissions, VIEWER read only.
 */
export enum Role {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  APPROVER = 'APPROVER',
  VIEWER = 'VIEWER',
}

export const ROLES: readonly Role[] = Object.values(Role);

/** One (role, unit) pair; the unit is given by its path of codes from the province down. */
export interface Assignment {
  role: Role;
  unitPath: string;
}
