import type { TestServer } from './test-server';

/** What the two files of targets (tests/api/targets*.test.ts) share. */

export const PROGRESS = `query($asOf: Date) { planProgress(asOf: $asOf) { asOf goals { key goal goalMax denominator unitsCounted achieved inPipeline gap met byDistrict { district { code } achieved inPipeline targets unitsCounted } } } }`;

/** A goal of the plan's progress on a day. */
export async function goalOf(t: TestServer, key: string, asOf: string) {
  const r = await t.gql(PROGRESS, { asOf });
  expect(r.errors).toBeUndefined();
  return r.data!.planProgress.goals.find((g: { key: string }) => g.key === key);
}

export const SAVE_RECOGNITIONS = `mutation($rows: [RecognitionRowInput!]!) { saveRecognitions(rows: $rows) { changed recognitions { id version level recognisedOn endedOn } } }`;
export const SAVE_EVALUATIONS = `mutation($rows: [EvaluationRowInput!]!) { saveEvaluations(rows: $rows) { changed created rows { unit { code } metCount cells { code met version } } } }`;
