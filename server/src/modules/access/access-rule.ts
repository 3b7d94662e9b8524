import type { GraphQLResolveInfo } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import { type Role, canReadUnit } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { AuthUser, RequestContext } from '../../common/request-context';

/**
 * Who may call an operation: anyone (`public`), any signed-in user (`signedIn`, with the
 * service then checking the units involved), or holders of the listed roles.
 */
export type AccessRule = 'public' | 'signedIn' | Role[];

/** Declares the access rule of a query or mutation. An operation without one is refused. */
export function Access(rule: AccessRule): MethodDecorator {
  return Extensions({ access: rule }) as MethodDecorator;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function accessRuleOf(info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): AccessRule | undefined {
  return info.parentType.getFields()[info.fieldName]?.extensions?.access as AccessRule | undefined;
}

/**
 * Runs before every root field: default deny. The rule is read from the schema itself, so a
 * resolver added without one cannot be called at all (and a test lists any such operation).
 */
export const enforceAccess: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
  if (!ROOT_TYPES.has(info.parentType.name)) return next();
  const rule = accessRuleOf(info);
  if (rule === undefined) throw AppError.forbidden(`${info.parentType.name}.${info.fieldName} has no access rule`);
  if (rule === 'public') return next();
  const user = requireUser(context);
  if (Array.isArray(rule) && !user.assignments.some((a) => rule.includes(a.role))) {
    throw AppError.forbidden(`Needs the role ${rule.join(' or ')}`);
  }
  return next();
};

export function requireUser(ctx: RequestContext): AuthUser {
  if (ctx.user) return ctx.user;
  throw AppError.unauthenticated(
    ctx.authFailure === 'expired' ? 'The access token has expired; refresh the session' : 'Sign in first',
  );
}

export function assertCanRead(ctx: RequestContext, unit: { path: string; code: string }): void {
  if (!canReadUnit(requireUser(ctx).assignments, unit.path)) {
    throw AppError.forbidden(`Unit ${unit.code} is outside your units`);
  }
}
