import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { ErrorCode, MAX_PAGE_SIZE } from '@ntm/shared';
import type { RequestContext } from '../common/request-context';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 50_000;

/**
 * A list field costs its children times the page it asks for (a page over the cap is refused by
 * the argument's own check, which names the argument).
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number'
    ? 1 + Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) * Math.max(childComplexity, 1)
    : undefined;

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, fragments, seen));
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(s.selectionSet, fragments, seen));
    } else {
      const name = s.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return deepest;
}

function usesIntrospection(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): boolean {
  if (!set) return false;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '__schema' || s.name.value === '__type';
    if (s.kind === Kind.INLINE_FRAGMENT) return usesIntrospection(s.selectionSet, fragments);
    return usesIntrospection(fragments.get(s.name.value)?.selectionSet, fragments);
  });
}

function refuse(message: string, code: string, extra: Record<string, unknown> = {}): never {
  throw new GraphQLError(message, { extensions: { code, http: { status: 400 }, ...extra } });
}

/**
 * Refuses, before anything runs, operations that are too deep or too costly, and introspection
 * by someone not signed in (signed-in users and tools keep it).
 */
export function operationLimits(schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          const fragments = new Map(
            (document as DocumentNode).definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const op = operation as OperationDefinitionNode;
          if (!contextValue.user && usesIntrospection(op.selectionSet, fragments)) {
            refuse('Sign in to read the schema', ErrorCode.UNAUTHENTICATED, { http: { status: 401 } });
          }
          const depth = depthOf(op.selectionSet, fragments, new Set());
          if (depth > MAX_DEPTH) {
            refuse(
              `The operation is ${depth} levels deep; at most ${MAX_DEPTH} are answered`,
              ErrorCode.BAD_USER_INPUT,
              { field: 'query' },
            );
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // The variables do not fit their types: say so as execution would.
            refuse(error instanceof Error ? error.message : 'Invalid variables', ErrorCode.BAD_USER_INPUT);
          }
          if (complexity > MAX_COMPLEXITY) {
            refuse(
              `The operation would cost ${complexity}; at most ${MAX_COMPLEXITY} is answered`,
              ErrorCode.BAD_USER_INPUT,
              {
                field: 'query',
              },
            );
          }
        },
      };
    },
  };
}
