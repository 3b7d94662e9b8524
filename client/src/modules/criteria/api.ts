import { MAX_PAGE_SIZE } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type {
  CommuneScorecardQuery as CommuneScorecardResult,
  CriteriaMatrixQuery as CriteriaMatrixResult,
  EvaluationRowInput,
} from '@/gql/graphql';
import { CommuneScorecardQuery, CriteriaDistrictsQuery, CriteriaMatrixQuery, SaveEvaluationsMutation } from './graphql';
import type { MatrixApiRow } from './matrix';

export type CriteriaMatrix = CriteriaMatrixResult['criteriaMatrix'];
export type CommuneScorecard = CommuneScorecardResult['communeScorecard'];
export type { EvaluationRowInput };

export interface DistrictOption {
  code: string;
  name: string;
}

/** The district-level units the user may look at (with the province's 18 that is one page). */
export async function fetchDistricts(options: RequestOptions = {}): Promise<DistrictOption[]> {
  const { adminUnits } = await api.request(CriteriaDistrictsQuery, { first: MAX_PAGE_SIZE }, options);
  return adminUnits.nodes;
}

/** A district's communes × the criteria of the set in force in a year. */
export async function fetchMatrix(
  districtCode: string,
  year: number,
  setKey: string | null = null,
  options: RequestOptions = {},
): Promise<CriteriaMatrix> {
  const { criteriaMatrix } = await api.request(
    CriteriaMatrixQuery,
    { parentCode: districtCode, year, setKey },
    options,
  );
  return criteriaMatrix;
}

/**
 * Saves evaluations, all or nothing; resolves with the rows of the communes touched, as saved.
 * A refused batch fails with the refused rows (by their index in `rows`) in the error.
 */
export async function saveEvaluations(rows: EvaluationRowInput[]): Promise<MatrixApiRow[]> {
  const { saveEvaluations: result } = await api.request(SaveEvaluationsMutation, { rows });
  return result.rows;
}

export async function fetchScorecard(
  code: string,
  year: number,
  options: RequestOptions = {},
): Promise<CommuneScorecard> {
  const { communeScorecard } = await api.request(CommuneScorecardQuery, { code, year }, options);
  return communeScorecard;
}
