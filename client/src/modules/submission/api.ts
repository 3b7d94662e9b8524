import { SubmissionAction } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type { UnitSubmissionFieldsFragment } from '@/gql/graphql';
import {
  ApproveUnitDataMutation,
  ReopenUnitDataMutation,
  ReturnUnitDataMutation,
  SubmitUnitDataMutation,
  UnitSubmissionQuery,
} from './graphql';

export type UnitSubmission = UnitSubmissionFieldsFragment;

/** A unit's submission of a year; DRAFT with version 0 when nothing was submitted yet. */
export async function fetchSubmission(
  unitCode: string,
  year: number,
  options: RequestOptions = {},
): Promise<UnitSubmission> {
  const { unitSubmission } = await api.request(UnitSubmissionQuery, { unitCode, year }, options);
  return unitSubmission;
}

/** One step of the flow, on the version read; the API answers CONFLICT if it is stale. */
export async function actOnSubmission(
  action: SubmissionAction,
  current: Pick<UnitSubmission, 'year' | 'version'> & { unitCode: string },
  note: string | null,
): Promise<UnitSubmission> {
  const vars = { unitCode: current.unitCode, year: current.year, version: current.version };
  switch (action) {
    case SubmissionAction.SUBMIT:
      return (await api.request(SubmitUnitDataMutation, vars)).submitUnitData;
    case SubmissionAction.APPROVE:
      return (await api.request(ApproveUnitDataMutation, { ...vars, note })).approveUnitData;
    case SubmissionAction.RETURN:
      return (await api.request(ReturnUnitDataMutation, { ...vars, note: note ?? '' })).returnUnitData;
    case SubmissionAction.REOPEN:
      return (await api.request(ReopenUnitDataMutation, { ...vars, note })).reopenUnitData;
  }
}
