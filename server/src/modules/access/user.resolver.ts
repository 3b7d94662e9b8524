import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@ntm/shared';
import { connectionType } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Access } from './access-rule';
import { RoleAssignment } from './role-assignment.entity';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs';
import { User } from './user.entity';
import { UserService } from './user.service';

export const UserConnection = connectionType(User, 'User');
type UserConnection = InstanceType<typeof UserConnection>;

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly accounts: UserService) {}

  @Access([Role.ADMIN])
  @Query(() => UserConnection, { description: 'Accounts, by username (administrators)' })
  async users(@Args() args: UsersArgs): Promise<UserConnection> {
    return UserConnection.from(await this.accounts.list(args));
  }

  @Access([Role.ADMIN])
  @Mutation(() => User, { description: 'Makes an account (administrators)' })
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return this.accounts.create(ctx, input);
  }

  @Access([Role.ADMIN])
  @Mutation(() => User, { description: 'Changes an account; CONFLICT when `version` is stale (administrators)' })
  updateUser(
    @Arg('username') username: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return this.accounts.update(ctx, username, version, input);
  }

  @FieldResolver(() => [RoleAssignment])
  assignments(@Root() user: User, @Ctx() ctx: RequestContext): Promise<RoleAssignment[]> {
    return ctx.loaders.assignmentsOf.load(user.id);
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The root of the subtree; null for ADMIN' })
  unit(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> | null {
    return assignment.unitId === null ? null : ctx.loaders.unitById.load(assignment.unitId);
  }
}
