import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context';
import { Access, requireUser } from './access-rule';
import { AuthService } from './auth.service';
import { User } from './user.entity';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a refresh token' })
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  accessToken: string;

  @Field({ description: 'ISO instant after which the access token is refused; refresh before' })
  accessTokenExpiresAt: string;

  @Field({ description: 'Trade for a new session with refreshSession; spent by that' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Access('public')
  @Mutation(() => Session, { description: 'Signs in. Failed attempts are throttled per username and per address' })
  login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Session> {
    return this.auth.login(ctx, username, password);
  }

  @Access('public')
  @Mutation(() => Session, { description: 'A new session for a refresh token; the old token is spent' })
  refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: RequestContext): Promise<Session> {
    return this.auth.refresh(ctx, refreshToken);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Ends this session' })
  logout(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx, refreshToken);
  }

  @Access('signedIn')
  @Mutation(() => Boolean, { description: 'Changes the signed-in user’s password and ends their other sessions' })
  changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.auth.changePassword(ctx, currentPassword, newPassword);
  }

  @Access('signedIn')
  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.userById.load(requireUser(ctx).id);
  }
}
