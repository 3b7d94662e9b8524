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

export type AdminUnitRowInput = {
  /** The unit to change; leave out for a new village */
  code?: string | null | undefined;
  /** For a new village: the code of its commune */
  communeCode?: string | null | undefined;
  mountainous?: boolean | null | undefined;
  name?: string | null | undefined;
  /** For a new village: VILLAGE (default) or RESIDENTIAL_GROUP */
  type?: UnitType | null | undefined;
  /** With code: the version the edit was made on */
  version?: number | null | undefined;
};

/** A role over the subtree of a unit; ADMIN needs no unit */
export type AssignmentInput = {
  role: Role;
  unitCode?: string | null | undefined;
};

export type CreateUserInput = {
  active?: boolean;
  assignments?: Array<AssignmentInput>;
  displayName: string;
  password: string;
  username: string;
};

export type CreateVillageInput = {
  communeCode: string;
  /** Default: as the commune */
  mountainous?: boolean | null | undefined;
  name: string;
  /** VILLAGE (thôn) or RESIDENTIAL_GROUP (tổ dân phố) */
  type?: UnitType;
};

/** What an import does with a row */
export type ImportAction =
  | 'CREATE'
  | 'REFUSED'
  | 'UNCHANGED'
  | 'UPDATE';

export type ImportChoiceInput = {
  /** The unit meant */
  code: string;
  /** The field whose name matched several units */
  field: string;
  /** The sheet row */
  row: number;
};

export type ImportInput = {
  /** Units picked where a name matched several */
  choices?: Array<ImportChoiceInput> | null | undefined;
  /** The .xlsx or .csv file, base64 (at most 8 MB) */
  file: string;
  fileName: string;
  kind: ImportKind;
  /** Default: columns matched to fields by their headers */
  mapping?: Array<ImportMappingInput> | null | undefined;
  /** The unit new rows go to when they name none (the commune of new villages) */
  parentCode?: string | null | undefined;
  /** An id of your choosing, to follow the import with importProgress */
  progressId?: string | null | undefined;
  /** Default: the first sheet */
  sheet?: string | null | undefined;
};

/** Which sheet an import reads: ADMIN_UNITS (units and new villages) */
export type ImportKind =
  | 'ADMIN_UNITS';

export type ImportMappingInput = {
  /** The sheet column, from 1 */
  column: number;
  /** The field it holds; null: ignore the column */
  field?: string | null | undefined;
};

/** Where a running import is */
export type ImportPhase =
  | 'CHECKING'
  | 'DONE'
  | 'FAILED'
  | 'READING'
  | 'SAVING';

/** ADMIN everything; EDITOR reads and writes its subtree; APPROVER also approves below; VIEWER reads */
export type Role =
  | 'ADMIN'
  | 'APPROVER'
  | 'EDITOR'
  | 'VIEWER';

/** DRAFT (chưa gửi), SUBMITTED (đã gửi), APPROVED (đã duyệt, khóa), RETURNED (trả lại) */
export type SubmissionStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

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

/** Absent fields stay; assignments, when given, replace the user’s */
export type UpdateUserInput = {
  active?: boolean | null | undefined;
  assignments?: Array<AssignmentInput> | null | undefined;
  displayName?: string | null | undefined;
  password?: string | null | undefined;
};

export type AuditEntryRowFragment = { id: number, at: string, actor: string | null, action: string, entity: string, key: string, field: string | null, oldValue: string | null, newValue: string | null, requestId: string };

export type RecordHistoryQueryVariables = Exact<{
  entity: string;
  key: string;
  field?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecordHistoryQuery = { recordHistory: { totalCount: number, nodes: Array<{ id: number, at: string, actor: string | null, action: string, entity: string, key: string, field: string | null, oldValue: string | null, newValue: string | null, requestId: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SessionUserFragment = { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> } };

export type AdminUnitRowFragment = { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean };

export type HierarchyUnitsQueryVariables = Exact<{
  level?: AdminLevel | null | undefined;
  parentCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HierarchyUnitsQuery = { adminUnits: { totalCount: number, nodes: Array<{ code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HierarchyUnitQueryVariables = Exact<{
  code: string;
}>;


export type HierarchyUnitQuery = { adminUnit: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean } | null };

export type SaveAdminUnitsMutationVariables = Exact<{
  rows: Array<AdminUnitRowInput> | AdminUnitRowInput;
}>;


export type SaveAdminUnitsMutation = { saveAdminUnits: { created: number, updated: number, unchanged: number, units: Array<{ code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean }> } };

export type CreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type CreateVillageMutation = { createVillage: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean } };

export type ImportPreviewFieldsFragment = { fileName: string, sheets: Array<string>, sheet: string, headerRow: number, committed: boolean, columns: Array<{ column: number, header: string, field: string | null, samples: Array<string> }>, fields: Array<{ key: string, label: string, labelEn: string, required: boolean, description: string }>, summary: { total: number, created: number, updated: number, unchanged: number, refused: number }, rows: Array<{ row: number, action: ImportAction, key: string | null, label: string | null, values: Array<string>, changes: Array<{ field: string, oldValue: string | null, newValue: string | null }>, issues: Array<{ field: string, code: string, rule: string | null, params: string | null, message: string }>, candidates: Array<{ code: string, name: string, parentName: string | null }> }> };

export type PreviewImportQueryVariables = Exact<{
  input: ImportInput;
}>;


export type PreviewImportQuery = { previewImport: { fileName: string, sheets: Array<string>, sheet: string, headerRow: number, committed: boolean, columns: Array<{ column: number, header: string, field: string | null, samples: Array<string> }>, fields: Array<{ key: string, label: string, labelEn: string, required: boolean, description: string }>, summary: { total: number, created: number, updated: number, unchanged: number, refused: number }, rows: Array<{ row: number, action: ImportAction, key: string | null, label: string | null, values: Array<string>, changes: Array<{ field: string, oldValue: string | null, newValue: string | null }>, issues: Array<{ field: string, code: string, rule: string | null, params: string | null, message: string }>, candidates: Array<{ code: string, name: string, parentName: string | null }> }> } };

export type CommitImportMutationVariables = Exact<{
  input: ImportInput;
}>;


export type CommitImportMutation = { commitImport: { fileName: string, sheets: Array<string>, sheet: string, headerRow: number, committed: boolean, columns: Array<{ column: number, header: string, field: string | null, samples: Array<string> }>, fields: Array<{ key: string, label: string, labelEn: string, required: boolean, description: string }>, summary: { total: number, created: number, updated: number, unchanged: number, refused: number }, rows: Array<{ row: number, action: ImportAction, key: string | null, label: string | null, values: Array<string>, changes: Array<{ field: string, oldValue: string | null, newValue: string | null }>, issues: Array<{ field: string, code: string, rule: string | null, params: string | null, message: string }>, candidates: Array<{ code: string, name: string, parentName: string | null }> }> } };

export type ImportProgressQueryVariables = Exact<{
  id: string;
}>;


export type ImportProgressQuery = { importProgress: { id: string, phase: ImportPhase, done: number, total: number } | null };

export type UnitSubmissionFieldsFragment = { year: number, status: SubmissionStatus, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, note: string | null, locked: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } };

export type UnitSubmissionQueryVariables = Exact<{
  unitCode: string;
  year: number;
}>;


export type UnitSubmissionQuery = { unitSubmission: { year: number, status: SubmissionStatus, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, note: string | null, locked: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type SubmitUnitDataMutationVariables = Exact<{
  unitCode: string;
  year: number;
  version: number;
}>;


export type SubmitUnitDataMutation = { submitUnitData: { year: number, status: SubmissionStatus, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, note: string | null, locked: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ApproveUnitDataMutationVariables = Exact<{
  unitCode: string;
  year: number;
  version: number;
  note?: string | null | undefined;
}>;


export type ApproveUnitDataMutation = { approveUnitData: { year: number, status: SubmissionStatus, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, note: string | null, locked: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReturnUnitDataMutationVariables = Exact<{
  unitCode: string;
  year: number;
  version: number;
  note: string;
}>;


export type ReturnUnitDataMutation = { returnUnitData: { year: number, status: SubmissionStatus, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, note: string | null, locked: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReopenUnitDataMutationVariables = Exact<{
  unitCode: string;
  year: number;
  version: number;
  note?: string | null | undefined;
}>;


export type ReopenUnitDataMutation = { reopenUnitData: { year: number, status: SubmissionStatus, version: number, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, note: string | null, locked: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type UserRowFragment = { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> };

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> } };

export type UpdateUserMutationVariables = Exact<{
  username: string;
  version: number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { username: string, displayName: string, active: boolean, version: number, assignments: Array<{ role: Role, unit: { code: string, name: string } | null }> } };

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
export const AuditEntryRowFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryRow on AuditEntry {
  id
  at
  actor
  action
  entity
  key
  field
  oldValue
  newValue
  requestId
}
    `, {"fragmentName":"AuditEntryRow"}) as unknown as TypedDocumentString<AuditEntryRowFragment, unknown>;
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
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
  editable
}
    `, {"fragmentName":"AdminUnitRow"}) as unknown as TypedDocumentString<AdminUnitRowFragment, unknown>;
export const ImportPreviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportPreviewFields on ImportPreview {
  fileName
  sheets
  sheet
  headerRow
  columns {
    column
    header
    field
    samples
  }
  fields {
    key
    label
    labelEn
    required
    description
  }
  summary {
    total
    created
    updated
    unchanged
    refused
  }
  rows {
    row
    action
    key
    label
    values
    changes {
      field
      oldValue
      newValue
    }
    issues {
      field
      code
      rule
      params
      message
    }
    candidates {
      code
      name
      parentName
    }
  }
  committed
}
    `, {"fragmentName":"ImportPreviewFields"}) as unknown as TypedDocumentString<ImportPreviewFieldsFragment, unknown>;
export const UnitSubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitSubmissionFields on UnitSubmissionView {
  unit {
    code
    name
  }
  year
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  note
  locked
  canSubmit
  canDecide
}
    `, {"fragmentName":"UnitSubmissionFields"}) as unknown as TypedDocumentString<UnitSubmissionFieldsFragment, unknown>;
export const UserRowFragmentDoc = new TypedDocumentString(`
    fragment UserRow on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}
    `, {"fragmentName":"UserRow"}) as unknown as TypedDocumentString<UserRowFragment, unknown>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {
  recordHistory(
    entity: $entity
    key: $key
    field: $field
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...AuditEntryRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuditEntryRow on AuditEntry {
  id
  at
  actor
  action
  entity
  key
  field
  oldValue
  newValue
  requestId
}`) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    ...SessionFields
  }
}
    fragment SessionUser on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}
fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment SessionUser on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}
fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  user {
    ...SessionUser
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
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
  editable
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
  editable
}`) as unknown as TypedDocumentString<HierarchyUnitQuery, HierarchyUnitQueryVariables>;
export const SaveAdminUnitsDocument = new TypedDocumentString(`
    mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {
  saveAdminUnits(rows: $rows) {
    created
    updated
    unchanged
    units {
      ...AdminUnitRow
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
  editable
}`) as unknown as TypedDocumentString<SaveAdminUnitsMutation, SaveAdminUnitsMutationVariables>;
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
  editable
}`) as unknown as TypedDocumentString<CreateVillageMutation, CreateVillageMutationVariables>;
export const PreviewImportDocument = new TypedDocumentString(`
    query PreviewImport($input: ImportInput!) {
  previewImport(input: $input) {
    ...ImportPreviewFields
  }
}
    fragment ImportPreviewFields on ImportPreview {
  fileName
  sheets
  sheet
  headerRow
  columns {
    column
    header
    field
    samples
  }
  fields {
    key
    label
    labelEn
    required
    description
  }
  summary {
    total
    created
    updated
    unchanged
    refused
  }
  rows {
    row
    action
    key
    label
    values
    changes {
      field
      oldValue
      newValue
    }
    issues {
      field
      code
      rule
      params
      message
    }
    candidates {
      code
      name
      parentName
    }
  }
  committed
}`) as unknown as TypedDocumentString<PreviewImportQuery, PreviewImportQueryVariables>;
export const CommitImportDocument = new TypedDocumentString(`
    mutation CommitImport($input: ImportInput!) {
  commitImport(input: $input) {
    ...ImportPreviewFields
  }
}
    fragment ImportPreviewFields on ImportPreview {
  fileName
  sheets
  sheet
  headerRow
  columns {
    column
    header
    field
    samples
  }
  fields {
    key
    label
    labelEn
    required
    description
  }
  summary {
    total
    created
    updated
    unchanged
    refused
  }
  rows {
    row
    action
    key
    label
    values
    changes {
      field
      oldValue
      newValue
    }
    issues {
      field
      code
      rule
      params
      message
    }
    candidates {
      code
      name
      parentName
    }
  }
  committed
}`) as unknown as TypedDocumentString<CommitImportMutation, CommitImportMutationVariables>;
export const ImportProgressDocument = new TypedDocumentString(`
    query ImportProgress($id: String!) {
  importProgress(id: $id) {
    id
    phase
    done
    total
  }
}
    `) as unknown as TypedDocumentString<ImportProgressQuery, ImportProgressQueryVariables>;
export const UnitSubmissionDocument = new TypedDocumentString(`
    query UnitSubmission($unitCode: String!, $year: Int!) {
  unitSubmission(unitCode: $unitCode, year: $year) {
    ...UnitSubmissionFields
  }
}
    fragment UnitSubmissionFields on UnitSubmissionView {
  unit {
    code
    name
  }
  year
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  note
  locked
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<UnitSubmissionQuery, UnitSubmissionQueryVariables>;
export const SubmitUnitDataDocument = new TypedDocumentString(`
    mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {
  submitUnitData(unitCode: $unitCode, year: $year, version: $version) {
    ...UnitSubmissionFields
  }
}
    fragment UnitSubmissionFields on UnitSubmissionView {
  unit {
    code
    name
  }
  year
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  note
  locked
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<SubmitUnitDataMutation, SubmitUnitDataMutationVariables>;
export const ApproveUnitDataDocument = new TypedDocumentString(`
    mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {
  approveUnitData(
    unitCode: $unitCode
    year: $year
    version: $version
    note: $note
  ) {
    ...UnitSubmissionFields
  }
}
    fragment UnitSubmissionFields on UnitSubmissionView {
  unit {
    code
    name
  }
  year
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  note
  locked
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ApproveUnitDataMutation, ApproveUnitDataMutationVariables>;
export const ReturnUnitDataDocument = new TypedDocumentString(`
    mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {
  returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {
    ...UnitSubmissionFields
  }
}
    fragment UnitSubmissionFields on UnitSubmissionView {
  unit {
    code
    name
  }
  year
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  note
  locked
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReturnUnitDataMutation, ReturnUnitDataMutationVariables>;
export const ReopenUnitDataDocument = new TypedDocumentString(`
    mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {
  reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {
    ...UnitSubmissionFields
  }
}
    fragment UnitSubmissionFields on UnitSubmissionView {
  unit {
    code
    name
  }
  year
  status
  version
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  note
  locked
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReopenUnitDataMutation, ReopenUnitDataMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) {
    totalCount
    nodes {
      ...UserRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment UserRow on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserRow
  }
}
    fragment UserRow on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {
  updateUser(username: $username, version: $version, input: $input) {
    ...UserRow
  }
}
    fragment UserRow on User {
  username
  displayName
  active
  version
  assignments {
    role
    unit {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;