import { In } from 'typeorm';
import { type ValidationIssue, isIsoDate } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { byIds, unitsByCode } from '../../db/lookups';
import { Project, type ProjectKind } from './project.entity';
import type { ProjectBatchResult, ProjectRowInput } from './money.types';
import { PROJECT_SPEC, PROJECT_DATES, projectView, counts } from './money-views';

/** Saving projects: codes, names and the dates of their life. */
export class ProjectService {
  constructor(private readonly batch: BatchWriter) {}

  async saveProjects(ctx: RequestContext, rows: ProjectRowInput[]): Promise<ProjectBatchResult> {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Project,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const codes = rows.flatMap((r) => (r.code ? [r.code.trim()] : []));
      const taken = new Map(
        (codes.length
          ? await em.find(Project, { where: { code: In(codes) }, select: { id: true, code: true } })
          : []
        ).map((p) => [p.code, p.id]),
      );
      const seen = new Set<string>();
      const planned: PlannedRow<Project>[] = rows.map((row, index) => {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before) return { index, key: `P${row.id}`, error: AppError.notFound('Project', String(row.id)) };
        const issues: ValidationIssue[] = [];
        const code = row.code?.trim() ?? before?.code;
        const name = row.name?.trim() ?? before?.name;
        if (!code) issues.push({ field: 'code', rule: 'required' });
        else if (!/^[A-Za-z0-9._/-]{1,40}$/.test(code))
          issues.push({ field: 'code', rule: 'invalidFormat', params: { format: 'letters, digits and . _ / -' } });
        else if (before && code !== before.code)
          issues.push({ field: 'code', rule: 'notAllowed', params: { reason: "a project's code does not change" } });
        else if (!before && (taken.has(code) || seen.has(code)))
          issues.push({ field: 'code', rule: 'notAllowed', params: { reason: 'another project has this code' } });
        if (code) seen.add(code);
        if (!name) issues.push({ field: 'name', rule: 'required' });
        else if (name.length > 300) issues.push({ field: 'name', rule: 'tooLong', params: { max: 300 } });
        const unit = before ? null : row.unitCode ? units.get(row.unitCode) : undefined;
        if (!before && !unit)
          issues.push(
            row.unitCode
              ? { field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } }
              : { field: 'unitCode', rule: 'required' },
          );
        const kind = row.kind ?? before?.kind;
        if (!kind) issues.push({ field: 'kind', rule: 'required' });
        for (const f of PROJECT_DATES) {
          const v = row[f];
          if (v !== undefined && v !== null && !isIsoDate(v))
            issues.push({ field: f, rule: 'invalidFormat', params: { format: 'date' } });
        }
        if (row.note && row.note.length > 1000) issues.push({ field: 'note', rule: 'tooLong', params: { max: 1000 } });
        if (issues.length || !code || !name || !kind)
          return { index, key: before ? before.code : null, error: AppError.badInput(issues) };
        const after = em.create(Project, {
          ...(before ?? { code, unitId: unit!.id, unitPath: unit!.path, version: 1 }),
          name,
          kind: kind as ProjectKind,
          targetId: row.targetId === undefined ? (before?.targetId ?? null) : row.targetId,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
          ...Object.fromEntries(PROJECT_DATES.map((f) => [f, row[f] === undefined ? (before?.[f] ?? null) : row[f]])),
        });
        // Life dates in order: allocated, contractor, started, completed, accepted, settled.
        const order = PROJECT_DATES.slice(0, 6).filter((f) => after[f]);
        for (let i = 1; i < order.length; i++) {
          if (after[order[i]]! < after[order[i - 1]]!)
            issues.push({ field: order[i], rule: 'notAllowed', params: { reason: `before ${order[i - 1]}` } });
        }
        if (issues.length) return { index, key: before ? before.code : null, error: AppError.badInput(issues) };
        return {
          index,
          key: code,
          before,
          after,
          unitPath: after.unitPath,
          year: null,
          expectedVersion: before ? (row.version ?? null) : null,
        };
      });
      const out = await this.batch.write(em, ctx, PROJECT_SPEC, planned);
      return { projects: out.rows.filter((p): p is Project => p !== null).map(projectView), ...counts(out) };
    });
  }
}
