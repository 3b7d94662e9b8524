import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '@ntm/shared';
import { connectionType } from '../../common/connection';
import type { RequestContext } from '../../common/request-context';
import { Access } from '../access/access-rule';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs, RecordHistoryArgs } from './audit.inputs';

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry');
type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

/** The audit trail is read here and nowhere written through the API. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly log: AuditLogService) {}

  @Access([Role.ADMIN, Role.APPROVER])
  @Query(() => AuditEntryConnection, {
    description: 'Who changed what and when, newest first (administrators; approvers within their units)',
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: RequestContext): Promise<AuditEntryConnection> {
    return AuditEntryConnection.from(await this.log.list(ctx, args));
  }

  @Access('signedIn')
  @Query(() => AuditEntryConnection, {
    description: 'The history of one record (a grid row or cell), for whoever may read it; newest first',
  })
  async recordHistory(@Args() args: RecordHistoryArgs, @Ctx() ctx: RequestContext): Promise<AuditEntryConnection> {
    return AuditEntryConnection.from(await this.log.history(ctx, args));
  }
}
