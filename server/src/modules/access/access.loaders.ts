import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';

export interface AccessLoaders {
  assignmentsOf: DataLoader<number, RoleAssignment[]>;
  userById: DataLoader<number, User | null>;
}

export function createAccessLoaders(em: EntityManager): AccessLoaders {
  return {
    assignmentsOf: new DataLoader<number, RoleAssignment[]>(async (userIds) => {
      const rows = await em.find(RoleAssignment, { where: { userId: In([...userIds]) }, order: { id: 'ASC' } });
      return userIds.map((id) => rows.filter((r) => r.userId === id));
    }),
    userById: new DataLoader<number, User | null>(async (ids) => {
      const rows = await em.find(User, { where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}
