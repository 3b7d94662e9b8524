import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { SubmissionStatus } from '@ntm/shared';
import { UnitSubmission } from './unit-submission.entity';

export interface SubmissionLoaders {
  /** Approved submissions of a year (unit paths): what is locked, for `editable` flags. */
  approvedOf: DataLoader<number, { unitPath: string; year: number; status: SubmissionStatus }[]>;
}

export function createSubmissionLoaders(em: EntityManager): SubmissionLoaders {
  return {
    approvedOf: new DataLoader(async (years) => {
      const rows = await em.find(UnitSubmission, {
        where: { year: In([...years]), status: SubmissionStatus.APPROVED },
        select: { unitPath: true, year: true, status: true },
      });
      return years.map((y) => rows.filter((r) => r.year === y));
    }),
  };
}
