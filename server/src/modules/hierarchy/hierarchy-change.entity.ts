import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, HierarchyChangeKind, UnitType } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';

registerEnumType(HierarchyChangeKind, {
  name: 'HierarchyChangeKind',
  description:
    'MERGE, SPLIT and DISSOLVE end a unit and name its successor; CREATE, RENAME and MOVE keep figures where they are',
});

export enum HierarchyChangeStatus {
  APPLIED = 'APPLIED',
  REVERTED = 'REVERTED',
}
registerEnumType(HierarchyChangeStatus, { name: 'HierarchyChangeStatus' });

/** One unit's part in a change. */
@ObjectType({ description: "One unit's part in a change of the hierarchy" })
@Entity('hierarchy_change_item')
@Index('ix_hierarchy_change_item_change', ['changeId', 'seq'])
@Index('ix_hierarchy_change_item_code', ['code'])
export class HierarchyChangeItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  changeId: number;

  /** The order it was applied in. */
  @Column({ type: 'int' })
  seq: number;

  @Field(() => HierarchyChangeKind)
  @Column({ type: 'varchar', length: 16 })
  kind: HierarchyChangeKind;

  @Field(() => AdminLevel)
  @Column({ type: 'varchar', length: 16 })
  level: AdminLevel;

  @Field({ description: 'The unit changed (created, renamed, moved or ended)' })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => String, { nullable: true, description: 'Name before the change' })
  @Column({ type: 'varchar', length: 150, nullable: true })
  oldName: string | null;

  @Field(() => String, { nullable: true, description: 'Name after a CREATE or RENAME' })
  @Column({ type: 'varchar', length: 150, nullable: true })
  name: string | null;

  @Field(() => UnitType, { nullable: true })
  @Column({ type: 'varchar', length: 24, nullable: true })
  type: UnitType | null;

  @Field(() => String, { nullable: true, description: 'Parent before a MOVE' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  oldParentCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Parent after a CREATE or MOVE; where the children of an ended unit went',
  })
  @Column({ type: 'varchar', length: 16, nullable: true })
  parentCode: string | null;

  @Field(() => String, { nullable: true, description: 'The unit that carries an ended one' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  successorCode: string | null;
}

/** A decision that changed the hierarchy on a date: the items it applied, and whether it was reverted. */
@ObjectType({ description: 'A decision that changed the hierarchy on a date (a merger, a catalogue update)' })
@Entity('hierarchy_change')
@Index('ix_hierarchy_change_effective', ['effectiveOn'])
export class HierarchyChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'The decision that ordered it, e.g. "Nghị quyết 1190/NQ-UBTVQH15"' })
  @Column({ type: 'varchar', length: 300 })
  decision: string;

  @Field(() => DateScalar, { description: 'The day it took effect' })
  @Column({ type: 'date' })
  effectiveOn: string;

  @Field(() => HierarchyChangeStatus)
  @Column({ type: 'varchar', length: 16 })
  status: HierarchyChangeStatus;

  @Field()
  @Column({ type: 'varchar', length: 24 })
  appliedAt: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  appliedBy: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 24, nullable: true })
  revertedAt: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  revertedBy: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}

/**
 * What applying a change overwrote, one row per record, so that reverting restores it exactly:
 * a unit's row before the change (JSON), a record's unit path before it was carried, a row the
 * change added (`before` null: delete it).
 */
@Entity('hierarchy_change_undo')
@Index('ix_hierarchy_change_undo_change', ['changeId', 'seq'])
export class HierarchyChangeUndo {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  changeId: number;

  @Column({ type: 'int' })
  seq: number;

  /** The table of the record. */
  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Column({ type: 'int' })
  recordId: number;

  /** The overwritten value: a JSON row for units, the old path for carried records; null for added rows. */
  @Column({ type: 'text', nullable: true })
  before: string | null;
}
