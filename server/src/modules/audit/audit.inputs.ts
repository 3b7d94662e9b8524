import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@ntm/shared';

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
export class AuditLogArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilter;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}
