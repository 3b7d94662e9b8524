import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminLevel, UnitType, unitTypeName } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';

registerEnumType(AdminLevel, {
  name: 'AdminLevel',
  description: 'Level in the hierarchy: tỉnh, cấp huyện, cấp xã, thôn',
});
registerEnumType(UnitType, {
  name: 'UnitType',
  description: 'Kind of unit as the GSO catalogue names it (typeName gives the Vietnamese name)',
});

/**
 * A unit of the hierarchy. Units are never deleted: a unit that ceases to exist gets a validTo.
 * `path` holds the codes from the province down to the unit ("49/510/20335"): it answers
 * "ancestors" and "inside this subtree" without recursive queries.
 */
@ObjectType({ description: 'An administrative unit: province, district-level, commune-level unit or village' })
@Entity('admin_unit')
@Index('uq_admin_unit_code', ['code'], { unique: true })
@Index('ix_admin_unit_level_code', ['level', 'code'])
@Index('ix_admin_unit_parent_code', ['parentId', 'code'])
@Index('ix_admin_unit_path', ['path'])
@Index('ix_admin_unit_valid_to', ['validTo'])
@Index('ix_admin_unit_valid_from', ['validFrom'])
@Index('ix_admin_unit_current_from', ['currentFrom'])
export class AdminUnit {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'GSO code (province 2 digits, district 3, commune 5); villages: commune code-NNN' })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Field({ description: 'Full official name, e.g. "Huyện Nam Giang"' })
  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Field({ description: 'Name without the type word, as the plan writes it, e.g. "Nam Giang"' })
  @Column({ type: 'varchar', length: 150 })
  shortName: string;

  /** Folded name (no diacritics, lower case) for diacritic-insensitive search. */
  @Column({ type: 'varchar', length: 150 })
  searchName: string;

  @Field(() => UnitType)
  @Column({ type: 'varchar', length: 24 })
  type: UnitType;

  @Field(() => AdminLevel)
  @Column({ type: 'varchar', length: 16 })
  level: AdminLevel;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @Column({ type: 'varchar', length: 100 })
  path: string;

  @Field({ description: 'Miền núi' })
  @Column({ type: 'boolean', default: false })
  mountainous: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'First day of existence; null: before the records begin' })
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day the unit no longer exists; null: exists' })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** The day the current name, type and parent took effect (earlier ones are in admin_unit_history); null: since the records begin. */
  @Column({ type: 'date', nullable: true })
  currentFrom: string | null;

  /** The unit that carries this one's figures after it ended (merged, split or dissolved). */
  @Column({ type: 'int', nullable: true })
  successorId: number | null;

  /** The date the unit is seen as of, when a query asked for one other than today (not stored). */
  viewedOn?: string;

  @Field(() => Int, { description: 'Increases with every change; writes must name the version they read' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field({ description: 'Vietnamese name of the type, e.g. "Thị xã"' })
  get typeName(): string {
    return unitTypeName(this.type);
  }
}
