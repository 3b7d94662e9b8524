import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '@ntm/shared';

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN everything; EDITOR reads and writes its subtree; APPROVER also approves below; VIEWER reads',
});

/** A role over a unit's whole subtree. ADMIN needs no unit: it reaches everywhere. */
@ObjectType({ description: 'A role over the subtree of a unit' })
@Entity('role_assignment')
@Index('ix_role_assignment_user', ['userId'])
@Index('ix_role_assignment_unit', ['unitId'])
export class RoleAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'int', nullable: true })
  unitId: number | null;
}
