import type { EntityManager } from 'typeorm';
import { type SubmissionState, SubmissionStatus } from '@ntm/shared';
import { UnitSubmission } from './unit-submission.entity';

/**
 * The approved submissions of a year, read through `em`: inside a transaction, its own
 * connection. (The request's loaders read through the pool: a transaction waiting on them while
 * holding a connection could starve the pool under load.)
 */
export function approvedIn(em: EntityManager, year: number): Promise<SubmissionState[]> {
  return em.find(UnitSubmission, {
    where: { year, status: SubmissionStatus.APPROVED },
    select: { unitPath: true, year: true, status: true },
  });
}
