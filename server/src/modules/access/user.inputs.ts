import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { Max, MaxLength, Min, IsOptional } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Role } from '@ntm/shared';
import type { User } from './user.entity';

@InputType({ description: 'A role over the subtree of a unit; ADMIN needs no unit' })
export class AssignmentInput {
  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true })
  unitCode?: string | null;
}

@InputType()
export class CreateUserInput implements Partial<Pick<User, 'username' | 'displayName' | 'active'>> {
  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field()
  password: string;

  @Field({ defaultValue: true })
  active: boolean;

  @Field(() => [AssignmentInput], { defaultValue: [] })
  assignments: AssignmentInput[];
}

@InputType({ description: 'Absent fields stay; assignments, when given, replace the user’s' })
export class UpdateUserInput implements Partial<Pick<User, 'displayName' | 'active'>> {
  @Field({ nullable: true })
  displayName?: string;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true })
  password?: string;

  @Field(() => [AssignmentInput], { nullable: true })
  assignments?: AssignmentInput[];
}

@ArgsType()
export class UsersArgs {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}
