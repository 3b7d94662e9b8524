import {
  ADMIN_LEVELS_TOP_DOWN,
  AdminLevel,
  HierarchyChangeKind,
  canWriteUnit,
  childLevelOf,
  foldVietnamese,
  levelOfUnitType,
  parentLevelOf,
  shortUnitName,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { requireUser } from '../access/access-rule';
import { AdminUnit } from './admin-unit.entity';
import { type ChangeItem, type ChangeRun, EffectAction } from './hierarchy-change.run';
import { carryToSuccessor, moveSubtree } from './hierarchy-change.records';

export async function parentFor(
  run: ChangeRun,
  item: ChangeItem & { level: AdminLevel },
  subject: AdminUnit | null,
  field: (n: string) => string,
): Promise<AdminUnit> {
  if (!item.parentCode) throw AppError.badInput({ field: field('parentCode'), rule: 'required' });
  const parent = await run.unit(item.parentCode);
  if (!parent || !run.existsOnDay(parent))
    throw AppError.badInput({
      field: field('parentCode'),
      rule: 'notAllowed',
      params: {
        why: 'noUnitOnDay',
        code: item.parentCode,
        date: run.day,
        reason: `no unit ${item.parentCode} on ${run.day}`,
      },
    });
  const level = subject?.level ?? item.level;
  // A level may cease (districts in 2025): a unit may sit under any level above its own.
  const depth = (l: AdminLevel) => ADMIN_LEVELS_TOP_DOWN.indexOf(l);
  if (depth(parent.level) >= depth(level))
    throw AppError.badInput({
      field: field('parentCode'),
      rule: 'notAllowed',
      params: {
        why: 'parentLevel',
        level,
        parent: parent.level,
        reason: `a ${level} unit cannot sit under a ${parent.level} unit`,
      },
    });
  if (subject && (parent.path === subject.path || parent.path.startsWith(`${subject.path}/`)))
    throw AppError.badInput({
      field: field('parentCode'),
      rule: 'notAllowed',
      params: { why: 'underItself', reason: 'a unit cannot move under itself' },
    });
  return parent;
}

export async function createUnit(
  run: ChangeRun,
  item: ChangeItem & { level: AdminLevel },
  field: (n: string) => string,
  assignments: ReturnType<typeof requireUser>['assignments'],
): Promise<void> {
  if (!/^\d{2,5}$/.test(item.code))
    throw AppError.badInput({ field: field('code'), rule: 'invalidFormat', params: { format: 'GSO code' } });
  if (await run.unit(item.code))
    throw AppError.badInput({
      field: field('code'),
      rule: 'notAllowed',
      params: { why: 'exists', code: item.code, reason: `unit ${item.code} exists already` },
    });
  if (!item.type) throw AppError.badInput({ field: field('type'), rule: 'required' });
  const name = (item.name ?? '').trim();
  if (name === '') throw AppError.badInput({ field: field('name'), rule: 'required' });
  if (name.length > 150) throw AppError.badInput({ field: field('name'), rule: 'tooLong', params: { max: 150 } });
  const parent = parentLevelOf(item.level) === null ? null : await parentFor(run, item, null, field);
  const path = parent ? `${parent.path}/${item.code}` : item.code;
  if (!canWriteUnit(assignments, path)) throw AppError.forbidden(`You may not add unit ${item.code}`);
  const shortName = shortUnitName(name, item.type);
  const { identifiers } = await run.em.insert(AdminUnit, {
    code: item.code,
    name,
    shortName,
    searchName: foldVietnamese(name),
    type: item.type,
    level: item.level,
    parentId: parent?.id ?? null,
    path,
    mountainous: parent?.mountainous ?? false,
    validFrom: run.day,
    validTo: null,
    currentFrom: run.day,
    successorId: null,
    version: 1,
  });
  await run.undo('admin_unit', Number(identifiers[0].id), null);
  await run.unit(item.code);
  run.effect(EffectAction.UNIT_CREATED, item.code, parent?.code ?? null);
  run.audit.push({
    action: 'CREATE',
    entity: 'AdminUnit',
    key: item.code,
    unitPath: path,
    changes: [
      { field: 'name', oldValue: null, newValue: name },
      { field: 'validFrom', oldValue: null, newValue: run.day },
    ],
  });
}

export async function renameUnit(
  run: ChangeRun,
  u: AdminUnit,
  item: ChangeItem,
  field: (n: string) => string,
): Promise<void> {
  const name = (item.name ?? '').trim();
  if (name === '') throw AppError.badInput({ field: field('name'), rule: 'required' });
  if (name.length > 150) throw AppError.badInput({ field: field('name'), rule: 'tooLong', params: { max: 150 } });
  const type = item.type ?? u.type;
  if (levelOfUnitType(type) !== u.level)
    throw AppError.badInput({
      field: field('type'),
      rule: 'notAllowed',
      params: { reason: `not a type of ${u.level} units` },
    });
  await run.keep(u);
  await run.closeState(u);
  const oldName = u.name;
  Object.assign(u, {
    name,
    shortName: shortUnitName(name, type),
    searchName: foldVietnamese(name),
    type,
    currentFrom: run.day,
    version: u.version + 1,
  });
  await run.em.update(
    AdminUnit,
    { id: u.id },
    {
      name: u.name,
      shortName: u.shortName,
      searchName: u.searchName,
      type,
      currentFrom: run.day,
      version: u.version,
    },
  );
  run.effect(EffectAction.UNIT_RENAMED, u.code, null, { entity: name });
  run.audit.push({
    action: 'UPDATE',
    entity: 'AdminUnit',
    key: u.code,
    unitPath: u.path,
    changes: [{ field: 'name', oldValue: oldName, newValue: name }],
  });
}

/** Moves a unit under another parent; its subtree's paths and records follow. */
export async function moveUnit(run: ChangeRun, u: AdminUnit, parent: AdminUnit): Promise<void> {
  if (u.parentId === parent.id) return;
  const oldParentCode = u.path.split('/').at(-2) ?? null;
  await run.keep(u);
  await run.closeState(u);
  const oldPath = u.path;
  const newPath = `${parent.path}/${u.code}`;
  Object.assign(u, { parentId: parent.id, currentFrom: run.day, version: u.version + 1 });
  await run.em.update(AdminUnit, { id: u.id }, { parentId: parent.id, currentFrom: run.day, version: u.version });
  await moveSubtree(run, u, parent, oldPath, newPath);
  run.effect(EffectAction.UNIT_MOVED, u.code, parent.code);
  run.audit.push({
    action: 'UPDATE',
    entity: 'AdminUnit',
    key: u.code,
    unitPath: newPath,
    changes: [{ field: 'parent', oldValue: oldParentCode, newValue: parent.code }],
  });
}

/** MERGE, SPLIT, DISSOLVE: the unit ends; its children move on; its figures go to its successor. */
export async function endUnit(
  run: ChangeRun,
  u: AdminUnit,
  item: ChangeItem & { level: AdminLevel },
  field: (n: string) => string,
): Promise<void> {
  const dissolve = item.kind === HierarchyChangeKind.DISSOLVE;
  const parent = u.parentId === null ? null : await run.em.findOneBy(AdminUnit, { id: u.parentId });
  const successorCode = item.successorCode ?? (dissolve ? (parent?.code ?? null) : null);
  if (!successorCode)
    throw AppError.badInput({
      field: field('successorCode'),
      rule: 'required',
      params: { reason: 'a unit that ends needs the unit that carries it' },
    });
  const successor = await run.unit(successorCode);
  if (
    !successor ||
    !run.existsOnDay(successor) ||
    successor.id === u.id ||
    (successor.validTo !== null && successor.validTo <= run.day)
  ) {
    throw AppError.badInput({
      field: field('successorCode'),
      rule: 'notAllowed',
      params: {
        why: 'noSuccessorOnDay',
        code: successorCode,
        date: run.day,
        unit: u.code,
        reason: `no unit ${successorCode} on ${run.day} to carry ${u.code}`,
      },
    });
  }
  if (!dissolve && successor.level !== u.level)
    throw AppError.badInput({
      field: field('successorCode'),
      rule: 'notAllowed',
      params: { why: 'sameLevel', reason: `a ${u.level} unit merges into a unit of the same level` },
    });
  if (successor.path.startsWith(`${u.path}/`))
    throw AppError.badInput({
      field: field('successorCode'),
      rule: 'notAllowed',
      params: { why: 'endIntoChild', reason: 'a unit cannot end into a unit below it' },
    });
  // Children go to the successor (the same level) or, for a dissolved unit, to the unit named or its parent.
  const childrenTo = item.parentCode
    ? await parentFor(run, { ...item, level: childLevelOf(u.level) ?? AdminLevel.VILLAGE }, null, field)
    : successor.level === u.level
      ? successor
      : (parent ?? successor);
  const children = await run.em
    .createQueryBuilder(AdminUnit, 'c')
    .where('c.parentId = :id', { id: u.id })
    .andWhere('(c.validTo IS NULL OR c.validTo > :day)', { day: run.day })
    .orderBy('c.code')
    .getMany();
  for (const child of children) {
    const c = await run.unit(child.code);
    if (!run.touched(c!) && (c!.currentFrom ?? c!.validFrom ?? '') >= run.day)
      throw AppError.badInput({
        field: field('code'),
        rule: 'notAllowed',
        params: {
          why: 'childChangedSince',
          code: c!.code,
          parent: u.code,
          changed: (c!.currentFrom ?? c!.validFrom)!,
          date: run.day,
          reason: `${c!.code} below ${u.code} changed on ${c!.currentFrom ?? c!.validFrom}, not before ${run.day}`,
        },
      });
    await moveUnit(run, c!, childrenTo);
  }
  await run.keep(u);
  Object.assign(u, { validTo: run.day, successorId: successor.id, version: u.version + 1 });
  await run.em.update(AdminUnit, { id: u.id }, { validTo: run.day, successorId: successor.id, version: u.version });
  await carryToSuccessor(run, u, successor);
  run.effect(EffectAction.UNIT_ENDED, u.code, successor.code, { entity: item.kind });
  run.audit.push({
    action: 'UPDATE',
    entity: 'AdminUnit',
    key: u.code,
    unitPath: u.path,
    changes: [
      { field: 'validTo', oldValue: null, newValue: run.day },
      { field: 'successor', oldValue: null, newValue: successor.code },
    ],
  });
}
