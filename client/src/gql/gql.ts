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
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    action\n    entity\n    key\n    field\n    oldValue\n    newValue\n    requestId\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {\n    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AuditEntryRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  fragment SessionUser on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n    editable\n  }\n": typeof types.AdminUnitRowFragmentDoc,
    "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HierarchyUnitsDocument,
    "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.HierarchyUnitDocument,
    "\n  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {\n    saveAdminUnits(rows: $rows) {\n      created\n      updated\n      unchanged\n      units {\n        ...AdminUnitRow\n      }\n    }\n  }\n": typeof types.SaveAdminUnitsDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.CreateVillageDocument,
    "\n  fragment ImportPreviewFields on ImportPreview {\n    fileName\n    sheets\n    sheet\n    headerRow\n    columns {\n      column\n      header\n      field\n      samples\n    }\n    fields {\n      key\n      label\n      labelEn\n      required\n      description\n    }\n    summary {\n      total\n      created\n      updated\n      unchanged\n      refused\n    }\n    rows {\n      row\n      action\n      key\n      label\n      values\n      changes {\n        field\n        oldValue\n        newValue\n      }\n      issues {\n        field\n        code\n        rule\n        params\n        message\n      }\n      candidates {\n        code\n        name\n        parentName\n      }\n    }\n    committed\n  }\n": typeof types.ImportPreviewFieldsFragmentDoc,
    "\n  query PreviewImport($input: ImportInput!) {\n    previewImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation CommitImport($input: ImportInput!) {\n    commitImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      id\n      phase\n      done\n      total\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  fragment UnitSubmissionFields on UnitSubmissionView {\n    unit {\n      code\n      name\n    }\n    year\n    status\n    version\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    note\n    locked\n    canSubmit\n    canDecide\n  }\n": typeof types.UnitSubmissionFieldsFragmentDoc,
    "\n  query UnitSubmission($unitCode: String!, $year: Int!) {\n    unitSubmission(unitCode: $unitCode, year: $year) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.UnitSubmissionDocument,
    "\n  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {\n    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.SubmitUnitDataDocument,
    "\n  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.ApproveUnitDataDocument,
    "\n  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {\n    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.ReturnUnitDataDocument,
    "\n  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.ReopenUnitDataDocument,
    "\n  fragment UserRow on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...UserRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(username: $username, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    action\n    entity\n    key\n    field\n    oldValue\n    newValue\n    requestId\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {\n    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AuditEntryRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  fragment SessionUser on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUser\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n    editable\n  }\n": types.AdminUnitRowFragmentDoc,
    "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HierarchyUnitsDocument,
    "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n": types.HierarchyUnitDocument,
    "\n  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {\n    saveAdminUnits(rows: $rows) {\n      created\n      updated\n      unchanged\n      units {\n        ...AdminUnitRow\n      }\n    }\n  }\n": types.SaveAdminUnitsDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": types.CreateVillageDocument,
    "\n  fragment ImportPreviewFields on ImportPreview {\n    fileName\n    sheets\n    sheet\n    headerRow\n    columns {\n      column\n      header\n      field\n      samples\n    }\n    fields {\n      key\n      label\n      labelEn\n      required\n      description\n    }\n    summary {\n      total\n      created\n      updated\n      unchanged\n      refused\n    }\n    rows {\n      row\n      action\n      key\n      label\n      values\n      changes {\n        field\n        oldValue\n        newValue\n      }\n      issues {\n        field\n        code\n        rule\n        params\n        message\n      }\n      candidates {\n        code\n        name\n        parentName\n      }\n    }\n    committed\n  }\n": types.ImportPreviewFieldsFragmentDoc,
    "\n  query PreviewImport($input: ImportInput!) {\n    previewImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation CommitImport($input: ImportInput!) {\n    commitImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.CommitImportDocument,
    "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      id\n      phase\n      done\n      total\n    }\n  }\n": types.ImportProgressDocument,
    "\n  fragment UnitSubmissionFields on UnitSubmissionView {\n    unit {\n      code\n      name\n    }\n    year\n    status\n    version\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    note\n    locked\n    canSubmit\n    canDecide\n  }\n": types.UnitSubmissionFieldsFragmentDoc,
    "\n  query UnitSubmission($unitCode: String!, $year: Int!) {\n    unitSubmission(unitCode: $unitCode, year: $year) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.UnitSubmissionDocument,
    "\n  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {\n    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.SubmitUnitDataDocument,
    "\n  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.ApproveUnitDataDocument,
    "\n  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {\n    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.ReturnUnitDataDocument,
    "\n  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.ReopenUnitDataDocument,
    "\n  fragment UserRow on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...UserRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(username: $username, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    action\n    entity\n    key\n    field\n    oldValue\n    newValue\n    requestId\n  }\n"): typeof import('./graphql').AuditEntryRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {\n    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AuditEntryRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RecordHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n    editable\n  }\n"): typeof import('./graphql').AdminUnitRowFragmentDoc;
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
export function graphql(source: "\n  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {\n    saveAdminUnits(rows: $rows) {\n      created\n      updated\n      unchanged\n      units {\n        ...AdminUnitRow\n      }\n    }\n  }\n"): typeof import('./graphql').SaveAdminUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n"): typeof import('./graphql').CreateVillageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreviewFields on ImportPreview {\n    fileName\n    sheets\n    sheet\n    headerRow\n    columns {\n      column\n      header\n      field\n      samples\n    }\n    fields {\n      key\n      label\n      labelEn\n      required\n      description\n    }\n    summary {\n      total\n      created\n      updated\n      unchanged\n      refused\n    }\n    rows {\n      row\n      action\n      key\n      label\n      values\n      changes {\n        field\n        oldValue\n        newValue\n      }\n      issues {\n        field\n        code\n        rule\n        params\n        message\n      }\n      candidates {\n        code\n        name\n        parentName\n      }\n    }\n    committed\n  }\n"): typeof import('./graphql').ImportPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewImport($input: ImportInput!) {\n    previewImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): typeof import('./graphql').PreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: ImportInput!) {\n    commitImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): typeof import('./graphql').CommitImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      id\n      phase\n      done\n      total\n    }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitSubmissionFields on UnitSubmissionView {\n    unit {\n      code\n      name\n    }\n    year\n    status\n    version\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    note\n    locked\n    canSubmit\n    canDecide\n  }\n"): typeof import('./graphql').UnitSubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSubmission($unitCode: String!, $year: Int!) {\n    unitSubmission(unitCode: $unitCode, year: $year) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').UnitSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {\n    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SubmitUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').ApproveUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {\n    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').ReturnUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').ReopenUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UserRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...UserRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(username: $username, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
