/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n  }\n": typeof types.AdminUnitRowFragmentDoc,
    "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HierarchyUnitsDocument,
    "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.HierarchyUnitDocument,
    "\n  mutation UpdateAdminUnit($code: String!, $version: Int!, $input: AdminUnitInput!) {\n    updateAdminUnit(code: $code, version: $version, input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.UpdateAdminUnitDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.CreateVillageDocument,
};
const documents: Documents = {
    "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n  }\n": types.AdminUnitRowFragmentDoc,
    "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HierarchyUnitsDocument,
    "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n": types.HierarchyUnitDocument,
    "\n  mutation UpdateAdminUnit($code: String!, $version: Int!, $input: AdminUnitInput!) {\n    updateAdminUnit(code: $code, version: $version, input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": types.UpdateAdminUnitDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": types.CreateVillageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n  }\n"): typeof import('./graphql').AdminUnitRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').HierarchyUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n"): typeof import('./graphql').HierarchyUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdminUnit($code: String!, $version: Int!, $input: AdminUnitInput!) {\n    updateAdminUnit(code: $code, version: $version, input: $input) {\n      ...AdminUnitRow\n    }\n  }\n"): typeof import('./graphql').UpdateAdminUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n"): typeof import('./graphql').CreateVillageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
