import { MAX_PAGE_SIZE, SubmissionAction, monthEnd } from '@ntm/shared';
import { api, type RequestOptions } from '@/api';
import type { MonthlyReportFieldsFragment, ReportMonthlyQuery } from '@/gql/graphql';
import {
  ReportApproveMutation,
  ReportDistrictsQuery,
  ReportMonthlyQuery as ReportMonthlyDocument,
  ReportReopenMutation,
  ReportReturnMutation,
  ReportSaveMutation,
  ReportSubmitMutation,
  ReportWorkbookQuery,
} from './graphql';

/** A report with its figures, as the page shows it. */
export type MonthlyReport = ReportMonthlyQuery['monthlyReport'];
/** A report's text, status and rights, as a save or a step of the flow answers. */
export type MonthlyReportState = MonthlyReportFieldsFragment;

export interface ReportPeriod {
  unitCode: string;
  year: number;
  month: number;
}

export async function fetchReportDistricts(options: RequestOptions = {}): Promise<{ code: string; name: string }[]> {
  const { adminUnits } = await api.request(ReportDistrictsQuery, { first: MAX_PAGE_SIZE }, options);
  return adminUnits.nodes;
}

export async function fetchMonthlyReport(period: ReportPeriod, options: RequestOptions = {}): Promise<MonthlyReport> {
  const { monthlyReport } = await api.request(
    ReportMonthlyDocument,
    { ...period, asOf: monthEnd(period.year, period.month) },
    options,
  );
  return monthlyReport;
}

/** Saves the text on the version read (0 the first time); CONFLICT when it is stale. */
export async function saveMonthlyReport(
  period: ReportPeriod,
  version: number,
  text: { difficulties: string | null; proposals: string | null },
): Promise<MonthlyReportState> {
  const { saveMonthlyReport: saved } = await api.request(ReportSaveMutation, { ...period, version, ...text });
  return saved;
}

/** One step of the flow, on the version read. */
export async function actOnMonthlyReport(
  action: SubmissionAction,
  period: ReportPeriod,
  version: number,
  note: string | null = null,
): Promise<MonthlyReportState> {
  const vars = { ...period, version };
  switch (action) {
    case SubmissionAction.SUBMIT:
      return (await api.request(ReportSubmitMutation, vars)).submitMonthlyReport;
    case SubmissionAction.APPROVE:
      return (await api.request(ReportApproveMutation, vars)).approveMonthlyReport;
    case SubmissionAction.RETURN:
      return (await api.request(ReportReturnMutation, { ...vars, note: note ?? '' })).returnMonthlyReport;
    case SubmissionAction.REOPEN:
      return (await api.request(ReportReopenMutation, vars)).reopenMonthlyReport;
  }
}

export async function fetchMonthlyWorkbook(year: number, month: number) {
  const { monthlyReportWorkbook } = await api.request(ReportWorkbookQuery, { year, month });
  return monthlyReportWorkbook;
}

/** The file of a base64 answer. */
export function base64Blob(content: string, type: string): Blob {
  const binary = atob(content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
