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

export type AllocationRowInput = {
  amount?: string | null | undefined;
  capitalType?: CapitalType | null | undefined;
  delete?: boolean | null | undefined;
  id?: number | null | undefined;
  note?: string | null | undefined;
  /** A project of the unit: the unit's allocation to it */
  projectCode?: string | null | undefined;
  source?: FundingSource | null | undefined;
  unitCode?: string | null | undefined;
  version?: number | null | undefined;
  year?: number | null | undefined;
};

/** A role over the subtree of a unit; ADMIN needs no unit */
export type AssignmentInput = {
  role: Role;
  unitCode?: string | null | undefined;
};

/** INVESTMENT (đầu tư phát triển) or RECURRENT (sự nghiệp) */
export type CapitalType =
  | 'INVESTMENT'
  | 'RECURRENT';

/** MET, PENDING (date not passed), MISSED, NOT_APPLICABLE */
export type CheckpointState =
  | 'MET'
  | 'MISSED'
  | 'NOT_APPLICABLE'
  | 'PENDING';

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

/** Done, done late, overdue, due soon or upcoming */
export type DeadlineState =
  | 'DONE'
  | 'DONE_LATE'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'UPCOMING';

export type DisbursementRowInput = {
  amount?: string | null | undefined;
  capitalYear?: number | null | undefined;
  date?: string | null | undefined;
  delete?: boolean | null | undefined;
  id?: number | null | undefined;
  note?: string | null | undefined;
  projectCode?: string | null | undefined;
  source?: FundingSource | null | undefined;
  version?: number | null | undefined;
};

export type DossierRowInput = {
  /** Residents' satisfaction in % (0-100); null: not surveyed */
  satisfactionPercent?: number | null | undefined;
  /** Steps to record, change or (date null) remove */
  steps?: Array<DossierStepInput> | null | undefined;
  /** The target whose dossier this is */
  targetId: number;
  /** The target's version as read */
  version: number;
};

/** Where a recognition dossier stands */
export type DossierStatus =
  | 'AT_CENTRAL'
  | 'AT_DISTRICT'
  | 'AT_PROVINCE'
  | 'NOT_STARTED'
  | 'RECOGNISED'
  | 'RETURNED';

/** A step of a recognition dossier */
export type DossierStep =
  | 'COMMUNE_TO_DISTRICT'
  | 'DISTRICT_TO_PROVINCE'
  | 'PROVINCE_TO_CENTRAL'
  | 'RECOGNISED'
  | 'RETURNED';

export type DossierStepInput = {
  /** null removes the step */
  date?: string | null | undefined;
  decision?: string | null | undefined;
  note?: string | null | undefined;
  step: DossierStep;
};

export type EvaluationRowInput = {
  /** The criterion or indicator code */
  code: string;
  /** Met or not; null removes the evaluation */
  met?: boolean | null | undefined;
  note?: string | null | undefined;
  /** The criteria set */
  setKey: string;
  unitCode: string;
  value?: string | null | undefined;
  /** The version read; absent for an evaluation not yet made */
  version?: number | null | undefined;
  year: number;
};

/** CENTRAL, PROVINCIAL, DISTRICT, COMMUNE (counterpart), PEOPLE, CREDIT, OTHER */
export type FundingSource =
  | 'CENTRAL'
  | 'COMMUNE'
  | 'CREDIT'
  | 'DISTRICT'
  | 'OTHER'
  | 'PEOPLE'
  | 'PROVINCIAL';

/** How a goal is measured */
export type GoalKind =
  | 'EVERY_DISTRICT_HAS'
  | 'MIN_CRITERIA'
  | 'UNITS_AT_LEVEL';

/** A dated decision changing the hierarchy */
export type HierarchyChangeInput = {
  /** The decision that ordered it */
  decision: string;
  effectiveOn: string;
  items: Array<HierarchyChangeItemInput>;
};

/** One unit's part in a change */
export type HierarchyChangeItemInput = {
  /** The unit changed; for CREATE, the new code */
  code: string;
  kind: HierarchyChangeKind;
  /** Full name after CREATE or RENAME */
  name?: string | null | undefined;
  /** The parent after CREATE or MOVE; for an ended unit, where its children go (default: the successor of the same level, else its parent) */
  parentCode?: string | null | undefined;
  /** MERGE, SPLIT: the unit that carries it (required); DISSOLVE: default its parent */
  successorCode?: string | null | undefined;
  /** Type after CREATE or RENAME */
  type?: UnitType | null | undefined;
};

/** MERGE, SPLIT and DISSOLVE end a unit and name its successor; CREATE, RENAME and MOVE keep figures where they are */
export type HierarchyChangeKind =
  | 'CREATE'
  | 'DISSOLVE'
  | 'MERGE'
  | 'MOVE'
  | 'RENAME'
  | 'SPLIT';

export type HierarchyChangeStatus =
  | 'APPLIED'
  | 'REVERTED';

/** What applying a change does to a unit or to its records */
export type HierarchyEffectAction =
  | 'RECORDS_CARRIED'
  | 'RECORDS_MOVED'
  | 'TARGET_CREATED'
  | 'TARGET_MERGED'
  | 'UNIT_CREATED'
  | 'UNIT_ENDED'
  | 'UNIT_MOVED'
  | 'UNIT_RENAMED';

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

export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type IndicatorTargetKind =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'RATIO_TO_BASELINE'
  | 'YEARLY_DECREASE';

export type IndicatorUnit =
  | 'COUNT'
  | 'KM'
  | 'MILLION_VND'
  | 'PERCENT'
  | 'YES_NO';

export type IndicatorValueInput = {
  key: string;
  /** 0: the year; 1-12: a month */
  month?: number;
  note?: string | null | undefined;
  unitCode: string;
  /** null removes the figure */
  value?: number | null | undefined;
  /** The version read; absent for a figure not yet entered */
  version?: number | null | undefined;
  year: number;
};

/** Field of a good-practice model; TOURISM is rural tourism */
export type ModelField =
  | 'CULTURE'
  | 'DIGITAL'
  | 'ENVIRONMENT'
  | 'OTHER'
  | 'PRODUCTION'
  | 'SECURITY'
  | 'SOCIAL'
  | 'TOURISM';

export type ModelFilter = {
  field?: ModelField | null | undefined;
  unitCode?: string | null | undefined;
  /** Made by the end of this year */
  year?: number | null | undefined;
};

export type ModelRowInput = {
  delete?: boolean | null | undefined;
  field?: ModelField | null | undefined;
  id?: number | null | undefined;
  name?: string | null | undefined;
  note?: string | null | undefined;
  replicatedFromId?: number | null | undefined;
  /** A commune or a district */
  unitCode?: string | null | undefined;
  version?: number | null | undefined;
  year?: number | null | undefined;
};

export type OcopFilter = {
  flagship?: boolean | null | undefined;
  stars?: number | null | undefined;
  unitCode?: string | null | undefined;
  /** Rated by the end of this year */
  year?: number | null | undefined;
};

export type OcopRowInput = {
  category?: string | null | undefined;
  delete?: boolean | null | undefined;
  flagship?: boolean | null | undefined;
  id?: number | null | undefined;
  isNew?: boolean | null | undefined;
  name?: string | null | undefined;
  producer?: string | null | undefined;
  stars?: number | null | undefined;
  /** The commune of the producer */
  unitCode?: string | null | undefined;
  version?: number | null | undefined;
  yearRated?: number | null | undefined;
};

export type ProjectFilter = {
  kind?: ProjectKind | null | undefined;
  /** Code or name, with or without diacritics */
  search?: string | null | undefined;
  unitCode?: string | null | undefined;
};

export type ProjectKind =
  | 'CULTURE_HOUSE'
  | 'ELECTRICITY'
  | 'ENVIRONMENT'
  | 'HEALTH'
  | 'IRRIGATION'
  | 'MARKET'
  | 'MODEL'
  | 'OTHER'
  | 'PRODUCTION'
  | 'RECURRENT'
  | 'SCHOOL'
  | 'TRANSPORT'
  | 'WATER';

export type ProjectRowInput = {
  acceptedOn?: string | null | undefined;
  capitalAllocatedOn?: string | null | undefined;
  code?: string | null | undefined;
  completedOn?: string | null | undefined;
  contractorChosenOn?: string | null | undefined;
  id?: number | null | undefined;
  kind?: ProjectKind | null | undefined;
  name?: string | null | undefined;
  note?: string | null | undefined;
  settlementApprovedOn?: string | null | undefined;
  startedOn?: string | null | undefined;
  stoppedOn?: string | null | undefined;
  targetId?: number | null | undefined;
  unitCode?: string | null | undefined;
  version?: number | null | undefined;
};

export type ReallocationRowInput = {
  amount?: string | null | undefined;
  capitalType?: CapitalType | null | undefined;
  capitalYear?: number | null | undefined;
  doneOn?: string | null | undefined;
  fromProjectCode?: string | null | undefined;
  /** From a unit’s own allocation (when no project) */
  fromUnitCode?: string | null | undefined;
  id?: number | null | undefined;
  reason?: string | null | undefined;
  reportedOn?: string | null | undefined;
  source?: FundingSource | null | undefined;
  status?: ReallocationStatus | null | undefined;
  toProjectCode?: string | null | undefined;
  toUnitCode?: string | null | undefined;
  version?: number | null | undefined;
};

export type ReallocationStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PROPOSED'
  | 'REPORTED';

/** ADMIN everything; EDITOR reads and writes its subtree; APPROVER also approves below; VIEWER reads */
export type Role =
  | 'ADMIN'
  | 'APPROVER'
  | 'EDITOR'
  | 'VIEWER';

/** How the figures of the units below add up: SUM, WEIGHTED_MEAN, MEAN, SHARE_OF_UNITS */
export type RollUp =
  | 'MEAN'
  | 'SHARE_OF_UNITS'
  | 'SUM'
  | 'WEIGHTED_MEAN';

/** DRAFT (chưa gửi), SUBMITTED (đã gửi), APPROVED (đã duyệt, khóa), RETURNED (trả lại) */
export type SubmissionStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** Why the catalogue makes a successor evident */
export type SuccessorReason =
  | 'CHILDREN_MOVED'
  | 'SAME_STEM';

/** New standard, keeping one, re-check, or supported village */
export type TargetKind =
  | 'MAINTAIN'
  | 'NEW'
  | 'REVIEW'
  | 'SUPPORTED';

/** NTM, ADVANCED (nâng cao), MODEL (kiểu mẫu), MODEL_VILLAGE, TASK_COMPLETED */
export type TargetLevel =
  | 'ADVANCED'
  | 'MODEL'
  | 'MODEL_VILLAGE'
  | 'NTM'
  | 'TASK_COMPLETED';

export type TargetRowInput = {
  /** Removes the target (with its dossier) */
  delete?: boolean | null | undefined;
  /** The target to change; absent for a new one */
  id?: number | null | undefined;
  kind?: TargetKind | null | undefined;
  level?: TargetLevel | null | undefined;
  note?: string | null | undefined;
  /** Default: the plan in force */
  planCode?: string | null | undefined;
  section?: string | null | undefined;
  /** For a new target: its unit */
  unitCode?: string | null | undefined;
  version?: number | null | undefined;
  year?: number | null | undefined;
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

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CriterionFieldsFragment = { id: number, code: string, parentCode: string | null, name: string };

export type CriteriaMatrixRowFieldsFragment = { metCount: number, editable: boolean, unit: { code: string, name: string, shortName: string }, cells: Array<{ code: string, met: boolean, value: string | null, note: string | null, version: number }> };

export type CriteriaDistrictsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CriteriaDistrictsQuery = { adminUnits: { nodes: Array<{ code: string, name: string }> } };

export type CriteriaMatrixQueryVariables = Exact<{
  parentCode: string;
  year: number;
  setKey?: string | null | undefined;
}>;


export type CriteriaMatrixQuery = { criteriaMatrix: { year: number, set: { key: string, name: string, decision: string | null }, criteria: Array<{ id: number, code: string, parentCode: string | null, name: string }>, rows: Array<{ metCount: number, editable: boolean, unit: { code: string, name: string, shortName: string }, cells: Array<{ code: string, met: boolean, value: string | null, note: string | null, version: number }> }> } };

export type SaveEvaluationsMutationVariables = Exact<{
  rows: Array<EvaluationRowInput> | EvaluationRowInput;
}>;


export type SaveEvaluationsMutation = { saveEvaluations: { created: number, updated: number, deleted: number, unchanged: number, changed: number, rows: Array<{ metCount: number, editable: boolean, unit: { code: string, name: string, shortName: string }, cells: Array<{ code: string, met: boolean, value: string | null, note: string | null, version: number }> }> } };

export type CommuneScorecardQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type CommuneScorecardQuery = { communeScorecard: { year: number, criteriaCount: number, metCount: number, met: Array<string>, qualifiesFor: TargetLevel | null, recognisedLevel: TargetLevel | null, unit: { code: string, name: string }, set: { key: string, name: string }, missing: Array<{ code: string, name: string }>, targets: Array<{ id: number, level: TargetLevel, year: number, kind: TargetKind, dossierStatus: DossierStatus }> } };

export type CatalogueDiffQueryVariables = Exact<{
  catalogue: string;
}>;


export type CatalogueDiffQuery = { catalogueDiff: { date: string | null, provinces: number, districts: number, communes: number, needsSuccessor: number, changes: Array<{ kind: HierarchyChangeKind, level: AdminLevel, code: string, oldName: string | null, name: string | null, type: UnitType | null, oldParentCode: string | null, parentCode: string | null, successorCode: string | null, reason: SuccessorReason | null, candidates: Array<string> }> } };

export type UnitNamesQueryVariables = Exact<{
  level: AdminLevel;
  first: number;
}>;


export type UnitNamesQuery = { adminUnits: { nodes: Array<{ code: string, name: string }> } };

export type HierarchyEffectFieldsFragment = { action: HierarchyEffectAction, unitCode: string, toCode: string | null, entity: string | null, count: number, amount: string | null };

export type HierarchyChangeFieldsFragment = { id: string, decision: string, effectiveOn: string, status: HierarchyChangeStatus, appliedAt: string, appliedBy: string, revertedAt: string | null, revertedBy: string | null, version: number, items: Array<{ kind: HierarchyChangeKind, level: AdminLevel, code: string, oldName: string | null, name: string | null, oldParentCode: string | null, parentCode: string | null, successorCode: string | null }> };

export type PreviewHierarchyChangeQueryVariables = Exact<{
  input: HierarchyChangeInput;
}>;


export type PreviewHierarchyChangeQuery = { previewHierarchyChange: Array<{ action: HierarchyEffectAction, unitCode: string, toCode: string | null, entity: string | null, count: number, amount: string | null }> };

export type ApplyHierarchyChangeMutationVariables = Exact<{
  input: HierarchyChangeInput;
}>;


export type ApplyHierarchyChangeMutation = { applyHierarchyChange: { changed: number, change: { id: string, decision: string, effectiveOn: string, status: HierarchyChangeStatus, appliedAt: string, appliedBy: string, revertedAt: string | null, revertedBy: string | null, version: number, items: Array<{ kind: HierarchyChangeKind, level: AdminLevel, code: string, oldName: string | null, name: string | null, oldParentCode: string | null, parentCode: string | null, successorCode: string | null }> }, effects: Array<{ action: HierarchyEffectAction, unitCode: string, toCode: string | null, entity: string | null, count: number, amount: string | null }> } };

export type RevertHierarchyChangeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RevertHierarchyChangeMutation = { revertHierarchyChange: { id: string, decision: string, effectiveOn: string, status: HierarchyChangeStatus, appliedAt: string, appliedBy: string, revertedAt: string | null, revertedBy: string | null, version: number, items: Array<{ kind: HierarchyChangeKind, level: AdminLevel, code: string, oldName: string | null, name: string | null, oldParentCode: string | null, parentCode: string | null, successorCode: string | null }> } };

export type HierarchyChangesQueryVariables = Exact<{
  first: number;
}>;


export type HierarchyChangesQuery = { hierarchyChanges: Array<{ id: string, decision: string, effectiveOn: string, status: HierarchyChangeStatus, appliedAt: string, appliedBy: string, revertedAt: string | null, revertedBy: string | null, version: number, items: Array<{ kind: HierarchyChangeKind, level: AdminLevel, code: string, oldName: string | null, name: string | null, oldParentCode: string | null, parentCode: string | null, successorCode: string | null }> }> };

export type UnitHistoryQueryVariables = Exact<{
  code: string;
}>;


export type UnitHistoryQuery = { unitHistory: { unit: { code: string, name: string, level: AdminLevel, validFrom: string | null, validTo: string | null }, states: Array<{ validFrom: string | null, validTo: string | null, name: string, type: UnitType, parent: { code: string, name: string } | null }>, predecessors: Array<{ on: string, unit: { code: string, name: string } }>, successor: { on: string, unit: { code: string, name: string } } | null, changes: Array<{ change: { id: string, decision: string, effectiveOn: string, status: HierarchyChangeStatus }, item: { kind: HierarchyChangeKind, code: string, oldName: string | null, name: string | null, successorCode: string | null } }> } | null };

export type AdminUnitRowFragment = { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> };

export type HierarchyUnitsQueryVariables = Exact<{
  level?: AdminLevel | null | undefined;
  parentCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withCount: boolean;
}>;


export type HierarchyUnitsQuery = { adminUnits: { totalCount?: number, nodes: Array<{ code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HierarchyUnitQueryVariables = Exact<{
  code: string;
}>;


export type HierarchyUnitQuery = { adminUnit: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } | null };

export type SaveAdminUnitsMutationVariables = Exact<{
  rows: Array<AdminUnitRowInput> | AdminUnitRowInput;
}>;


export type SaveAdminUnitsMutation = { saveAdminUnits: { created: number, updated: number, unchanged: number, units: Array<{ code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> }> } };

export type CreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type CreateVillageMutation = { createVillage: { code: string, name: string, shortName: string, type: UnitType, typeName: string, level: AdminLevel, mountainous: boolean, validFrom: string | null, validTo: string | null, version: number, childCount: number, editable: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } };

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

export type IndIndicatorFragment = { id: number, key: string, name: string, nameEn: string, unit: IndicatorUnit, level: AdminLevel, rollUp: RollUp, weightKey: string | null, direction: IndicatorDirection, targetKind: IndicatorTargetKind | null, targetValue: number | null, targetValueMax: number | null, targetYear: number | null, baselineYear: number | null, derived: string | null, description: string, section: string | null, sortOrder: number };

export type IndMatrixRowFragment = { editable: boolean, unit: { code: string, name: string, level: AdminLevel }, cells: Array<{ key: string, month: number, value: number, note: string | null, version: number }> };

export type IndUnitsQueryVariables = Exact<{
  level?: AdminLevel | null | undefined;
  parentCode?: string | null | undefined;
  first: number;
}>;


export type IndUnitsQuery = { adminUnits: { nodes: Array<{ code: string, name: string, level: AdminLevel }> } };

export type IndMatrixQueryVariables = Exact<{
  parentCode: string;
  year: number;
}>;


export type IndMatrixQuery = { indicatorMatrix: { year: number, indicators: Array<{ id: number, key: string, name: string, nameEn: string, unit: IndicatorUnit, level: AdminLevel, rollUp: RollUp, weightKey: string | null, direction: IndicatorDirection, targetKind: IndicatorTargetKind | null, targetValue: number | null, targetValueMax: number | null, targetYear: number | null, baselineYear: number | null, derived: string | null, description: string, section: string | null, sortOrder: number }>, rows: Array<{ editable: boolean, unit: { code: string, name: string, level: AdminLevel }, cells: Array<{ key: string, month: number, value: number, note: string | null, version: number }> }> } };

export type IndSaveValuesMutationVariables = Exact<{
  rows: Array<IndicatorValueInput> | IndicatorValueInput;
}>;


export type IndSaveValuesMutation = { saveIndicatorValues: { changed: number, rows: Array<{ editable: boolean, unit: { code: string, name: string, level: AdminLevel }, cells: Array<{ key: string, month: number, value: number, note: string | null, version: number }> }> } };

export type IndProgressQueryVariables = Exact<{
  year: number;
  unitCode?: string | null | undefined;
}>;


export type IndProgressQuery = { indicatorProgress: Array<{ value: number | null, rolledUp: boolean, derived: boolean, unitsReporting: number, baseline: number | null, previous: number | null, required: number | null, met: boolean | null, gap: number | null, indicator: { id: number, key: string, name: string, nameEn: string, unit: IndicatorUnit, level: AdminLevel, rollUp: RollUp, weightKey: string | null, direction: IndicatorDirection, targetKind: IndicatorTargetKind | null, targetValue: number | null, targetValueMax: number | null, targetYear: number | null, baselineYear: number | null, derived: string | null, description: string, section: string | null, sortOrder: number } }> };

export type OcopProductRowFragment = { id: number, name: string, producer: string, category: string, stars: number, yearRated: number, isNew: boolean, flagship: boolean, version: number, unit: { code: string, name: string } };

export type OcopProductsQueryVariables = Exact<{
  filter?: OcopFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OcopProductsQuery = { ocopProducts: { nodes: Array<{ id: number, name: string, producer: string, category: string, stars: number, yearRated: number, isNew: boolean, flagship: boolean, version: number, unit: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OcopSaveMutationVariables = Exact<{
  rows: Array<OcopRowInput> | OcopRowInput;
}>;


export type OcopSaveMutation = { saveOcopProducts: { changed: number, products: Array<{ id: number, name: string, producer: string, category: string, stars: number, yearRated: number, isNew: boolean, flagship: boolean, version: number, unit: { code: string, name: string } }> } };

export type OcopSummaryOfQueryVariables = Exact<{
  year: number;
  unitCode?: string | null | undefined;
}>;


export type OcopSummaryOfQuery = { ocopSummary: { year: number, total: number, newProducts: number, upgraded: number, flagships: number, flagshipsFiveStar: number, byStars: Array<{ stars: number, count: number }> } };

export type GoodModelRowFragment = { id: number, name: string, field: ModelField, year: number, replicatedFromId: number | null, note: string | null, version: number, unit: { code: string, name: string } };

export type GoodModelsQueryVariables = Exact<{
  filter?: ModelFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type GoodModelsQuery = { models: { nodes: Array<{ id: number, name: string, field: ModelField, year: number, replicatedFromId: number | null, note: string | null, version: number, unit: { code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GoodModelsSaveMutationVariables = Exact<{
  rows: Array<ModelRowInput> | ModelRowInput;
}>;


export type GoodModelsSaveMutation = { saveModels: { changed: number, models: Array<{ id: number, name: string, field: ModelField, year: number, replicatedFromId: number | null, note: string | null, version: number, unit: { code: string, name: string } }> } };

export type ModelCoverageOfQueryVariables = Exact<{
  year: number;
}>;


export type ModelCoverageOfQuery = { modelCoverage: { year: number, communesUnder: Array<{ count: number, required: number, unit: { code: string, name: string } }>, districtsUnder: Array<{ count: number, required: number, unit: { code: string, name: string } }>, districtsWithoutTourism: Array<{ code: string, name: string }> } };

export type MoneyUnitFragment = { code: string, name: string, level: AdminLevel, editable: boolean };

export type MoneyUnitsQueryVariables = Exact<{
  level?: AdminLevel | null | undefined;
  parentCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MoneyUnitsQuery = { adminUnits: { nodes: Array<{ code: string, name: string, level: AdminLevel, editable: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MoneyUnitOneQueryVariables = Exact<{
  code: string;
}>;


export type MoneyUnitOneQuery = { adminUnit: { code: string, name: string, level: AdminLevel, editable: boolean } | null };

export type AllocationRowFragment = { id: number, year: number, source: FundingSource, capitalType: CapitalType | null, amount: string, note: string | null, version: number, unit: { code: string } };

export type MoneyAllocationsQueryVariables = Exact<{
  year?: number | null | undefined;
  unitCode?: string | null | undefined;
  projects?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MoneyAllocationsQuery = { allocations: { nodes: Array<{ id: number, year: number, source: FundingSource, capitalType: CapitalType | null, amount: string, note: string | null, version: number, unit: { code: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MoneySaveAllocationsMutationVariables = Exact<{
  rows: Array<AllocationRowInput> | AllocationRowInput;
}>;


export type MoneySaveAllocationsMutation = { saveAllocations: { changed: number, allocations: Array<{ id: number, year: number, source: FundingSource, capitalType: CapitalType | null, amount: string, note: string | null, version: number, unit: { code: string } }> } };

export type CheckpointFieldsFragment = { id: number, dueDate: string, minSharePermille: number, capitalYearFrom: number, capitalYearTo: number, note: string | null };

export type MoneyCheckpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyCheckpointsQuery = { checkpoints: Array<{ id: number, dueDate: string, minSharePermille: number, capitalYearFrom: number, capitalYearTo: number, note: string | null }> };

export type MoneyBudgetSummaryQueryVariables = Exact<{
  year?: number | null | undefined;
  unitCode?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MoneyBudgetSummaryQuery = { budgetSummary: { asOf: string, allocated: string, allocatedBelow: string, disbursed: string, rate: number | null, unit: { code: string, name: string }, bySource: Array<{ source: FundingSource, allocated: string, disbursed: string, rate: number | null }>, byChild: Array<{ allocated: string, disbursed: string, rate: number | null, unit: { code: string, name: string } }> } };

export type MoneyCheckpointStatusQueryVariables = Exact<{
  asOf: string;
  unitCode?: string | null | undefined;
}>;


export type MoneyCheckpointStatusQuery = { checkpointStatus: Array<{ state: CheckpointState, allocated: string, required: string, disbursed: string, shortBy: string, rate: number | null, checkpoint: { id: number, dueDate: string, minSharePermille: number, capitalYearFrom: number, capitalYearTo: number, note: string | null } }> };

export type ProjectRowFragment = { id: number, code: string, name: string, kind: ProjectKind, capitalAllocatedOn: string | null, contractorChosenOn: string | null, startedOn: string | null, completedOn: string | null, acceptedOn: string | null, settlementApprovedOn: string | null, stoppedOn: string | null, note: string | null, version: number, allocated: string, disbursed: string, rate: number | null, status: string, localDebt: boolean, treasuryRoom: string | null, unit: { code: string, name: string, editable: boolean }, checkpoints: Array<{ state: CheckpointState, required: string, disbursed: string, shortBy: string, checkpoint: { dueDate: string, minSharePermille: number } }> };

export type MoneyProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type MoneyProjectsQuery = { projects: { nodes: Array<{ id: number, code: string, name: string, kind: ProjectKind, capitalAllocatedOn: string | null, contractorChosenOn: string | null, startedOn: string | null, completedOn: string | null, acceptedOn: string | null, settlementApprovedOn: string | null, stoppedOn: string | null, note: string | null, version: number, allocated: string, disbursed: string, rate: number | null, status: string, localDebt: boolean, treasuryRoom: string | null, unit: { code: string, name: string, editable: boolean }, checkpoints: Array<{ state: CheckpointState, required: string, disbursed: string, shortBy: string, checkpoint: { dueDate: string, minSharePermille: number } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MoneyProjectQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type MoneyProjectQuery = { project: { id: number, code: string, name: string, kind: ProjectKind, capitalAllocatedOn: string | null, contractorChosenOn: string | null, startedOn: string | null, completedOn: string | null, acceptedOn: string | null, settlementApprovedOn: string | null, stoppedOn: string | null, note: string | null, version: number, allocated: string, disbursed: string, rate: number | null, status: string, localDebt: boolean, treasuryRoom: string | null, unit: { code: string, name: string, editable: boolean }, checkpoints: Array<{ state: CheckpointState, required: string, disbursed: string, shortBy: string, checkpoint: { dueDate: string, minSharePermille: number } }> } | null };

export type MoneySaveProjectsMutationVariables = Exact<{
  rows: Array<ProjectRowInput> | ProjectRowInput;
  asOf?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type MoneySaveProjectsMutation = { saveProjects: { changed: number, projects: Array<{ id: number, code: string, name: string, kind: ProjectKind, capitalAllocatedOn: string | null, contractorChosenOn: string | null, startedOn: string | null, completedOn: string | null, acceptedOn: string | null, settlementApprovedOn: string | null, stoppedOn: string | null, note: string | null, version: number, allocated: string, disbursed: string, rate: number | null, status: string, localDebt: boolean, treasuryRoom: string | null, unit: { code: string, name: string, editable: boolean }, checkpoints: Array<{ state: CheckpointState, required: string, disbursed: string, shortBy: string, checkpoint: { dueDate: string, minSharePermille: number } }> }> } };

export type DisbursementRowFragment = { id: number, source: FundingSource, capitalYear: number, date: string, amount: string, note: string | null, version: number };

export type MoneyDisbursementsQueryVariables = Exact<{
  projectCode: string;
}>;


export type MoneyDisbursementsQuery = { disbursements: Array<{ id: number, source: FundingSource, capitalYear: number, date: string, amount: string, note: string | null, version: number }> };

export type MoneySaveDisbursementsMutationVariables = Exact<{
  rows: Array<DisbursementRowInput> | DisbursementRowInput;
}>;


export type MoneySaveDisbursementsMutation = { saveDisbursements: { changed: number, disbursements: Array<{ id: number, source: FundingSource, capitalYear: number, date: string, amount: string, note: string | null, version: number }> } };

export type ReallocationRowFragment = { id: number, source: FundingSource, capitalYear: number, capitalType: CapitalType | null, amount: string, reason: string, status: ReallocationStatus, reportedOn: string | null, doneOn: string | null, version: number };

export type MoneyWatchQueryVariables = Exact<{
  year: number;
  asOf: string;
}>;


export type MoneyWatchQuery = { reallocations: Array<{ id: number, source: FundingSource, capitalYear: number, capitalType: CapitalType | null, amount: string, reason: string, status: ReallocationStatus, reportedOn: string | null, doneOn: string | null, version: number }>, reallocationCandidates: Array<{ amount: string, project: { code: string, name: string, unit: { code: string, name: string } } }>, localDebtProjects: Array<{ debtFrom: string, amount: string, project: { code: string, name: string, capitalAllocatedOn: string | null, unit: { code: string, name: string } } }>, supportShortfalls: Array<{ normKey: string, description: string, required: string, allocated: string, shortBy: string, unit: { code: string, name: string } }> };

export type MoneyReallocationsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type MoneyReallocationsQuery = { reallocations: Array<{ id: number, source: FundingSource, capitalYear: number, capitalType: CapitalType | null, amount: string, reason: string, status: ReallocationStatus, reportedOn: string | null, doneOn: string | null, version: number }> };

export type MoneySaveReallocationsMutationVariables = Exact<{
  rows: Array<ReallocationRowInput> | ReallocationRowInput;
}>;


export type MoneySaveReallocationsMutation = { saveReallocations: { changed: number, reallocations: Array<{ id: number, source: FundingSource, capitalYear: number, capitalType: CapitalType | null, amount: string, reason: string, status: ReallocationStatus, reportedOn: string | null, doneOn: string | null, version: number }> } };

export type PlanProgressQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PlanProgressQuery = { planProgress: { asOf: string, plan: { code: string, name: string, decision: string | null, goals: Array<{ key: string, threshold: number | null, thresholdMax: number | null, sharePercent: number | null, mountainousOnly: boolean }> }, goals: Array<{ key: string, kind: string, levels: Array<TargetLevel>, unitLevel: AdminLevel, description: string, section: string | null, goal: number, goalMax: number | null, denominator: number | null, unitsCounted: number, achieved: number, inPipeline: number, gap: number, met: boolean, byDistrict: Array<{ achieved: number, inPipeline: number, targets: number, unitsCounted: number, district: { code: string, name: string } }> }> }, districtsWithoutNtmCommune: Array<{ code: string, name: string }> };

export type DeadlineListQueryVariables = Exact<{
  asOf: string;
  within: number;
  unitCode?: string | null | undefined;
  all: boolean;
}>;


export type DeadlineListQuery = { deadlines: Array<{ step: DossierStep, dueDate: string, doneOn: string | null, state: DeadlineState, daysLeft: number, note: string | null, target: { id: number, level: TargetLevel, year: number, kind: TargetKind, unit: { code: string, name: string, level: AdminLevel, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } } }> };

export type MonthlyReportFieldsFragment = { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } };

export type ReportDistrictsQueryVariables = Exact<{
  first: number;
}>;


export type ReportDistrictsQuery = { adminUnits: { nodes: Array<{ code: string, name: string }> } };

export type ReportMonthlyQueryVariables = Exact<{
  unitCode: string;
  year: number;
  month: number;
  asOf: string;
}>;


export type ReportMonthlyQuery = { monthlyReport: { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, targets: Array<{ id: number, level: TargetLevel, year: number, kind: TargetKind, dossierStatus: DossierStatus, unit: { code: string, name: string } }>, budget: { allocated: string, disbursed: string, rate: number | null }, checkpoints: Array<{ state: CheckpointState, allocated: string, required: string, disbursed: string, shortBy: string, rate: number | null, checkpoint: { id: number, dueDate: string, minSharePermille: number } }>, indicators: Array<{ value: number | null, rolledUp: boolean, unitsReporting: number, required: number | null, met: boolean | null, indicator: { key: string, name: string, nameEn: string, unit: IndicatorUnit, targetKind: IndicatorTargetKind | null } }>, unit: { code: string, name: string } } };

export type ReportSaveMutationVariables = Exact<{
  unitCode: string;
  year: number;
  month: number;
  version: number;
  difficulties?: string | null | undefined;
  proposals?: string | null | undefined;
}>;


export type ReportSaveMutation = { saveMonthlyReport: { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReportSubmitMutationVariables = Exact<{
  unitCode: string;
  year: number;
  month: number;
  version: number;
}>;


export type ReportSubmitMutation = { submitMonthlyReport: { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReportApproveMutationVariables = Exact<{
  unitCode: string;
  year: number;
  month: number;
  version: number;
}>;


export type ReportApproveMutation = { approveMonthlyReport: { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReportReturnMutationVariables = Exact<{
  unitCode: string;
  year: number;
  month: number;
  version: number;
  note: string;
}>;


export type ReportReturnMutation = { returnMonthlyReport: { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReportReopenMutationVariables = Exact<{
  unitCode: string;
  year: number;
  month: number;
  version: number;
}>;


export type ReportReopenMutation = { reopenMonthlyReport: { year: number, month: number, asOf: string, status: SubmissionStatus, difficulties: string | null, proposals: string | null, note: string | null, submittedBy: string | null, submittedAt: string | null, decidedBy: string | null, decidedAt: string | null, version: number, canEdit: boolean, canSubmit: boolean, canDecide: boolean, unit: { code: string, name: string } } };

export type ReportWorkbookQueryVariables = Exact<{
  year: number;
  month: number;
}>;


export type ReportWorkbookQuery = { monthlyReportWorkbook: { fileName: string, content: string, districts: number } };

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

export type TargetRowFragment = { id: number, level: TargetLevel, year: number, kind: TargetKind, section: string | null, planName: string | null, note: string | null, satisfactionPercent: number | null, version: number, dossierStatus: DossierStatus, steps: Array<{ step: DossierStep, date: string, decision: string | null, note: string | null }>, unit: { code: string, name: string, level: AdminLevel, mountainous: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } };

export type TargetListQueryVariables = Exact<{
  level?: TargetLevel | null | undefined;
  year?: number | null | undefined;
  kind?: TargetKind | null | undefined;
  unitCode?: string | null | undefined;
  unitLevel: AdminLevel;
  first: number;
  after?: string | null | undefined;
}>;


export type TargetListQuery = { targets: { totalCount: number, nodes: Array<{ id: number, level: TargetLevel, year: number, kind: TargetKind, section: string | null, planName: string | null, note: string | null, satisfactionPercent: number | null, version: number, dossierStatus: DossierStatus, steps: Array<{ step: DossierStep, date: string, decision: string | null, note: string | null }>, unit: { code: string, name: string, level: AdminLevel, mountainous: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TargetCountsQueryVariables = Exact<{
  year?: number | null | undefined;
  unitCode?: string | null | undefined;
  unitLevel: AdminLevel;
}>;


export type TargetCountsQuery = { NTM: { totalCount: number }, ADVANCED: { totalCount: number }, MODEL: { totalCount: number }, MODEL_VILLAGE: { totalCount: number }, TASK_COMPLETED: { totalCount: number } };

export type DossierListQueryVariables = Exact<{
  status?: DossierStatus | null | undefined;
  asOf?: string | null | undefined;
  level?: TargetLevel | null | undefined;
  year?: number | null | undefined;
  unitCode?: string | null | undefined;
  unitLevel: AdminLevel;
  first: number;
  after?: string | null | undefined;
}>;


export type DossierListQuery = { dossiers: { totalCount: number, nodes: Array<{ id: number, level: TargetLevel, year: number, kind: TargetKind, section: string | null, planName: string | null, note: string | null, satisfactionPercent: number | null, version: number, dossierStatus: DossierStatus, steps: Array<{ step: DossierStep, date: string, decision: string | null, note: string | null }>, unit: { code: string, name: string, level: AdminLevel, mountainous: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SaveTargetsMutationVariables = Exact<{
  rows: Array<TargetRowInput> | TargetRowInput;
}>;


export type SaveTargetsMutation = { saveTargets: { created: number, updated: number, deleted: number, unchanged: number, targets: Array<{ id: number, level: TargetLevel, year: number, kind: TargetKind, section: string | null, planName: string | null, note: string | null, satisfactionPercent: number | null, version: number, dossierStatus: DossierStatus, steps: Array<{ step: DossierStep, date: string, decision: string | null, note: string | null }>, unit: { code: string, name: string, level: AdminLevel, mountainous: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } }> } };

export type SaveDossiersMutationVariables = Exact<{
  rows: Array<DossierRowInput> | DossierRowInput;
}>;


export type SaveDossiersMutation = { saveDossiers: Array<{ id: number, level: TargetLevel, year: number, kind: TargetKind, section: string | null, planName: string | null, note: string | null, satisfactionPercent: number | null, version: number, dossierStatus: DossierStatus, steps: Array<{ step: DossierStep, date: string, decision: string | null, note: string | null }>, unit: { code: string, name: string, level: AdminLevel, mountainous: boolean, ancestors: Array<{ code: string, name: string, level: AdminLevel }> } }> };

export type NtmPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type NtmPlanQuery = { plan: { code: string, name: string, decision: string | null, startYear: number, endYear: number, minSatisfactionPercent: number, goals: Array<{ key: string, kind: GoalKind, unitLevel: AdminLevel, levels: Array<TargetLevel>, threshold: number | null, thresholdMax: number | null, sharePercent: number | null, denominator: number | null, mountainousOnly: boolean, description: string, section: string | null }> } };

export type NtmUnitsQueryVariables = Exact<{
  level?: AdminLevel | null | undefined;
  parentCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type NtmUnitsQuery = { adminUnits: { nodes: Array<{ code: string, name: string, shortName: string, level: AdminLevel, mountainous: boolean, childCount: number, parent: { code: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModelVillageRecognitionsQueryVariables = Exact<{
  holdingOn?: string | null | undefined;
  unitCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ModelVillageRecognitionsQuery = { recognitions: { nodes: Array<{ id: number, unit: { code: string, ancestors: Array<{ code: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
export const CriterionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CriterionFields on Criterion {
  id
  code
  parentCode
  name
}
    `, {"fragmentName":"CriterionFields"}) as unknown as TypedDocumentString<CriterionFieldsFragment, unknown>;
export const CriteriaMatrixRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CriteriaMatrixRowFields on CriteriaMatrixRow {
  unit {
    code
    name
    shortName
  }
  cells {
    code
    met
    value
    note
    version
  }
  metCount
  editable
}
    `, {"fragmentName":"CriteriaMatrixRowFields"}) as unknown as TypedDocumentString<CriteriaMatrixRowFieldsFragment, unknown>;
export const HierarchyEffectFieldsFragmentDoc = new TypedDocumentString(`
    fragment HierarchyEffectFields on HierarchyEffect {
  action
  unitCode
  toCode
  entity
  count
  amount
}
    `, {"fragmentName":"HierarchyEffectFields"}) as unknown as TypedDocumentString<HierarchyEffectFieldsFragment, unknown>;
export const HierarchyChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment HierarchyChangeFields on HierarchyChange {
  id
  decision
  effectiveOn
  status
  appliedAt
  appliedBy
  revertedAt
  revertedBy
  version
  items {
    kind
    level
    code
    oldName
    name
    oldParentCode
    parentCode
    successorCode
  }
}
    `, {"fragmentName":"HierarchyChangeFields"}) as unknown as TypedDocumentString<HierarchyChangeFieldsFragment, unknown>;
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
  ancestors {
    code
    name
    level
  }
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
export const IndIndicatorFragmentDoc = new TypedDocumentString(`
    fragment IndIndicator on Indicator {
  id
  key
  name
  nameEn
  unit
  level
  rollUp
  weightKey
  direction
  targetKind
  targetValue
  targetValueMax
  targetYear
  baselineYear
  derived
  description
  section
  sortOrder
}
    `, {"fragmentName":"IndIndicator"}) as unknown as TypedDocumentString<IndIndicatorFragment, unknown>;
export const IndMatrixRowFragmentDoc = new TypedDocumentString(`
    fragment IndMatrixRow on IndicatorMatrixRow {
  unit {
    code
    name
    level
  }
  editable
  cells {
    key
    month
    value
    note
    version
  }
}
    `, {"fragmentName":"IndMatrixRow"}) as unknown as TypedDocumentString<IndMatrixRowFragment, unknown>;
export const OcopProductRowFragmentDoc = new TypedDocumentString(`
    fragment OcopProductRow on OcopProduct {
  id
  name
  producer
  category
  stars
  yearRated
  isNew
  flagship
  version
  unit {
    code
    name
  }
}
    `, {"fragmentName":"OcopProductRow"}) as unknown as TypedDocumentString<OcopProductRowFragment, unknown>;
export const GoodModelRowFragmentDoc = new TypedDocumentString(`
    fragment GoodModelRow on GoodModel {
  id
  name
  field
  year
  replicatedFromId
  note
  version
  unit {
    code
    name
  }
}
    `, {"fragmentName":"GoodModelRow"}) as unknown as TypedDocumentString<GoodModelRowFragment, unknown>;
export const MoneyUnitFragmentDoc = new TypedDocumentString(`
    fragment MoneyUnit on AdminUnit {
  code
  name
  level
  editable
}
    `, {"fragmentName":"MoneyUnit"}) as unknown as TypedDocumentString<MoneyUnitFragment, unknown>;
export const AllocationRowFragmentDoc = new TypedDocumentString(`
    fragment AllocationRow on Allocation {
  id
  year
  source
  capitalType
  amount
  note
  version
  unit {
    code
  }
}
    `, {"fragmentName":"AllocationRow"}) as unknown as TypedDocumentString<AllocationRowFragment, unknown>;
export const CheckpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment CheckpointFields on Checkpoint {
  id
  dueDate
  minSharePermille
  capitalYearFrom
  capitalYearTo
  note
}
    `, {"fragmentName":"CheckpointFields"}) as unknown as TypedDocumentString<CheckpointFieldsFragment, unknown>;
export const ProjectRowFragmentDoc = new TypedDocumentString(`
    fragment ProjectRow on Project {
  id
  code
  name
  kind
  unit {
    code
    name
    editable
  }
  capitalAllocatedOn
  contractorChosenOn
  startedOn
  completedOn
  acceptedOn
  settlementApprovedOn
  stoppedOn
  note
  version
  allocated(year: $year)
  disbursed(asOf: $asOf, year: $year)
  rate(asOf: $asOf, year: $year)
  status
  checkpoints(asOf: $asOf) {
    checkpoint {
      dueDate
      minSharePermille
    }
    state
    required
    disbursed
    shortBy
  }
  localDebt(asOf: $asOf)
  treasuryRoom
}
    `, {"fragmentName":"ProjectRow"}) as unknown as TypedDocumentString<ProjectRowFragment, unknown>;
export const DisbursementRowFragmentDoc = new TypedDocumentString(`
    fragment DisbursementRow on Disbursement {
  id
  source
  capitalYear
  date
  amount
  note
  version
}
    `, {"fragmentName":"DisbursementRow"}) as unknown as TypedDocumentString<DisbursementRowFragment, unknown>;
export const ReallocationRowFragmentDoc = new TypedDocumentString(`
    fragment ReallocationRow on Reallocation {
  id
  source
  capitalYear
  capitalType
  amount
  reason
  status
  reportedOn
  doneOn
  version
}
    `, {"fragmentName":"ReallocationRow"}) as unknown as TypedDocumentString<ReallocationRowFragment, unknown>;
export const MonthlyReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}
    `, {"fragmentName":"MonthlyReportFields"}) as unknown as TypedDocumentString<MonthlyReportFieldsFragment, unknown>;
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
export const TargetRowFragmentDoc = new TypedDocumentString(`
    fragment TargetRow on Target {
  id
  level
  year
  kind
  section
  planName
  note
  satisfactionPercent
  version
  dossierStatus
  steps {
    step
    date
    decision
    note
  }
  unit {
    code
    name
    level
    mountainous
    ancestors {
      code
      name
      level
    }
  }
}
    `, {"fragmentName":"TargetRow"}) as unknown as TypedDocumentString<TargetRowFragment, unknown>;
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
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CriteriaDistrictsDocument = new TypedDocumentString(`
    query CriteriaDistricts($first: Int) {
  adminUnits(level: DISTRICT, first: $first) {
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CriteriaDistrictsQuery, CriteriaDistrictsQueryVariables>;
export const CriteriaMatrixDocument = new TypedDocumentString(`
    query CriteriaMatrix($parentCode: String!, $year: Int!, $setKey: String) {
  criteriaMatrix(parentCode: $parentCode, year: $year, setKey: $setKey) {
    set {
      key
      name
      decision
    }
    year
    criteria {
      ...CriterionFields
    }
    rows {
      ...CriteriaMatrixRowFields
    }
  }
}
    fragment CriterionFields on Criterion {
  id
  code
  parentCode
  name
}
fragment CriteriaMatrixRowFields on CriteriaMatrixRow {
  unit {
    code
    name
    shortName
  }
  cells {
    code
    met
    value
    note
    version
  }
  metCount
  editable
}`) as unknown as TypedDocumentString<CriteriaMatrixQuery, CriteriaMatrixQueryVariables>;
export const SaveEvaluationsDocument = new TypedDocumentString(`
    mutation SaveEvaluations($rows: [EvaluationRowInput!]!) {
  saveEvaluations(rows: $rows) {
    rows {
      ...CriteriaMatrixRowFields
    }
    created
    updated
    deleted
    unchanged
    changed
  }
}
    fragment CriteriaMatrixRowFields on CriteriaMatrixRow {
  unit {
    code
    name
    shortName
  }
  cells {
    code
    met
    value
    note
    version
  }
  metCount
  editable
}`) as unknown as TypedDocumentString<SaveEvaluationsMutation, SaveEvaluationsMutationVariables>;
export const CommuneScorecardDocument = new TypedDocumentString(`
    query CommuneScorecard($code: String!, $year: Int!) {
  communeScorecard(code: $code, year: $year) {
    unit {
      code
      name
    }
    year
    set {
      key
      name
    }
    criteriaCount
    metCount
    met
    missing {
      code
      name
    }
    qualifiesFor
    recognisedLevel
    targets {
      id
      level
      year
      kind
      dossierStatus
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneScorecardQuery, CommuneScorecardQueryVariables>;
export const CatalogueDiffDocument = new TypedDocumentString(`
    query CatalogueDiff($catalogue: String!) {
  catalogueDiff(catalogue: $catalogue) {
    date
    provinces
    districts
    communes
    needsSuccessor
    changes {
      kind
      level
      code
      oldName
      name
      type
      oldParentCode
      parentCode
      successorCode
      reason
      candidates
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueDiffQuery, CatalogueDiffQueryVariables>;
export const UnitNamesDocument = new TypedDocumentString(`
    query UnitNames($level: AdminLevel!, $first: Int!) {
  adminUnits(level: $level, first: $first) {
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UnitNamesQuery, UnitNamesQueryVariables>;
export const PreviewHierarchyChangeDocument = new TypedDocumentString(`
    query PreviewHierarchyChange($input: HierarchyChangeInput!) {
  previewHierarchyChange(input: $input) {
    ...HierarchyEffectFields
  }
}
    fragment HierarchyEffectFields on HierarchyEffect {
  action
  unitCode
  toCode
  entity
  count
  amount
}`) as unknown as TypedDocumentString<PreviewHierarchyChangeQuery, PreviewHierarchyChangeQueryVariables>;
export const ApplyHierarchyChangeDocument = new TypedDocumentString(`
    mutation ApplyHierarchyChange($input: HierarchyChangeInput!) {
  applyHierarchyChange(input: $input) {
    changed
    change {
      ...HierarchyChangeFields
    }
    effects {
      ...HierarchyEffectFields
    }
  }
}
    fragment HierarchyEffectFields on HierarchyEffect {
  action
  unitCode
  toCode
  entity
  count
  amount
}
fragment HierarchyChangeFields on HierarchyChange {
  id
  decision
  effectiveOn
  status
  appliedAt
  appliedBy
  revertedAt
  revertedBy
  version
  items {
    kind
    level
    code
    oldName
    name
    oldParentCode
    parentCode
    successorCode
  }
}`) as unknown as TypedDocumentString<ApplyHierarchyChangeMutation, ApplyHierarchyChangeMutationVariables>;
export const RevertHierarchyChangeDocument = new TypedDocumentString(`
    mutation RevertHierarchyChange($id: ID!, $version: Int!) {
  revertHierarchyChange(id: $id, version: $version) {
    ...HierarchyChangeFields
  }
}
    fragment HierarchyChangeFields on HierarchyChange {
  id
  decision
  effectiveOn
  status
  appliedAt
  appliedBy
  revertedAt
  revertedBy
  version
  items {
    kind
    level
    code
    oldName
    name
    oldParentCode
    parentCode
    successorCode
  }
}`) as unknown as TypedDocumentString<RevertHierarchyChangeMutation, RevertHierarchyChangeMutationVariables>;
export const HierarchyChangesDocument = new TypedDocumentString(`
    query HierarchyChanges($first: Int!) {
  hierarchyChanges(first: $first) {
    ...HierarchyChangeFields
  }
}
    fragment HierarchyChangeFields on HierarchyChange {
  id
  decision
  effectiveOn
  status
  appliedAt
  appliedBy
  revertedAt
  revertedBy
  version
  items {
    kind
    level
    code
    oldName
    name
    oldParentCode
    parentCode
    successorCode
  }
}`) as unknown as TypedDocumentString<HierarchyChangesQuery, HierarchyChangesQueryVariables>;
export const UnitHistoryDocument = new TypedDocumentString(`
    query UnitHistory($code: String!) {
  unitHistory(code: $code) {
    unit {
      code
      name
      level
      validFrom
      validTo
    }
    states {
      validFrom
      validTo
      name
      type
      parent {
        code
        name
      }
    }
    predecessors {
      on
      unit {
        code
        name
      }
    }
    successor {
      on
      unit {
        code
        name
      }
    }
    changes {
      change {
        id
        decision
        effectiveOn
        status
      }
      item {
        kind
        code
        oldName
        name
        successorCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitHistoryQuery, UnitHistoryQueryVariables>;
export const HierarchyUnitsDocument = new TypedDocumentString(`
    query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String, $withCount: Boolean!) {
  adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
    totalCount @include(if: $withCount)
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
  ancestors {
    code
    name
    level
  }
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
  ancestors {
    code
    name
    level
  }
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
  ancestors {
    code
    name
    level
  }
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
  ancestors {
    code
    name
    level
  }
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
export const IndUnitsDocument = new TypedDocumentString(`
    query IndUnits($level: AdminLevel, $parentCode: String, $first: Int!) {
  adminUnits(level: $level, parentCode: $parentCode, first: $first) {
    nodes {
      code
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<IndUnitsQuery, IndUnitsQueryVariables>;
export const IndMatrixDocument = new TypedDocumentString(`
    query IndMatrix($parentCode: String!, $year: Int!) {
  indicatorMatrix(parentCode: $parentCode, year: $year) {
    year
    indicators {
      ...IndIndicator
    }
    rows {
      ...IndMatrixRow
    }
  }
}
    fragment IndIndicator on Indicator {
  id
  key
  name
  nameEn
  unit
  level
  rollUp
  weightKey
  direction
  targetKind
  targetValue
  targetValueMax
  targetYear
  baselineYear
  derived
  description
  section
  sortOrder
}
fragment IndMatrixRow on IndicatorMatrixRow {
  unit {
    code
    name
    level
  }
  editable
  cells {
    key
    month
    value
    note
    version
  }
}`) as unknown as TypedDocumentString<IndMatrixQuery, IndMatrixQueryVariables>;
export const IndSaveValuesDocument = new TypedDocumentString(`
    mutation IndSaveValues($rows: [IndicatorValueInput!]!) {
  saveIndicatorValues(rows: $rows) {
    changed
    rows {
      ...IndMatrixRow
    }
  }
}
    fragment IndMatrixRow on IndicatorMatrixRow {
  unit {
    code
    name
    level
  }
  editable
  cells {
    key
    month
    value
    note
    version
  }
}`) as unknown as TypedDocumentString<IndSaveValuesMutation, IndSaveValuesMutationVariables>;
export const IndProgressDocument = new TypedDocumentString(`
    query IndProgress($year: Int!, $unitCode: String) {
  indicatorProgress(year: $year, unitCode: $unitCode) {
    indicator {
      ...IndIndicator
    }
    value
    rolledUp
    derived
    unitsReporting
    baseline
    previous
    required
    met
    gap
  }
}
    fragment IndIndicator on Indicator {
  id
  key
  name
  nameEn
  unit
  level
  rollUp
  weightKey
  direction
  targetKind
  targetValue
  targetValueMax
  targetYear
  baselineYear
  derived
  description
  section
  sortOrder
}`) as unknown as TypedDocumentString<IndProgressQuery, IndProgressQueryVariables>;
export const OcopProductsDocument = new TypedDocumentString(`
    query OcopProducts($filter: OcopFilter, $first: Int!, $after: String) {
  ocopProducts(filter: $filter, first: $first, after: $after) {
    nodes {
      ...OcopProductRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OcopProductRow on OcopProduct {
  id
  name
  producer
  category
  stars
  yearRated
  isNew
  flagship
  version
  unit {
    code
    name
  }
}`) as unknown as TypedDocumentString<OcopProductsQuery, OcopProductsQueryVariables>;
export const OcopSaveDocument = new TypedDocumentString(`
    mutation OcopSave($rows: [OcopRowInput!]!) {
  saveOcopProducts(rows: $rows) {
    changed
    products {
      ...OcopProductRow
    }
  }
}
    fragment OcopProductRow on OcopProduct {
  id
  name
  producer
  category
  stars
  yearRated
  isNew
  flagship
  version
  unit {
    code
    name
  }
}`) as unknown as TypedDocumentString<OcopSaveMutation, OcopSaveMutationVariables>;
export const OcopSummaryOfDocument = new TypedDocumentString(`
    query OcopSummaryOf($year: Int!, $unitCode: String) {
  ocopSummary(year: $year, unitCode: $unitCode) {
    year
    total
    byStars {
      stars
      count
    }
    newProducts
    upgraded
    flagships
    flagshipsFiveStar
  }
}
    `) as unknown as TypedDocumentString<OcopSummaryOfQuery, OcopSummaryOfQueryVariables>;
export const GoodModelsDocument = new TypedDocumentString(`
    query GoodModels($filter: ModelFilter, $first: Int!, $after: String) {
  models(filter: $filter, first: $first, after: $after) {
    nodes {
      ...GoodModelRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment GoodModelRow on GoodModel {
  id
  name
  field
  year
  replicatedFromId
  note
  version
  unit {
    code
    name
  }
}`) as unknown as TypedDocumentString<GoodModelsQuery, GoodModelsQueryVariables>;
export const GoodModelsSaveDocument = new TypedDocumentString(`
    mutation GoodModelsSave($rows: [ModelRowInput!]!) {
  saveModels(rows: $rows) {
    changed
    models {
      ...GoodModelRow
    }
  }
}
    fragment GoodModelRow on GoodModel {
  id
  name
  field
  year
  replicatedFromId
  note
  version
  unit {
    code
    name
  }
}`) as unknown as TypedDocumentString<GoodModelsSaveMutation, GoodModelsSaveMutationVariables>;
export const ModelCoverageOfDocument = new TypedDocumentString(`
    query ModelCoverageOf($year: Int!) {
  modelCoverage(year: $year) {
    year
    communesUnder {
      unit {
        code
        name
      }
      count
      required
    }
    districtsUnder {
      unit {
        code
        name
      }
      count
      required
    }
    districtsWithoutTourism {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ModelCoverageOfQuery, ModelCoverageOfQueryVariables>;
export const MoneyUnitsDocument = new TypedDocumentString(`
    query MoneyUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {
  adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
    nodes {
      ...MoneyUnit
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MoneyUnit on AdminUnit {
  code
  name
  level
  editable
}`) as unknown as TypedDocumentString<MoneyUnitsQuery, MoneyUnitsQueryVariables>;
export const MoneyUnitOneDocument = new TypedDocumentString(`
    query MoneyUnitOne($code: String!) {
  adminUnit(code: $code) {
    ...MoneyUnit
  }
}
    fragment MoneyUnit on AdminUnit {
  code
  name
  level
  editable
}`) as unknown as TypedDocumentString<MoneyUnitOneQuery, MoneyUnitOneQueryVariables>;
export const MoneyAllocationsDocument = new TypedDocumentString(`
    query MoneyAllocations($year: Int, $unitCode: String, $projects: Boolean, $first: Int!, $after: String) {
  allocations(
    year: $year
    unitCode: $unitCode
    projects: $projects
    first: $first
    after: $after
  ) {
    nodes {
      ...AllocationRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AllocationRow on Allocation {
  id
  year
  source
  capitalType
  amount
  note
  version
  unit {
    code
  }
}`) as unknown as TypedDocumentString<MoneyAllocationsQuery, MoneyAllocationsQueryVariables>;
export const MoneySaveAllocationsDocument = new TypedDocumentString(`
    mutation MoneySaveAllocations($rows: [AllocationRowInput!]!) {
  saveAllocations(rows: $rows) {
    changed
    allocations {
      ...AllocationRow
    }
  }
}
    fragment AllocationRow on Allocation {
  id
  year
  source
  capitalType
  amount
  note
  version
  unit {
    code
  }
}`) as unknown as TypedDocumentString<MoneySaveAllocationsMutation, MoneySaveAllocationsMutationVariables>;
export const MoneyCheckpointsDocument = new TypedDocumentString(`
    query MoneyCheckpoints {
  checkpoints {
    ...CheckpointFields
  }
}
    fragment CheckpointFields on Checkpoint {
  id
  dueDate
  minSharePermille
  capitalYearFrom
  capitalYearTo
  note
}`) as unknown as TypedDocumentString<MoneyCheckpointsQuery, MoneyCheckpointsQueryVariables>;
export const MoneyBudgetSummaryDocument = new TypedDocumentString(`
    query MoneyBudgetSummary($year: Int, $unitCode: String, $asOf: Date) {
  budgetSummary(year: $year, unitCode: $unitCode, asOf: $asOf) {
    asOf
    allocated
    allocatedBelow
    disbursed
    rate
    unit {
      code
      name
    }
    bySource {
      source
      allocated
      disbursed
      rate
    }
    byChild {
      unit {
        code
        name
      }
      allocated
      disbursed
      rate
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyBudgetSummaryQuery, MoneyBudgetSummaryQueryVariables>;
export const MoneyCheckpointStatusDocument = new TypedDocumentString(`
    query MoneyCheckpointStatus($asOf: Date!, $unitCode: String) {
  checkpointStatus(asOf: $asOf, unitCode: $unitCode) {
    checkpoint {
      ...CheckpointFields
    }
    state
    allocated
    required
    disbursed
    shortBy
    rate
  }
}
    fragment CheckpointFields on Checkpoint {
  id
  dueDate
  minSharePermille
  capitalYearFrom
  capitalYearTo
  note
}`) as unknown as TypedDocumentString<MoneyCheckpointStatusQuery, MoneyCheckpointStatusQueryVariables>;
export const MoneyProjectsDocument = new TypedDocumentString(`
    query MoneyProjects($filter: ProjectFilter, $first: Int!, $after: String, $asOf: Date, $year: Int) {
  projects(filter: $filter, first: $first, after: $after) {
    nodes {
      ...ProjectRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ProjectRow on Project {
  id
  code
  name
  kind
  unit {
    code
    name
    editable
  }
  capitalAllocatedOn
  contractorChosenOn
  startedOn
  completedOn
  acceptedOn
  settlementApprovedOn
  stoppedOn
  note
  version
  allocated(year: $year)
  disbursed(asOf: $asOf, year: $year)
  rate(asOf: $asOf, year: $year)
  status
  checkpoints(asOf: $asOf) {
    checkpoint {
      dueDate
      minSharePermille
    }
    state
    required
    disbursed
    shortBy
  }
  localDebt(asOf: $asOf)
  treasuryRoom
}`) as unknown as TypedDocumentString<MoneyProjectsQuery, MoneyProjectsQueryVariables>;
export const MoneyProjectDocument = new TypedDocumentString(`
    query MoneyProject($code: String!, $asOf: Date, $year: Int) {
  project(code: $code) {
    ...ProjectRow
  }
}
    fragment ProjectRow on Project {
  id
  code
  name
  kind
  unit {
    code
    name
    editable
  }
  capitalAllocatedOn
  contractorChosenOn
  startedOn
  completedOn
  acceptedOn
  settlementApprovedOn
  stoppedOn
  note
  version
  allocated(year: $year)
  disbursed(asOf: $asOf, year: $year)
  rate(asOf: $asOf, year: $year)
  status
  checkpoints(asOf: $asOf) {
    checkpoint {
      dueDate
      minSharePermille
    }
    state
    required
    disbursed
    shortBy
  }
  localDebt(asOf: $asOf)
  treasuryRoom
}`) as unknown as TypedDocumentString<MoneyProjectQuery, MoneyProjectQueryVariables>;
export const MoneySaveProjectsDocument = new TypedDocumentString(`
    mutation MoneySaveProjects($rows: [ProjectRowInput!]!, $asOf: Date, $year: Int) {
  saveProjects(rows: $rows) {
    changed
    projects {
      ...ProjectRow
    }
  }
}
    fragment ProjectRow on Project {
  id
  code
  name
  kind
  unit {
    code
    name
    editable
  }
  capitalAllocatedOn
  contractorChosenOn
  startedOn
  completedOn
  acceptedOn
  settlementApprovedOn
  stoppedOn
  note
  version
  allocated(year: $year)
  disbursed(asOf: $asOf, year: $year)
  rate(asOf: $asOf, year: $year)
  status
  checkpoints(asOf: $asOf) {
    checkpoint {
      dueDate
      minSharePermille
    }
    state
    required
    disbursed
    shortBy
  }
  localDebt(asOf: $asOf)
  treasuryRoom
}`) as unknown as TypedDocumentString<MoneySaveProjectsMutation, MoneySaveProjectsMutationVariables>;
export const MoneyDisbursementsDocument = new TypedDocumentString(`
    query MoneyDisbursements($projectCode: String!) {
  disbursements(projectCode: $projectCode) {
    ...DisbursementRow
  }
}
    fragment DisbursementRow on Disbursement {
  id
  source
  capitalYear
  date
  amount
  note
  version
}`) as unknown as TypedDocumentString<MoneyDisbursementsQuery, MoneyDisbursementsQueryVariables>;
export const MoneySaveDisbursementsDocument = new TypedDocumentString(`
    mutation MoneySaveDisbursements($rows: [DisbursementRowInput!]!) {
  saveDisbursements(rows: $rows) {
    changed
    disbursements {
      ...DisbursementRow
    }
  }
}
    fragment DisbursementRow on Disbursement {
  id
  source
  capitalYear
  date
  amount
  note
  version
}`) as unknown as TypedDocumentString<MoneySaveDisbursementsMutation, MoneySaveDisbursementsMutationVariables>;
export const MoneyWatchDocument = new TypedDocumentString(`
    query MoneyWatch($year: Int!, $asOf: Date!) {
  reallocations(year: $year) {
    ...ReallocationRow
  }
  reallocationCandidates(year: $year) {
    project {
      code
      name
      unit {
        code
        name
      }
    }
    amount
  }
  localDebtProjects(asOf: $asOf) {
    project {
      code
      name
      capitalAllocatedOn
      unit {
        code
        name
      }
    }
    debtFrom
    amount
  }
  supportShortfalls(year: $year) {
    normKey
    description
    unit {
      code
      name
    }
    required
    allocated
    shortBy
  }
}
    fragment ReallocationRow on Reallocation {
  id
  source
  capitalYear
  capitalType
  amount
  reason
  status
  reportedOn
  doneOn
  version
}`) as unknown as TypedDocumentString<MoneyWatchQuery, MoneyWatchQueryVariables>;
export const MoneyReallocationsDocument = new TypedDocumentString(`
    query MoneyReallocations($year: Int) {
  reallocations(year: $year) {
    ...ReallocationRow
  }
}
    fragment ReallocationRow on Reallocation {
  id
  source
  capitalYear
  capitalType
  amount
  reason
  status
  reportedOn
  doneOn
  version
}`) as unknown as TypedDocumentString<MoneyReallocationsQuery, MoneyReallocationsQueryVariables>;
export const MoneySaveReallocationsDocument = new TypedDocumentString(`
    mutation MoneySaveReallocations($rows: [ReallocationRowInput!]!) {
  saveReallocations(rows: $rows) {
    changed
    reallocations {
      ...ReallocationRow
    }
  }
}
    fragment ReallocationRow on Reallocation {
  id
  source
  capitalYear
  capitalType
  amount
  reason
  status
  reportedOn
  doneOn
  version
}`) as unknown as TypedDocumentString<MoneySaveReallocationsMutation, MoneySaveReallocationsMutationVariables>;
export const PlanProgressDocument = new TypedDocumentString(`
    query PlanProgress($asOf: Date) {
  planProgress(asOf: $asOf) {
    asOf
    plan {
      code
      name
      decision
      goals {
        key
        threshold
        thresholdMax
        sharePercent
        mountainousOnly
      }
    }
    goals {
      key
      kind
      levels
      unitLevel
      description
      section
      goal
      goalMax
      denominator
      unitsCounted
      achieved
      inPipeline
      gap
      met
      byDistrict {
        district {
          code
          name
        }
        achieved
        inPipeline
        targets
        unitsCounted
      }
    }
  }
  districtsWithoutNtmCommune(asOf: $asOf) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PlanProgressQuery, PlanProgressQueryVariables>;
export const DeadlineListDocument = new TypedDocumentString(`
    query DeadlineList($asOf: Date!, $within: Int!, $unitCode: String, $all: Boolean!) {
  deadlines(asOf: $asOf, within: $within, unitCode: $unitCode, all: $all) {
    step
    dueDate
    doneOn
    state
    daysLeft
    note
    target {
      id
      level
      year
      kind
      unit {
        code
        name
        level
        ancestors {
          code
          name
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeadlineListQuery, DeadlineListQueryVariables>;
export const ReportDistrictsDocument = new TypedDocumentString(`
    query ReportDistricts($first: Int!) {
  adminUnits(level: DISTRICT, first: $first) {
    nodes {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDistrictsQuery, ReportDistrictsQueryVariables>;
export const ReportMonthlyDocument = new TypedDocumentString(`
    query ReportMonthly($unitCode: String!, $year: Int!, $month: Int!, $asOf: Date!) {
  monthlyReport(unitCode: $unitCode, year: $year, month: $month) {
    ...MonthlyReportFields
    targets {
      id
      level
      year
      kind
      dossierStatus(asOf: $asOf)
      unit {
        code
        name
      }
    }
    budget {
      allocated
      disbursed
      rate
    }
    checkpoints {
      checkpoint {
        id
        dueDate
        minSharePermille
      }
      state
      allocated
      required
      disbursed
      shortBy
      rate
    }
    indicators {
      indicator {
        key
        name
        nameEn
        unit
        targetKind
      }
      value
      rolledUp
      unitsReporting
      required
      met
    }
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReportMonthlyQuery, ReportMonthlyQueryVariables>;
export const ReportSaveDocument = new TypedDocumentString(`
    mutation ReportSave($unitCode: String!, $year: Int!, $month: Int!, $version: Int!, $difficulties: String, $proposals: String) {
  saveMonthlyReport(
    unitCode: $unitCode
    year: $year
    month: $month
    version: $version
    difficulties: $difficulties
    proposals: $proposals
  ) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReportSaveMutation, ReportSaveMutationVariables>;
export const ReportSubmitDocument = new TypedDocumentString(`
    mutation ReportSubmit($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {
  submitMonthlyReport(
    unitCode: $unitCode
    year: $year
    month: $month
    version: $version
  ) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReportSubmitMutation, ReportSubmitMutationVariables>;
export const ReportApproveDocument = new TypedDocumentString(`
    mutation ReportApprove($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {
  approveMonthlyReport(
    unitCode: $unitCode
    year: $year
    month: $month
    version: $version
  ) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReportApproveMutation, ReportApproveMutationVariables>;
export const ReportReturnDocument = new TypedDocumentString(`
    mutation ReportReturn($unitCode: String!, $year: Int!, $month: Int!, $version: Int!, $note: String!) {
  returnMonthlyReport(
    unitCode: $unitCode
    year: $year
    month: $month
    version: $version
    note: $note
  ) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReportReturnMutation, ReportReturnMutationVariables>;
export const ReportReopenDocument = new TypedDocumentString(`
    mutation ReportReopen($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {
  reopenMonthlyReport(
    unitCode: $unitCode
    year: $year
    month: $month
    version: $version
  ) {
    ...MonthlyReportFields
  }
}
    fragment MonthlyReportFields on MonthlyReport {
  unit {
    code
    name
  }
  year
  month
  asOf
  status
  difficulties
  proposals
  note
  submittedBy
  submittedAt
  decidedBy
  decidedAt
  version
  canEdit
  canSubmit
  canDecide
}`) as unknown as TypedDocumentString<ReportReopenMutation, ReportReopenMutationVariables>;
export const ReportWorkbookDocument = new TypedDocumentString(`
    query ReportWorkbook($year: Int!, $month: Int!) {
  monthlyReportWorkbook(year: $year, month: $month) {
    fileName
    content
    districts
  }
}
    `) as unknown as TypedDocumentString<ReportWorkbookQuery, ReportWorkbookQueryVariables>;
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
export const TargetListDocument = new TypedDocumentString(`
    query TargetList($level: TargetLevel, $year: Int, $kind: TargetKind, $unitCode: String, $unitLevel: AdminLevel!, $first: Int!, $after: String) {
  targets(
    level: $level
    year: $year
    kind: $kind
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...TargetRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TargetRow on Target {
  id
  level
  year
  kind
  section
  planName
  note
  satisfactionPercent
  version
  dossierStatus
  steps {
    step
    date
    decision
    note
  }
  unit {
    code
    name
    level
    mountainous
    ancestors {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<TargetListQuery, TargetListQueryVariables>;
export const TargetCountsDocument = new TypedDocumentString(`
    query TargetCounts($year: Int, $unitCode: String, $unitLevel: AdminLevel!) {
  NTM: targets(
    level: NTM
    year: $year
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: 1
  ) {
    totalCount
  }
  ADVANCED: targets(
    level: ADVANCED
    year: $year
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: 1
  ) {
    totalCount
  }
  MODEL: targets(
    level: MODEL
    year: $year
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: 1
  ) {
    totalCount
  }
  MODEL_VILLAGE: targets(
    level: MODEL_VILLAGE
    year: $year
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: 1
  ) {
    totalCount
  }
  TASK_COMPLETED: targets(
    level: TASK_COMPLETED
    year: $year
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: 1
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TargetCountsQuery, TargetCountsQueryVariables>;
export const DossierListDocument = new TypedDocumentString(`
    query DossierList($status: DossierStatus, $asOf: Date, $level: TargetLevel, $year: Int, $unitCode: String, $unitLevel: AdminLevel!, $first: Int!, $after: String) {
  dossiers(
    status: $status
    asOf: $asOf
    level: $level
    year: $year
    unitCode: $unitCode
    unitLevel: $unitLevel
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...TargetRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TargetRow on Target {
  id
  level
  year
  kind
  section
  planName
  note
  satisfactionPercent
  version
  dossierStatus
  steps {
    step
    date
    decision
    note
  }
  unit {
    code
    name
    level
    mountainous
    ancestors {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<DossierListQuery, DossierListQueryVariables>;
export const SaveTargetsDocument = new TypedDocumentString(`
    mutation SaveTargets($rows: [TargetRowInput!]!) {
  saveTargets(rows: $rows) {
    created
    updated
    deleted
    unchanged
    targets {
      ...TargetRow
    }
  }
}
    fragment TargetRow on Target {
  id
  level
  year
  kind
  section
  planName
  note
  satisfactionPercent
  version
  dossierStatus
  steps {
    step
    date
    decision
    note
  }
  unit {
    code
    name
    level
    mountainous
    ancestors {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<SaveTargetsMutation, SaveTargetsMutationVariables>;
export const SaveDossiersDocument = new TypedDocumentString(`
    mutation SaveDossiers($rows: [DossierRowInput!]!) {
  saveDossiers(rows: $rows) {
    ...TargetRow
  }
}
    fragment TargetRow on Target {
  id
  level
  year
  kind
  section
  planName
  note
  satisfactionPercent
  version
  dossierStatus
  steps {
    step
    date
    decision
    note
  }
  unit {
    code
    name
    level
    mountainous
    ancestors {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<SaveDossiersMutation, SaveDossiersMutationVariables>;
export const NtmPlanDocument = new TypedDocumentString(`
    query NtmPlan {
  plan {
    code
    name
    decision
    startYear
    endYear
    minSatisfactionPercent
    goals {
      key
      kind
      unitLevel
      levels
      threshold
      thresholdMax
      sharePercent
      denominator
      mountainousOnly
      description
      section
    }
  }
}
    `) as unknown as TypedDocumentString<NtmPlanQuery, NtmPlanQueryVariables>;
export const NtmUnitsDocument = new TypedDocumentString(`
    query NtmUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {
  adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {
    nodes {
      code
      name
      shortName
      level
      mountainous
      childCount
      parent {
        code
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NtmUnitsQuery, NtmUnitsQueryVariables>;
export const ModelVillageRecognitionsDocument = new TypedDocumentString(`
    query ModelVillageRecognitions($holdingOn: Date, $unitCode: String, $first: Int!, $after: String) {
  recognitions(
    level: MODEL_VILLAGE
    holdingOn: $holdingOn
    unitCode: $unitCode
    first: $first
    after: $after
  ) {
    nodes {
      id
      unit {
        code
        ancestors {
          code
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModelVillageRecognitionsQuery, ModelVillageRecognitionsQueryVariables>;
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