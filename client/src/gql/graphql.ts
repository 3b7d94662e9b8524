/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Level in the hierarchy: tỉnh, cấp huyện, cấp xã, thôn */
export type AdminLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'VILLAGE';

export type AdminUnitInput = {
  mountainous?: boolean | null | undefined;
  name?: string | null | undefined;
};

export type CreateVillageInput = {
  communeCode: string;
  /** Default: as the commune */
  mountainous?: boolean | null | undefined;
  name: string;
  /** VILLAGE (thôn) or RESIDENTIAL_GROUP (tổ dân phố) */
  type?: UnitType;
};

/** Kind of unit as the GSO catalogue names it (typeName gives the Vietnamese name) */
export type UnitType =
  | 'CENTRAL_CITY'
  | 'COMMUNE'
  | 'PROVINCE'
  | 'PROVINCIAL_CITY'
  | 'RESIDENTIAL_GROUP'
  | 'RURAL_DISTRICT'
  | 'TOWN'
  | 'TOWNSHIP'
  | 'URBAN_DISTRICT'
  | 'VILLAGE'
  | 'WARD';

export type AdminUnitRowFragment = { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number };

export type HierarchyUnitsQueryVariables = Exact<{
  level?: AdminLevel | null | undefined;
  parentCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HierarchyUnitsQuery = { adminUnits: { totalCount: number, nodes: Array<{ code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HierarchyUnitQueryVariables = Exact<{
  code: string;
}>;


export type HierarchyUnitQuery = { adminUnit: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number } | null };

export type UpdateAdminUnitMutationVariables = Exact<{
  code: string;
  version: number;
  input: AdminUnitInput;
}>;


export type UpdateAdminUnitMutation = { updateAdminUnit: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number } };

export type CreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type CreateVillageMutation = { createVillage: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminUnitRowFragmentDoc = new TypedDocumentString(`
    fragment AdminUnitRow on AdminUnit {
  code
  name
  shortName
  type
  typeName
  level
  mountainous
  validFrom
  validTo
  version
  childCount
}
    `, {"fragmentName":"AdminUnitRow"}) as unknown as TypedDocumentString<AdminUnitRowFragment, unknown>;
export const HierarchyUnitsDocument = new TypedDocumentString(`
    query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {
  adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
    totalCount
    nodes {
      ...AdminUnitRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminUnitRow on AdminUnit {
  code
  name
  shortName
  type
  typeName
  level
  mountainous
  validFrom
  validTo
  version
  childCount
}`) as unknown as TypedDocumentString<HierarchyUnitsQuery, HierarchyUnitsQueryVariables>;
export const HierarchyUnitDocument = new TypedDocumentString(`
    query HierarchyUnit($code: String!) {
  adminUnit(code: $code) {
    ...AdminUnitRow
  }
}
    fragment AdminUnitRow on AdminUnit {
  code
  name
  shortName
  type
  typeName
  level
  mountainous
  validFrom
  validTo
  version
  childCount
}`) as unknown as TypedDocumentString<HierarchyUnitQuery, HierarchyUnitQueryVariables>;
export const UpdateAdminUnitDocument = new TypedDocumentString(`
    mutation UpdateAdminUnit($code: String!, $version: Int!, $input: AdminUnitInput!) {
  updateAdminUnit(code: $code, version: $version, input: $input) {
    ...AdminUnitRow
  }
}
    fragment AdminUnitRow on AdminUnit {
  code
  name
  shortName
  type
  typeName
  level
  mountainous
  validFrom
  validTo
  version
  childCount
}`) as unknown as TypedDocumentString<UpdateAdminUnitMutation, UpdateAdminUnitMutationVariables>;
export const CreateVillageDocument = new TypedDocumentString(`
    mutation CreateVillage($input: CreateVillageInput!) {
  createVillage(input: $input) {
    ...AdminUnitRow
  }
}
    fragment AdminUnitRow on AdminUnit {
  code
  name
  shortName
  type
  typeName
  level
  mountainous
  validFrom
  validTo
  version
  childCount
}`) as unknown as TypedDocumentString<CreateVillageMutation, CreateVillageMutationVariables>;