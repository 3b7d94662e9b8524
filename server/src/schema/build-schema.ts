import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminUnitResolver } from '../modules/hierarchy/admin-unit.resolver';

export const RESOLVERS = [AdminUnitResolver] as const;

export interface ResolverInstances {
  get(resolverClass: unknown): unknown;
}

/** The API's schema; resolvers come from `container`, so tests and tools share one wiring. */
export function buildApiSchema(container: ResolverInstances): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    container: { get: (cls) => container.get(cls) },
    validate: { forbidUnknownValues: false },
  });
}
