import { criteriaMet, criteriaMissing, compareCriterionCodes } from './criteria';
import { DeadlineState, daysBetween, deadlineState } from './deadline';
import { DossierStatus, DossierStep, dossierStatusOn, isInPipeline, satisfactionAllows, stepTakenOn } from './dossier';
import { goalGap, goalTarget } from './goal';
import { achievedOn, highestLevelOn, recognitionHoldsOn } from './recognition';
import { TargetLevel, levelSatisfies } from './target-level';

describe('levels', () => {
  it('counts a higher commune level as the lower ones', () => {
    expect(levelSatisfies(TargetLevel.MODEL, TargetLevel.NTM)).toBe(true);
    expect(levelSatisfies(TargetLevel.ADVANCED, TargetLevel.NTM)).toBe(true);
    expect(levelSatisfies(TargetLevel.NTM, TargetLevel.ADVANCED)).toBe(false);
    expect(levelSatisfies(TargetLevel.MODEL_VILLAGE, TargetLevel.NTM)).toBe(false);
    expect(levelSatisfies(TargetLevel.TASK_COMPLETED, TargetLevel.NTM)).toBe(false);
  });
});

describe('recognitions', () => {
  const ntm = { level: TargetLevel.NTM, recognisedOn: '2024-03-15', endedOn: null };
  const lapsed = { level: TargetLevel.ADVANCED, recognisedOn: '2023-01-10', endedOn: '2024-06-01' };

  it('hold from the decision’s day until the day they end', () => {
    expect(recognitionHoldsOn(ntm, '2024-03-14')).toBe(false);
    expect(recognitionHoldsOn(ntm, '2024-03-15')).toBe(true);
    expect(recognitionHoldsOn(lapsed, '2024-05-31')).toBe(true);
    expect(recognitionHoldsOn(lapsed, '2024-06-01')).toBe(false);
  });

  it('count for their level and those below, on the date asked', () => {
    expect(achievedOn([lapsed], TargetLevel.NTM, '2024-01-01')).toBe(true);
    expect(achievedOn([lapsed], TargetLevel.NTM, '2024-07-01')).toBe(false);
    expect(highestLevelOn([ntm, lapsed], '2024-04-01')).toBe(TargetLevel.ADVANCED);
    expect(highestLevelOn([ntm, lapsed], '2024-07-01')).toBe(TargetLevel.NTM);
    expect(highestLevelOn([ntm], '2024-01-01')).toBeNull();
  });
});

describe('dossiers', () => {
  const steps = [
    { step: DossierStep.COMMUNE_TO_DISTRICT, date: '2024-10-20' },
    { step: DossierStep.DISTRICT_TO_PROVINCE, date: '2024-11-25' },
    { step: DossierStep.RECOGNISED, date: '2024-12-30' },
  ];

  it('stand where their last step by the date put them', () => {
    expect(dossierStatusOn(steps, '2024-10-19')).toBe(DossierStatus.NOT_STARTED);
    expect(dossierStatusOn(steps, '2024-10-20')).toBe(DossierStatus.AT_DISTRICT);
    expect(dossierStatusOn(steps, '2024-12-01')).toBe(DossierStatus.AT_PROVINCE);
    expect(dossierStatusOn(steps, '2025-01-01')).toBe(DossierStatus.RECOGNISED);
    expect(isInPipeline(DossierStatus.AT_PROVINCE)).toBe(true);
    expect(isInPipeline(DossierStatus.RECOGNISED)).toBe(false);
    expect(isInPipeline(DossierStatus.NOT_STARTED)).toBe(false);
  });

  it('order steps of the same day as they happen', () => {
    const sameDay = [
      { step: DossierStep.RETURNED, date: '2024-11-01' },
      { step: DossierStep.DISTRICT_TO_PROVINCE, date: '2024-11-01' },
    ];
    expect(dossierStatusOn(sameDay, '2024-11-01')).toBe(DossierStatus.RETURNED);
    expect(stepTakenOn(steps, DossierStep.DISTRICT_TO_PROVINCE)).toBe('2024-11-25');
    expect(stepTakenOn(steps, DossierStep.RETURNED)).toBeNull();
  });

  it('refuse recognition below the minimum satisfaction', () => {
    expect(satisfactionAllows(89.9, 90)).toBe(false);
    expect(satisfactionAllows(90, 90)).toBe(true);
    expect(satisfactionAllows(null, 90)).toBe(true);
  });
});

describe('deadlines', () => {
  it('are overdue from the day after their date, and not before', () => {
    expect(deadlineState('2024-10-30', null, '2024-10-30', 7)).toBe(DeadlineState.DUE_SOON);
    expect(deadlineState('2024-10-30', null, '2024-10-31', 7)).toBe(DeadlineState.OVERDUE);
    expect(deadlineState('2024-10-30', null, '2024-10-01', 7)).toBe(DeadlineState.UPCOMING);
    expect(deadlineState('2024-10-30', null, '2024-10-23', 7)).toBe(DeadlineState.DUE_SOON);
  });

  it('are done on time or late, as of the date asked', () => {
    expect(deadlineState('2024-10-30', '2024-10-30', '2024-12-01', 7)).toBe(DeadlineState.DONE);
    expect(deadlineState('2024-10-30', '2024-11-02', '2024-12-01', 7)).toBe(DeadlineState.DONE_LATE);
    // Not yet done as of a date before it was done.
    expect(deadlineState('2024-10-30', '2024-11-02', '2024-10-31', 7)).toBe(DeadlineState.OVERDUE);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('criteria', () => {
  const set = [
    { code: '1', parentCode: null },
    { code: '2', parentCode: null },
    { code: '13', parentCode: null },
    { code: '13.3', parentCode: '13' },
    { code: '13.4', parentCode: '13' },
    { code: '17', parentCode: null },
  ];

  it('count criteria met as a whole or through all their indicators', () => {
    const evaluations = [
      { code: '1', met: true },
      { code: '2', met: false },
      { code: '13.3', met: true },
      { code: '13.4', met: true },
    ];
    expect(criteriaMet(set, evaluations)).toEqual(['1', '13']);
    expect(criteriaMissing(set, evaluations)).toEqual(['2', '17']);
    expect(criteriaMet(set, [{ code: '13.3', met: true }])).toEqual([]);
    expect(
      criteriaMet(set, [
        { code: '13', met: true },
        { code: '13.3', met: false },
      ]),
    ).toEqual(['13']);
  });

  it('sort codes as the decisions number them', () => {
    expect(['17.11', '2', '17.4', '10', '1'].sort(compareCriterionCodes)).toEqual(['1', '2', '10', '17.4', '17.11']);
  });
});

describe('goals', () => {
  it('ask for the plan’s stated count, or a share of the denominator rounded up', () => {
    expect(goalTarget({ threshold: 154, sharePercent: 80 }, 193)).toBe(154);
    expect(goalTarget({ threshold: null, sharePercent: 60 }, 1001)).toBe(601);
    expect(goalTarget({ threshold: null, sharePercent: 60 }, 1000)).toBe(600);
    expect(goalGap(154, 160)).toBe(0);
    expect(goalGap(154, 100)).toBe(54);
  });
});
