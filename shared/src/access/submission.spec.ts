import { SubmissionAction, SubmissionStatus, isLocked, nextSubmissionStatus } from './submission';

const { DRAFT, SUBMITTED, APPROVED, RETURNED } = SubmissionStatus;

describe('submission flow', () => {
  it('goes draft -> submitted -> approved, or back to returned', () => {
    expect(nextSubmissionStatus(DRAFT, SubmissionAction.SUBMIT)).toBe(SUBMITTED);
    expect(nextSubmissionStatus(SUBMITTED, SubmissionAction.APPROVE)).toBe(APPROVED);
    expect(nextSubmissionStatus(SUBMITTED, SubmissionAction.RETURN)).toBe(RETURNED);
    expect(nextSubmissionStatus(RETURNED, SubmissionAction.SUBMIT)).toBe(SUBMITTED);
    expect(nextSubmissionStatus(APPROVED, SubmissionAction.REOPEN)).toBe(RETURNED);
  });

  it('refuses steps out of order', () => {
    expect(nextSubmissionStatus(DRAFT, SubmissionAction.APPROVE)).toBeNull();
    expect(nextSubmissionStatus(APPROVED, SubmissionAction.SUBMIT)).toBeNull();
    expect(nextSubmissionStatus(SUBMITTED, SubmissionAction.REOPEN)).toBeNull();
  });
});

describe('locks', () => {
  const approved = [{ unitPath: '49/510', year: 2025, status: APPROVED }];
  it('lock the approved unit and everything below it, for that year only', () => {
    expect(isLocked(approved, '49/510', 2025)).toBe(true);
    expect(isLocked(approved, '49/510/20704', 2025)).toBe(true);
    expect(isLocked(approved, '49/510/20704', 2024)).toBe(false);
    expect(isLocked(approved, '49/502', 2025)).toBe(false);
    expect(isLocked(approved, '49', 2025)).toBe(false);
  });

  it('do not come from a submission that is not approved', () => {
    expect(isLocked([{ unitPath: '49/510', year: 2025, status: SUBMITTED }], '49/510', 2025)).toBe(false);
  });
});
