import type { EntityManager } from 'typeorm';
import type { HierarchyChangeKind } from '@ntm/shared';
import { forUpdate } from '../../db/locks';
import type { AuditRecord } from '../audit/audit.service';
import { AdminUnit } from './admin-unit.entity';
import { HierarchyChangeUndo } from './hierarchy-change.entity';
import { UnitHistory } from './unit-history.entity';

/** One unit's part in a change, as the caller sends it. */
export interface ChangeItem {
  kind: HierarchyChangeKind;
  code: string;
  name?: string | null;
  type?: AdminUnit['type'] | null;
  parentCode?: string | null;
  successorCode?: string | null;
}

export interface ChangeRequest {
  effectiveOn: string;
  decision: string;
  items: ChangeItem[];
}

/** What applying a change does, item by item: the dry run shows exactly these. */
export enum EffectAction {
  UNIT_CREATED = 'UNIT_CREATED',
  UNIT_RENAMED = 'UNIT_RENAMED',
  UNIT_MOVED = 'UNIT_MOVED',
  UNIT_ENDED = 'UNIT_ENDED',
  RECORDS_MOVED = 'RECORDS_MOVED',
  RECORDS_CARRIED = 'RECORDS_CARRIED',
  TARGET_CREATED = 'TARGET_CREATED',
  TARGET_MERGED = 'TARGET_MERGED',
}

export interface HierarchyEffect {
  action: EffectAction;
  unitCode: string;
  toCode: string | null;
  /** The table of the records counted (RECORDS_*), the target level and year (TARGET_*). */
  entity: string | null;
  count: number;
  /** Money moved with allocations, whole đồng. */
  amount: string | null;
}

/** The work of one change inside its transaction: units read and written, effects, undo log. */
export class ChangeRun {
  readonly effects: HierarchyEffect[] = [];
  readonly audit: AuditRecord[] = [];
  private readonly units = new Map<string, AdminUnit>();
  private readonly saved = new Set<number>();
  private seq = 0;

  constructor(
    readonly em: EntityManager,
    readonly changeId: number,
    readonly day: string,
  ) {}

  async unit(code: string): Promise<AdminUnit | null> {
    const known = this.units.get(code);
    if (known) return known;
    const row = await forUpdate(this.em.createQueryBuilder(AdminUnit, 'u').where('u.code = :code', { code })).getOne();
    if (row) this.units.set(code, row);
    return row;
  }

  existsOnDay(u: AdminUnit): boolean {
    return (u.validFrom === null || u.validFrom <= this.day) && (u.validTo === null || u.validTo > this.day);
  }

  async undo(entity: string, recordId: number, before: string | null): Promise<void> {
    await this.em.insert(HierarchyChangeUndo, { changeId: this.changeId, seq: this.seq++, entity, recordId, before });
  }

  /** Keeps the units read so far in step with a subtree's new paths. */
  repathCached(from: string, to: string): void {
    for (const u of this.units.values()) {
      if (u.path === from || u.path.startsWith(`${from}/`)) {
        u.path = to + u.path.slice(from.length);
        u.version += 1;
      }
    }
  }

  /** Has this change touched the unit already (a rename and a move of one unit on one day)? */
  touched(u: AdminUnit): boolean {
    return this.saved.has(u.id);
  }

  /** Keeps a unit's row as it was before the change touched it first. */
  async keep(u: AdminUnit): Promise<void> {
    if (this.saved.has(u.id)) return;
    this.saved.add(u.id);
    await this.undo('admin_unit', u.id, JSON.stringify(u));
  }

  effect(action: EffectAction, unitCode: string, toCode: string | null, extra: Partial<HierarchyEffect> = {}): void {
    this.effects.push({ action, unitCode, toCode, entity: null, count: 1, amount: null, ...extra });
  }

  /** Ends the unit's current state on the change's day, keeping it as history. */
  async closeState(u: AdminUnit): Promise<void> {
    if (u.currentFrom === this.day) return;
    const { identifiers } = await this.em.insert(UnitHistory, {
      unitId: u.id,
      validFrom: u.currentFrom ?? u.validFrom,
      validTo: this.day,
      name: u.name,
      shortName: u.shortName,
      searchName: u.searchName,
      type: u.type,
      level: u.level,
      parentId: u.parentId,
      changeId: this.changeId,
    });
    await this.undo('admin_unit_history', Number(identifiers[0].id), null);
  }
}
