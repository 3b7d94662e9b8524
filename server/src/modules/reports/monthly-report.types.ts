import { Field, Int, ObjectType } from 'type-graphql';
import { SubmissionStatus } from '@ntm/shared';
import { DateScalar } from '../../common/scalars';

@ObjectType('MonthlyReport', {
  description: "A district's monthly report: its text, its status, and its figures as of the month's end",
})
export class MonthlyReportView {
  unitId: number;
  unitPath: string;
  unitCode: string;
  @Field(() => Int) year: number;
  @Field(() => Int) month: number;
  @Field(() => DateScalar, { description: "The month's last day: the figures are as of it" }) asOf: string;
  @Field(() => SubmissionStatus) status: SubmissionStatus;
  @Field(() => String, { nullable: true }) difficulties: string | null;
  @Field(() => String, { nullable: true }) proposals: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was returned' }) note: string | null;
  @Field(() => String, { nullable: true }) submittedBy: string | null;
  @Field(() => String, { nullable: true }) submittedAt: string | null;
  @Field(() => String, { nullable: true }) decidedBy: string | null;
  @Field(() => String, { nullable: true }) decidedAt: string | null;
  @Field(() => Int, { description: '0 while nothing was ever saved' }) version: number;
  @Field({ description: 'The signed-in user may change its text now' }) canEdit: boolean;
  @Field() canSubmit: boolean;
  @Field({ description: 'The signed-in user may approve, return or reopen it now' }) canDecide: boolean;
}

@ObjectType({ description: 'The consolidated monthly report of all districts, as an .xlsx file' })
export class ReportFile {
  @Field() fileName: string;
  @Field({ description: 'The .xlsx file, base64' }) content: string;
  @Field(() => Int, { description: 'Districts in it' }) districts: number;
}
