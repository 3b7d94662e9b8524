import { seedHierarchy } from '../../server/src/modules/hierarchy/hierarchy.seed';
import type { TestServer } from './test-server';

export function seedHierarchyForTest(t: TestServer): Promise<number> {
  return seedHierarchy(t.server.db);
}
