import { Role } from '@ntm/shared';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { User } from './user.entity';
import type { UserService } from './user.service';

/** The password of every demo account: for trying the product, never for real data. */
export const DEMO_PASSWORD = 'ntm-demo-2024';

/** Accounts that show each role at each level (made only by `pnpm seed --demo`). */
export const DEMO_USERS: { username: string; displayName: string; role: Role; unitCode: string }[] = [
  {
    username: 'pheduyet.tinh',
    displayName: 'Văn phòng Điều phối NTM tỉnh (phê duyệt)',
    role: Role.APPROVER,
    unitCode: '49',
  },
  { username: 'xem.tinh', displayName: 'Chuyên viên phân tích (xem)', role: Role.VIEWER, unitCode: '49' },
  {
    username: 'pheduyet.namgiang',
    displayName: 'UBND huyện Nam Giang (phê duyệt)',
    role: Role.APPROVER,
    unitCode: '510',
  },
  { username: 'bientap.namgiang', displayName: 'Cán bộ NTM huyện Nam Giang', role: Role.EDITOR, unitCode: '510' },
  { username: 'bientap.ladee', displayName: 'Cán bộ NTM xã La Dêê', role: Role.EDITOR, unitCode: '20704' },
];

/** Adds the demo accounts that are missing; returns how many it added. */
export async function seedDemoUsers(db: Database, users: UserService): Promise<number> {
  const ctx: RequestContext = {
    requestId: `seed-demo-${Date.now()}`,
    user: null,
    authFailure: null,
    address: 'seed',
    loaders: undefined as never,
  };
  let added = 0;
  for (const demo of DEMO_USERS) {
    if (await db.manager.findOneBy(User, { username: demo.username })) continue;
    await users.create(ctx, {
      username: demo.username,
      displayName: demo.displayName,
      password: DEMO_PASSWORD,
      active: true,
      assignments: [{ role: demo.role, unitCode: demo.unitCode }],
    });
    added++;
  }
  return added;
}
