import { PageArgs } from '../../common/connection';
import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Role } from '@ntm/shared';
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
export class UsersArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
