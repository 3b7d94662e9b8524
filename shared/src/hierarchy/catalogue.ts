import { foldVietnamese } from '../text/fold-vietnamese';
import { ADMIN_LEVELS_TOP_DOWN, AdminLevel } from './admin-level';
import { UnitType, parseUnitTypeName, shortUnitName } from './unit-type';

/**
 * Dated changes of the hierarchy. MERGE, SPLIT and DISSOLVE end a unit and name the unit that
 * carries its figures from then on (its successor); CREATE, RENAME and MOVE keep figures where
 * they are.
 */
export enum HierarchyChangeKind {
  CREATE = 'CREATE',
  RENAME = 'RENAME',
  MOVE = 'MOVE',
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  DISSOLVE = 'DISSOLVE',
}

/** Kinds that end a unit. */
export const ENDING_KINDS: readonly HierarchyChangeKind[] = [
  HierarchyChangeKind.MERGE,
  HierarchyChangeKind.SPLIT,
  HierarchyChangeKind.DISSOLVE,
];

/** The order changes of one decision are applied in: units are created before anything moves into them, and ended last. */
const KIND_ORDER: Record<HierarchyChangeKind, number> = {
  CREATE: 0,
  RENAME: 1,
  MOVE: 2,
  MERGE: 3,
  SPLIT: 3,
  DISSOLVE: 3,
};

/** Why a successor was proposed: the only reasons the product proposes one. */
export enum SuccessorReason {
  /** The sole remaining unit of the same parent whose name has the same stem ("Bình Định Nam" -> "Bình Định"). */
  SAME_STEM = 'SAME_STEM',
  /** Every remaining unit below it moved to the same unit. */
  CHILDREN_MOVED = 'CHILDREN_MOVED',
}

/** One unit as a catalogue lists it. */
export interface CatalogueUnit {
  level: AdminLevel;
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
}

export interface ParsedCatalogue {
  /** The day the catalogue describes (ISO), when the file states it. */
  date: string | null;
  units: CatalogueUnit[];
}

/** A catalogue file that cannot be read: `where` names the place ("data[3].level2s[1].name"). */
export class CatalogueError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
  }
}

const LEVEL_KEYS: { level: AdminLevel; id: string; children: string | null; codeLength: number }[] = [
  { level: AdminLevel.PROVINCE, id: 'level1_id', children: 'level2s', codeLength: 2 },
  { level: AdminLevel.DISTRICT, id: 'level2_id', children: 'level3s', codeLength: 3 },
  { level: AdminLevel.COMMUNE, id: 'level3_id', children: null, codeLength: 5 },
];

/**
 * Reads a GSO catalogue in the layout of the public `dvhcvn` dataset: `data[]` of provinces
 * (`level1_id`, `name`, `type`, `level2s[]` of district-level units (`level2_id`, …, `level3s[]`)).
 * Refuses anything else, naming the place, rather than guessing.
 */
export function parseGsoCatalogue(json: unknown): ParsedCatalogue {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { data?: unknown }).data)) {
    throw new CatalogueError('data', 'a GSO catalogue has a "data" list of provinces');
  }
  const file = json as { data: unknown[]; data_date?: unknown };
  const units: CatalogueUnit[] = [];
  const seen = new Set<string>();
  const walk = (items: unknown[], depth: number, parentCode: string | null, where: string) => {
    const keys = LEVEL_KEYS[depth];
    items.forEach((item, i) => {
      const at = `${where}[${i}]`;
      if (typeof item !== 'object' || item === null) throw new CatalogueError(at, 'not a unit');
      const row = item as Record<string, unknown>;
      const code = row[keys.id];
      const name = row.name;
      const typeName = row.type;
      if (typeof code !== 'string' || !new RegExp(`^\\d{${keys.codeLength}}$`).test(code))
        throw new CatalogueError(`${at}.${keys.id}`, `a code of ${keys.codeLength} digits`);
      if (typeof name !== 'string' || name.trim() === '') throw new CatalogueError(`${at}.name`, 'a name');
      const type = typeof typeName === 'string' ? parseUnitTypeName(typeName, keys.level) : null;
      if (!type)
        throw new CatalogueError(
          `${at}.type`,
          `a unit type the catalogue uses at this level, not "${String(typeName)}"`,
        );
      if (seen.has(code)) throw new CatalogueError(`${at}.${keys.id}`, `code ${code} listed twice`);
      seen.add(code);
      units.push({ level: keys.level, code, name: name.trim(), type, parentCode });
      if (keys.children) {
        const children = row[keys.children] ?? [];
        if (!Array.isArray(children)) throw new CatalogueError(`${at}.${keys.children}`, 'a list');
        walk(children, depth + 1, code, `${at}.${keys.children}`);
      }
    });
  };
  walk(file.data, 0, null, 'data');
  return { date: catalogueDate(file.data_date), units };
}

function catalogueDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null;
}

/** A unit the product holds today, as the difference needs it. */
export interface HeldUnit {
  level: AdminLevel;
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
}

/** One change the difference proposes; the user reviews it before it is applied. */
export interface ProposedChange {
  kind: HierarchyChangeKind;
  level: AdminLevel;
  code: string;
  /** Name before the change (held units) and after (created and renamed ones). */
  oldName: string | null;
  name: string | null;
  type: UnitType | null;
  oldParentCode: string | null;
  parentCode: string | null;
  /** For a unit that is gone: the unit proposed to carry it, or null when the user must choose. */
  successorCode: string | null;
  reason: SuccessorReason | null;
  /** Units the user may choose as successor: the same level, existing after the change, nearest first. */
  candidates: string[];
}

const DIRECTIONS = new Set(['bac', 'nam', 'dong', 'tay', 'trung', 'thuong', 'ha']);

/**
 * The stem of a unit's name: the name without its type word and without a trailing direction or
 * number, folded ("Xã Bình Định Nam" -> "binh dinh"). A stem keeps at least two words, so
 * "Bình Nam" stays "binh nam" and is never taken for any "Bình …".
 */
export function nameStem(name: string, type: UnitType): string {
  const words = foldVietnamese(shortUnitName(name, type)).split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (words.length > 2 && (DIRECTIONS.has(last) || /^\d+$/.test(last))) words.pop();
  return words.join(' ');
}

const depthOf = (level: AdminLevel) => ADMIN_LEVELS_TOP_DOWN.indexOf(level);

/** Each catalogue unit's province code, by the unit's code. */
function provincesOf(catalogue: readonly CatalogueUnit[]): Map<string, string> {
  const byCode = new Map(catalogue.map((u) => [u.code, u]));
  const rootOf = (u: CatalogueUnit): string => {
    let cur: CatalogueUnit | undefined = u;
    while (cur && cur.parentCode) cur = byCode.get(cur.parentCode);
    return cur ? cur.code : u.code;
  };
  return new Map(catalogue.map((u) => [u.code, rootOf(u)]));
}

/** The catalogue's units in the provinces the product holds (a national file updates those). */
export function withinHeldProvinces(held: readonly HeldUnit[], catalogue: readonly CatalogueUnit[]): CatalogueUnit[] {
  const provincesHeld = new Set(held.filter((u) => u.level === AdminLevel.PROVINCE).map((u) => u.code));
  const provinceOf = provincesOf(catalogue);
  return catalogue.filter((u) => provincesHeld.has(provinceOf.get(u.code)!));
}

/**
 * The difference between the units held today and a catalogue, as changes to apply: units added,
 * renamed, moved to another parent, and gone. Only provinces the catalogue lists and the product
 * holds are compared (a national file updates the provinces held). A gone unit gets a successor
 * only where the catalogue makes it evident; otherwise `successorCode` is null and the user must
 * choose one: nothing is guessed.
 */
export function diffCatalogue(held: readonly HeldUnit[], catalogue: readonly CatalogueUnit[]): ProposedChange[] {
  const provinceOf = provincesOf(catalogue);
  const after = withinHeldProvinces(held, catalogue);
  const afterByCode = new Map(after.map((u) => [u.code, u]));
  const provincesListed = new Set(after.filter((u) => u.level === AdminLevel.PROVINCE).map((u) => u.code));
  const heldByCode = new Map(held.map((u) => [u.code, u]));
  // Held units of the provinces the file lists; villages are not in a GSO catalogue.
  const heldRoot = (u: HeldUnit): string => {
    let cur: HeldUnit | undefined = u;
    while (cur && cur.parentCode) cur = heldByCode.get(cur.parentCode);
    return cur ? cur.code : u.code;
  };
  const before = held.filter((u) => u.level !== AdminLevel.VILLAGE && provincesListed.has(heldRoot(u)));

  const out: ProposedChange[] = [];
  const base = (u: HeldUnit | CatalogueUnit) => ({
    level: u.level,
    code: u.code,
    successorCode: null,
    reason: null,
    candidates: [] as string[],
  });
  for (const u of after) {
    const was = heldByCode.get(u.code);
    if (!was) {
      out.push({
        ...base(u),
        kind: HierarchyChangeKind.CREATE,
        oldName: null,
        name: u.name,
        type: u.type,
        oldParentCode: null,
        parentCode: u.parentCode,
      });
      continue;
    }
    if (was.name !== u.name || was.type !== u.type) {
      out.push({
        ...base(u),
        kind: HierarchyChangeKind.RENAME,
        oldName: was.name,
        name: u.name,
        type: u.type,
        oldParentCode: was.parentCode,
        parentCode: was.parentCode,
      });
    }
    if (was.parentCode !== u.parentCode) {
      out.push({
        ...base(u),
        kind: HierarchyChangeKind.MOVE,
        oldName: was.name,
        name: u.name,
        type: u.type,
        oldParentCode: was.parentCode,
        parentCode: u.parentCode,
      });
    }
  }
  const gone = before.filter((u) => !afterByCode.has(u.code));
  const goneCodes = new Set(gone.map((u) => u.code));
  for (const u of gone) {
    const { successorCode, reason } = evidentSuccessor(u, before, after, goneCodes, afterByCode);
    // Nearest first: units of the same parent, then of the parent its former siblings went to
    // (a commune of a merged district), then the rest of the province.
    const sameLevel = after.filter((a) => a.level === u.level);
    const siblingsWentTo = new Set(
      before
        .filter((b) => b.parentCode === u.parentCode && afterByCode.has(b.code))
        .map((b) => afterByCode.get(b.code)!.parentCode),
    );
    const rank = (a: CatalogueUnit) => (a.parentCode === u.parentCode ? 0 : siblingsWentTo.has(a.parentCode) ? 1 : 2);
    const candidates = sameLevel
      .filter((a) => provinceOf.get(a.code) === heldRoot(u))
      .map((a, i) => ({ a, i }))
      .sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i)
      .map(({ a }) => a.code);
    out.push({
      ...base(u),
      kind: HierarchyChangeKind.MERGE,
      oldName: u.name,
      name: null,
      type: null,
      oldParentCode: u.parentCode,
      parentCode: null,
      successorCode,
      reason,
      candidates,
    });
  }
  return sortChanges(out);
}

function evidentSuccessor(
  u: HeldUnit,
  before: readonly HeldUnit[],
  after: readonly CatalogueUnit[],
  goneCodes: ReadonlySet<string>,
  afterByCode: ReadonlyMap<string, CatalogueUnit>,
): { successorCode: string | null; reason: SuccessorReason | null } {
  const stem = nameStem(u.name, u.type);
  const sameStem = after.filter(
    (a) => a.level === u.level && a.parentCode === u.parentCode && nameStem(a.name, a.type) === stem,
  );
  if (sameStem.length === 1) return { successorCode: sameStem[0].code, reason: SuccessorReason.SAME_STEM };
  const children = before.filter((c) => c.parentCode === u.code);
  const remaining = children.filter((c) => !goneCodes.has(c.code));
  const parents = new Set(remaining.map((c) => afterByCode.get(c.code)!.parentCode));
  if (remaining.length > 0 && parents.size === 1) {
    const parent = [...parents][0];
    if (parent !== null && parent !== u.code) return { successorCode: parent, reason: SuccessorReason.CHILDREN_MOVED };
  }
  return { successorCode: null, reason: null };
}

/** Puts changes in the order they are applied: creations top-down, renames, moves, endings bottom-up. */
export function sortChanges<T extends { kind: HierarchyChangeKind; level: AdminLevel; code: string }>(
  changes: readonly T[],
): T[] {
  return [...changes].sort((a, b) => {
    const k = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (k !== 0) return k;
    const d =
      a.kind === HierarchyChangeKind.CREATE ? depthOf(a.level) - depthOf(b.level) : depthOf(b.level) - depthOf(a.level);
    return d !== 0 ? d : a.code.localeCompare(b.code);
  });
}

/** How many units of each level a catalogue lists (the check a reviewer makes first). */
export function countByLevel(units: readonly { level: AdminLevel }[]): Record<AdminLevel, number> {
  const counts = { PROVINCE: 0, DISTRICT: 0, COMMUNE: 0, VILLAGE: 0 } as Record<AdminLevel, number>;
  for (const u of units) counts[u.level] += 1;
  return counts;
}
