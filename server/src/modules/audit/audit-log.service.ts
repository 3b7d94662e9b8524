import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { Role, isAdmin, scopeRoots } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import { type Page, decodeCursor, encodeCursor } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { requireUser } from '../access/access-rule';
import { AuditEntry } from './audit-entry.entity';
import type { AuditLogArgs, RecordHistoryArgs } from './audit.inputs';

/** Entries of units inside the given subtrees (none when there are no roots). */
function withinUnits(qb: SelectQueryBuilder<AuditEntry>, roots: string[]): void {
  qb.andWhere(
    new Brackets((w) => {
      w.where('1 = 0');
      roots.forEach((root, i) => {
        w.orWhere(`(a.unitPath = :r${i} OR a.unitPath LIKE :p${i})`, { [`r${i}`]: root, [`p${i}`]: `${root}/%` });
      });
    }),
  );
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/;

/**
 * Reading the audit trail: administrators see all of it; approvers the entries of units within
 * their subtrees. Newest first.
 */
export class AuditLogService {
  constructor(private readonly db: Database) {}

  async list(ctx: RequestContext, args: AuditLogArgs): Promise<Page<AuditEntry>> {
    const user = requireUser(ctx);
    const f = args.filter ?? {};
    for (const field of ['from', 'to'] as const) {
      const value = f[field];
      if (value !== undefined && !INSTANT.test(value)) {
        throw AppError.badInput({
          field: `filter.${field}`,
          rule: 'invalidFormat',
          params: { format: 'ISO 8601 date or instant' },
        });
      }
    }
    const qb = this.db.manager.createQueryBuilder(AuditEntry, 'a');
    if (!isAdmin(user.assignments)) {
      const roots = user.assignments.filter((a) => a.role === Role.APPROVER).map((a) => a.unitPath);
      if (roots.length === 0) throw AppError.forbidden('Only administrators and approvers read the audit trail');
      withinUnits(qb, roots);
    }
    return this.page(qb, args);
  }

  /**
   * The history of one record (one unit's name, say) for anyone who may read that record: the
   * entries of units within the user's subtrees; records of no unit (accounts) for ADMIN only.
   */
  async history(ctx: RequestContext, args: RecordHistoryArgs): Promise<Page<AuditEntry>> {
    const roots = scopeRoots(requireUser(ctx).assignments);
    const qb = this.db.manager.createQueryBuilder(AuditEntry, 'a');
    if (roots !== null) withinUnits(qb, roots);
    return this.page(qb, {
      first: args.first,
      after: args.after,
      filter: { entity: args.entity, key: args.key, field: args.field },
    });
  }

  private async page(qb: SelectQueryBuilder<AuditEntry>, args: AuditLogArgs): Promise<Page<AuditEntry>> {
    const f = args.filter ?? {};
    if (f.entity) qb.andWhere('a.entity = :entity', { entity: f.entity });
    if (f.key) qb.andWhere('a.entityKey = :key', { key: f.key });
    if (f.field) qb.andWhere('a.field = :field', { field: f.field });
    if (f.user) qb.andWhere('a.actor = :actor', { actor: f.user });
    if (f.from) qb.andWhere('a.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.at < :to', { to: f.to });
    const counter = qb.clone();
    if (args.after) {
      const id = Number(decodeCursor(args.after));
      if (!Number.isInteger(id))
        throw AppError.badInput({ field: 'after', rule: 'invalidFormat', params: { format: 'cursor' } });
      qb.andWhere('a.id < :id', { id });
    }
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    return {
      nodes: rows.slice(0, args.first),
      hasNextPage: rows.length > args.first,
      cursorOf: (e) => encodeCursor(String(e.id)),
      count: () => counter.getCount(),
    };
  }
}
