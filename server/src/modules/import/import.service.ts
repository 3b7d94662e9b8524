import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MAX_BATCH_ROWS, type ValidationIssue, foldVietnamese } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { requireUser } from '../access/access-rule';
import type { AuditService } from '../audit/audit.service';
import type { AdminUnitBatch } from '../hierarchy/admin-unit.batch';
import type { ImportFieldDef, ImportKindHandler, ImportRowOutcome, MappedRow } from './import-kind';
import type { ImportProgressRegistry } from './import-progress';
import { ImportPhase, type ImportProgressState } from './import-progress.entity';
import { ImportAction, type ImportInput, ImportKind, type ImportPreview, type ImportRow } from './import.types';
import { type SheetCell, cellText, readWorkbook } from './sheet-reader';
import { UnitImport } from './unit-import';

/** Rows searched for the header row: a title or two may sit above it. */
const HEADER_SEARCH_ROWS = 10;
const SAMPLES = 3;

function bad(issue: ValidationIssue): AppError {
  return AppError.badInput(issue);
}

function decodeFile(file: string): Buffer {
  const base64 = file.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (base64.length === 0) throw bad({ field: 'file', rule: 'required' });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    throw bad({ field: 'file', rule: 'invalidFormat', params: { format: 'base64' } });
  }
  return Buffer.from(base64, 'base64');
}

/** The names a header may use for a field, folded for comparison. */
function namesOf(field: ImportFieldDef): Set<string> {
  return new Set([field.key, field.label, field.labelEn, ...field.aliases].map((n) => foldVietnamese(n)));
}

function fieldOfHeader(header: string, fields: readonly ImportFieldDef[]): string | null {
  const folded = foldVietnamese(header.replace(/\(.*\)$/, '').trim());
  if (folded === '') return null;
  return fields.find((f) => namesOf(f).has(folded))?.key ?? null;
}

/** A row that cannot be read because no column holds a required field. */
function unmappedRow(row: number, missing: readonly ImportFieldDef[]): ImportRowOutcome {
  return {
    row,
    action: 'REFUSED',
    key: null,
    label: null,
    changes: [],
    issues: missing.map((f) => ({
      field: f.key,
      code: 'BAD_USER_INPUT',
      issue: { field: f.key, rule: 'required' as const, params: { reason: 'no column is mapped to it' } },
      message: `${f.key}: no column is mapped to it`,
    })),
    candidates: [],
  };
}

/** The row with most cells naming a field, among the first few; the first row when none does. */
function findHeaderRow(cells: SheetCell[][], fields: readonly ImportFieldDef[]): number {
  let best = 0;
  let bestScore = 0;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, cells.length); i++) {
    const score = (cells[i] ?? []).filter((c) => fieldOfHeader(cellText(c), fields) !== null).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best + 1;
}

/**
 * Importing an appendix sheet: read the file, match its columns to fields, check every row as
 * the grid's batch save would, and either show what would happen (a dry run, writing nothing) or
 * do all of it in one transaction. A refused row refuses the whole import.
 */
export class ImportService {
  private readonly kinds: Record<ImportKind, ImportKindHandler>;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly progress: ImportProgressRegistry,
    unitBatch: AdminUnitBatch,
  ) {
    this.kinds = { [ImportKind.ADMIN_UNITS]: new UnitImport(unitBatch) };
  }

  preview(ctx: RequestContext, input: ImportInput): Promise<ImportPreview> {
    return this.run(ctx, input, false);
  }

  commit(ctx: RequestContext, input: ImportInput): Promise<ImportPreview> {
    return this.run(ctx, input, true);
  }

  progressOf(ctx: RequestContext, id: string): Promise<ImportProgressState | null> {
    return this.progress.get(id, requireUser(ctx).username);
  }

  private async run(ctx: RequestContext, input: ImportInput, commit: boolean): Promise<ImportPreview> {
    const user = requireUser(ctx);
    const report = (phase: ImportPhase, done = 0, total = 0) =>
      this.progress.report(input.progressId, user.username, phase, done, total);
    try {
      report(ImportPhase.READING);
      const handler = this.kinds[input.kind];
      const bytes = decodeFile(input.file);
      const book = await readWorkbook(bytes, input.fileName);
      const sheet = input.sheet ?? book.sheets[0];
      const cells = book.rows(sheet);
      const headerRow = findHeaderRow(cells, handler.fields);
      const headers = (cells[headerRow - 1] ?? []).map(cellText);
      const mapping = this.mapping(input, headers, handler.fields);

      const dataRows: { row: number; cells: SheetCell[] }[] = [];
      for (let i = headerRow; i < cells.length; i++) {
        const row = cells[i] ?? [];
        if (row.every((c) => c === null || cellText(c).trim() === '')) continue;
        dataRows.push({ row: i + 1, cells: row });
      }
      if (dataRows.length === 0)
        throw bad({ field: 'file', rule: 'required', params: { reason: 'the sheet has no data rows' } });
      if (dataRows.length > MAX_BATCH_ROWS)
        throw bad({ field: 'file', rule: 'outOfRange', params: { min: 1, max: MAX_BATCH_ROWS } });
      const columnOf = new Map([...mapping].map(([column, field]) => [field, column]));
      const mapped: MappedRow[] = dataRows.map(({ row, cells: rowCells }) => ({
        row,
        get: (field) => {
          const column = columnOf.get(field);
          return column === undefined ? undefined : (rowCells[column - 1] ?? null);
        },
      }));

      const options = {
        choices: input.choices ?? [],
        parentCode: input.parentCode ?? null,
        commit,
        onProgress: (phase: 'CHECKING' | 'SAVING', done: number, total: number) =>
          report(ImportPhase[phase], done, total),
      };
      // A required field without a column: a dry run still shows the columns, for the user to
      // map them, with every row refused; a commit is refused outright.
      const missing = handler.fields.filter((f) => f.required && !columnOf.has(f.key));
      if (missing.length > 0 && commit) {
        throw bad({
          field: 'mapping',
          rule: 'required',
          params: { reason: `no column holds ${missing.map((f) => f.label).join(', ')}` },
        });
      }
      const outcomes =
        missing.length > 0
          ? dataRows.map(({ row }) => unmappedRow(row, missing))
          : commit
            ? await this.db.transaction(async (em: EntityManager) => {
                const result = await handler.run(em, ctx, mapped, options);
                await this.recordImport(em, ctx, input, handler, bytes, result);
                return result;
              })
            : await handler.run(this.db.manager, ctx, mapped, options);

      report(ImportPhase.DONE, outcomes.length, outcomes.length);
      const valuesOf = new Map(dataRows.map((r) => [r.row, r.cells]));
      return {
        fileName: input.fileName,
        sheets: book.sheets,
        sheet,
        headerRow,
        columns: headers.map((header, i) => ({
          column: i + 1,
          header,
          field: mapping.get(i + 1) ?? null,
          samples: dataRows.slice(0, SAMPLES).map((r) => cellText(r.cells[i] ?? null)),
        })),
        fields: handler.fields.map(({ key, label, labelEn, required, description }) => ({
          key,
          label,
          labelEn,
          required,
          description,
        })),
        summary: {
          total: outcomes.length,
          created: outcomes.filter((o) => o.action === 'CREATE').length,
          updated: outcomes.filter((o) => o.action === 'UPDATE').length,
          unchanged: outcomes.filter((o) => o.action === 'UNCHANGED').length,
          refused: outcomes.filter((o) => o.action === 'REFUSED').length,
        },
        rows: outcomes.map((o) => this.rowOf(o, headers.length, valuesOf.get(o.row) ?? [])),
        committed: commit,
      };
    } catch (error) {
      report(ImportPhase.FAILED);
      throw error;
    }
  }

  /** Sheet column -> field: the user's mapping, checked, or the headers matched to the fields. */
  private mapping(input: ImportInput, headers: string[], fields: readonly ImportFieldDef[]): Map<number, string> {
    const mapping = new Map<number, string>();
    if (input.mapping) {
      const seen = new Set<string>();
      input.mapping.forEach((m, i) => {
        if (m.column < 1 || m.column > Math.max(headers.length, 1)) {
          throw bad({ field: `mapping.${i}.column`, rule: 'outOfRange', params: { min: 1, max: headers.length } });
        }
        if (!m.field) return;
        if (!fields.some((f) => f.key === m.field))
          throw bad({ field: `mapping.${i}.field`, rule: 'notAllowed', params: { reason: `no field ${m.field}` } });
        if (seen.has(m.field))
          throw bad({
            field: `mapping.${i}.field`,
            rule: 'notAllowed',
            params: { reason: `${m.field} is mapped twice` },
          });
        seen.add(m.field);
        mapping.set(m.column, m.field);
      });
    } else {
      headers.forEach((header, i) => {
        const field = fieldOfHeader(header, fields);
        if (field && ![...mapping.values()].includes(field)) mapping.set(i + 1, field);
      });
    }
    return mapping;
  }

  private rowOf(o: ImportRowOutcome, width: number, cells: SheetCell[]): ImportRow {
    return {
      row: o.row,
      action: ImportAction[o.action],
      key: o.key,
      label: o.label,
      values: Array.from({ length: width }, (_, i) => cellText(cells[i] ?? null)),
      changes: o.changes,
      issues: o.issues.map((i) => ({
        field: i.field,
        code: i.code,
        rule: i.issue?.rule ?? null,
        params: i.issue?.params ? JSON.stringify(i.issue.params) : null,
        message: i.message,
      })),
      candidates: o.candidates,
    };
  }

  /** The import itself is on the record: who imported which file, and what it did. */
  private async recordImport(
    em: EntityManager,
    ctx: RequestContext,
    input: ImportInput,
    handler: ImportKindHandler,
    bytes: Buffer,
    outcomes: ImportRowOutcome[],
  ): Promise<void> {
    const count = (action: string) => outcomes.filter((o) => o.action === action).length;
    const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    await this.audit.record(em, ctx, {
      action: 'IMPORT',
      entity: 'Import',
      key: `${handler.entity}:${digest}`,
      unitPath: null,
      changes: [
        { field: 'fileName', oldValue: null, newValue: input.fileName },
        { field: 'rows', oldValue: null, newValue: outcomes.length },
        { field: 'created', oldValue: null, newValue: count('CREATE') },
        { field: 'updated', oldValue: null, newValue: count('UPDATE') },
        { field: 'unchanged', oldValue: null, newValue: count('UNCHANGED') },
      ],
    });
  }
}
