import { wireServices } from '@ntm/server';
import { seedDemoUsers } from '../../server/src/modules/access/demo-users';
import { seedHierarchy } from '../../server/src/modules/hierarchy/hierarchy.seed';
import type { TestServer } from './test-server';

export function seedHierarchyForTest(t: TestServer): Promise<number> {
  return seedHierarchy(t.server.db);
}

export async function seedDemoUsersForTest(t: TestServer): Promise<number> {
  const services = wireServices(
    t.server.db,
    { bcryptCost: 4, accessTokenSeconds: 900, refreshTokenDays: 30 },
    {
      info: () => undefined,
      error: () => undefined,
    },
  );
  return seedDemoUsers(t.server.db, services.users);
}
