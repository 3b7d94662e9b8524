import { api, type RequestOptions } from '@/api';
import {
  CommitImportDocument,
  ImportProgressDocument,
  PreviewImportDocument,
  type ImportInput,
  type ImportPreviewFieldsFragment,
  type ImportProgressQuery,
} from './graphql';

export type ImportPreview = ImportPreviewFieldsFragment;
export type ImportRow = ImportPreview['rows'][number];
export type ImportIssue = ImportRow['issues'][number];
export type ImportCandidate = ImportRow['candidates'][number];
export type ImportField = ImportPreview['fields'][number];
export type ImportColumn = ImportPreview['columns'][number];
export type ImportProgress = NonNullable<ImportProgressQuery['importProgress']>;

/** The dry run: every row checked, nothing written. */
export async function previewImport(input: ImportInput, options: RequestOptions = {}): Promise<ImportPreview> {
  const { previewImport: preview } = await api.request(PreviewImportDocument, { input }, options);
  return preview;
}

/** All rows written in one transaction, or none (BAD_USER_INPUT with `extensions.rows`). */
export async function commitImport(input: ImportInput): Promise<ImportPreview> {
  const { commitImport: result } = await api.request(CommitImportDocument, { input });
  return result;
}

/** Where a commit sent with this progress id is; null while the server does not know it. */
export async function fetchImportProgress(id: string, options: RequestOptions = {}): Promise<ImportProgress | null> {
  const { importProgress } = await api.request(ImportProgressDocument, { id }, options);
  return importProgress ?? null;
}
