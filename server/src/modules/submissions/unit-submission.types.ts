import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SubmissionStatus } from '@ntm/shared';
import { AdminUnit } from '../hierarchy/admin-unit.entity';

registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: 'DRAFT (chưa gửi), SUBMITTED (đã gửi), APPROVED (đã duyệt, khóa), RETURNED (trả lại)',
});

@ObjectType({ description: 'Where a unit’s data of a year stands in the submit/approve flow' })
export class UnitSubmissionView {
  @Field(() => AdminUnit)
  unit: AdminUnit;

  @Field(() => Int)
  year: number;

  @Field(() => SubmissionStatus)
  status: SubmissionStatus;

  @Field(() => Int, { description: '0 while nothing was ever submitted' })
  version: number;

  @Field(() => String, { nullable: true })
  submittedBy: string | null;

  @Field(() => String, { nullable: true })
  submittedAt: string | null;

  @Field(() => String, { nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true })
  decidedAt: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'Approved here or above: writes for this unit and year answer LOCKED' })
  locked: boolean;

  @Field({ description: 'The signed-in user may submit now' })
  canSubmit: boolean;

  @Field({ description: 'The signed-in user may approve, return or reopen now' })
  canDecide: boolean;
}
