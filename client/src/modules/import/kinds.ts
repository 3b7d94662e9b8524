import type { ImportKind } from './graphql';

/** What the wizard can read from a file: one appendix each. */
export const IMPORT_KINDS: readonly ImportKind[] = ['ADMIN_UNITS'];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** The most a file may weigh (the server refuses more). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** The files the wizard reads. */
export const IMPORT_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function isImportFileName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}
