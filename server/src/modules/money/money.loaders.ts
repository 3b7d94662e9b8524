import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { Allocation } from './allocation.entity';
import { Disbursement } from './disbursement.entity';
import { Project } from './project.entity';

/** Per request: a page of projects reads its allocations and disbursements in one statement each. */
export interface MoneyLoaders {
  allocationsOfProject: DataLoader<number, Allocation[]>;
  disbursementsOfProject: DataLoader<number, Disbursement[]>;
  projectById: DataLoader<number, Project | null>;
}

function group<T>(rows: T[], key: (row: T) => number, ids: readonly number[]): T[][] {
  const map = new Map<number, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return ids.map((id) => map.get(id) ?? []);
}

export function createMoneyLoaders(em: EntityManager): MoneyLoaders {
  return {
    allocationsOfProject: new DataLoader(async (ids) =>
      group(await em.find(Allocation, { where: { projectId: In([...ids]) } }), (a) => a.projectId, ids),
    ),
    projectById: new DataLoader(async (ids) => {
      const rows = await em.find(Project, { where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((p) => p.id === id) ?? null);
    }),
    disbursementsOfProject: new DataLoader(async (ids) =>
      group(
        await em.find(Disbursement, { where: { projectId: In([...ids]) }, order: { date: 'ASC', id: 'ASC' } }),
        (d) => d.projectId,
        ids,
      ),
    ),
  };
}
