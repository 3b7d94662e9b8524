import { PageArgs } from '../../common/connection';
import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';

@InputType({ description: 'Which audit entries; all fields optional and combined with AND' })
export class AuditFilter {
  @Field({ nullable: true, description: 'AdminUnit, User, Session, UnitSubmission, …' })
  @IsOptional()
  @MaxLength(64)
  entity?: string;

  @Field({ nullable: true, description: 'Key of the record: a unit code, a username, …' })
  @IsOptional()
  @MaxLength(64)
  key?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(64)
  field?: string;

  @Field({ nullable: true, description: 'Username of who did it' })
  @IsOptional()
  @MaxLength(64)
  user?: string;

  @Field({ nullable: true, description: 'From this instant or date (ISO 8601), inclusive' })
  @IsOptional()
  @MaxLength(24)
  from?: string;

  @Field({ nullable: true, description: 'Before this instant or date (ISO 8601), exclusive' })
  @IsOptional()
  @MaxLength(24)
  to?: string;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilter;
}

@ArgsType()
export class RecordHistoryArgs extends PageArgs {
  @Field({ description: 'AdminUnit, UnitSubmission, User, …' })
  @MaxLength(64)
  entity: string;

  @Field({ description: 'Key of the record: a unit code, a username, …' })
  @MaxLength(64)
  key: string;

  @Field({ nullable: true, description: 'Only this field (a grid column)' })
  @IsOptional()
  @MaxLength(64)
  field?: string;
}
