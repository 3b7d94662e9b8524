import { Role } from './role';
import {
  canApproveUnit,
  canAuditUnit,
  canReadUnit,
  canWriteUnit,
  isAncestorOf,
  isWithin,
  scopeAncestors,
  scopeRoots,
} from './scope';

const PROVINCE = '49';
const NAM_GIANG = '49/510';
const LA_DEE = '49/510/20704';
const LA_DEE_VILLAGE = '49/510/20704/20704-001';
const TAM_KY = '49/502';

const as = (role: Role, unitPath: string) => [{ role, unitPath }];

describe('paths', () => {
  it('tell a subtree from a unit whose code merely starts the same', () => {
    expect(isWithin(LA_DEE, NAM_GIANG)).toBe(true);
    expect(isWithin(NAM_GIANG, NAM_GIANG)).toBe(true);
    expect(isWithin('49/5100', NAM_GIANG)).toBe(false);
    expect(isAncestorOf(PROVINCE, NAM_GIANG)).toBe(true);
    expect(isAncestorOf(NAM_GIANG, NAM_GIANG)).toBe(false);
  });
});

describe('who may do what', () => {
  it('lets a district editor read and write its own subtree, read its province, and nothing else', () => {
    const a = as(Role.EDITOR, NAM_GIANG);
    expect([NAM_GIANG, LA_DEE, LA_DEE_VILLAGE].every((p) => canReadUnit(a, p) && canWriteUnit(a, p))).toBe(true);
    expect(canReadUnit(a, PROVINCE)).toBe(true);
    expect(canWriteUnit(a, PROVINCE)).toBe(false);
    expect(canReadUnit(a, TAM_KY)).toBe(false);
    expect(canWriteUnit(a, TAM_KY)).toBe(false);
    expect(canApproveUnit(a, LA_DEE)).toBe(false);
  });

  it('lets a viewer only read', () => {
    const a = as(Role.VIEWER, NAM_GIANG);
    expect(canReadUnit(a, LA_DEE)).toBe(true);
    expect(canWriteUnit(a, LA_DEE)).toBe(false);
  });

  it('lets an approver approve units below its own, not its own unit', () => {
    const a = as(Role.APPROVER, NAM_GIANG);
    expect(canApproveUnit(a, LA_DEE)).toBe(true);
    expect(canApproveUnit(a, NAM_GIANG)).toBe(false);
    expect(canApproveUnit(a, TAM_KY)).toBe(false);
    expect(canAuditUnit(a, LA_DEE)).toBe(true);
    expect(canAuditUnit(a, TAM_KY)).toBe(false);
  });

  it('keeps province rows for ADMIN, even against a province-wide editor', () => {
    expect(canWriteUnit(as(Role.EDITOR, PROVINCE), PROVINCE)).toBe(false);
    expect(canWriteUnit(as(Role.EDITOR, PROVINCE), TAM_KY)).toBe(true);
    expect(canWriteUnit(as(Role.ADMIN, PROVINCE), PROVINCE)).toBe(true);
  });

  it('gives nobody without assignments anything', () => {
    expect(canReadUnit([], LA_DEE)).toBe(false);
    expect(canWriteUnit([], LA_DEE)).toBe(false);
    expect(scopeRoots([])).toEqual([]);
  });
});

describe('scope of lists', () => {
  it('keeps the outermost roots and the units above them', () => {
    const roots = scopeRoots([
      { role: Role.EDITOR, unitPath: LA_DEE },
      { role: Role.VIEWER, unitPath: NAM_GIANG },
      { role: Role.VIEWER, unitPath: TAM_KY },
    ]);
    expect(roots).toEqual([TAM_KY, NAM_GIANG]);
    expect(scopeAncestors(roots!)).toEqual([PROVINCE]);
    expect(scopeRoots(as(Role.ADMIN, PROVINCE))).toBeNull();
  });
});
