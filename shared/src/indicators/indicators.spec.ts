import { IndicatorTargetKind, RollUp, judgeIndicator, rollUp } from './indicator';
import { ocopTotals } from './ocop';

describe('rolling figures up', () => {
  it('adds kilometres, weighs shares, and counts yes/no units as a share', () => {
    expect(rollUp(RollUp.SUM, [{ value: 1.5 }, { value: 2 }])).toBe(3.5);
    // 90% of 1,000 households and 100% of 3,000: 97.5%, not 190% and not 95%.
    expect(
      rollUp(RollUp.WEIGHTED_MEAN, [
        { value: 90, weight: 1000 },
        { value: 100, weight: 3000 },
      ]),
    ).toBe(97.5);
    expect(rollUp(RollUp.WEIGHTED_MEAN, [{ value: 90 }, { value: 100, weight: 3000 }])).toBe(95);
    expect(rollUp(RollUp.SHARE_OF_UNITS, [{ value: 1 }, { value: 0 }, { value: 1 }, { value: 1 }])).toBe(75);
    expect(rollUp(RollUp.MEAN, [])).toBeNull();
  });
});

describe('judging a figure against the plan', () => {
  it('reads at least, at most, a ratio to the baseline and a yearly decrease', () => {
    expect(judgeIndicator({ kind: IndicatorTargetKind.AT_LEAST, value: 96 }, 95.5, null, null)).toEqual({
      required: 96,
      met: false,
      gap: 0.5,
    });
    expect(judgeIndicator({ kind: IndicatorTargetKind.AT_MOST, value: 0 }, 3, null, null)).toEqual({
      required: 0,
      met: false,
      gap: 3,
    });
    expect(judgeIndicator({ kind: IndicatorTargetKind.RATIO_TO_BASELINE, value: 1.5 }, 60, 40, null)).toEqual({
      required: 60,
      met: true,
      gap: 0,
    });
    expect(judgeIndicator({ kind: IndicatorTargetKind.RATIO_TO_BASELINE, value: 1.5 }, 60, null, null).met).toBeNull();
    expect(judgeIndicator({ kind: IndicatorTargetKind.YEARLY_DECREASE, value: 0.3 }, 4.8, null, 5.0)).toEqual({
      required: 4.7,
      met: false,
      gap: 0.1,
    });
    expect(judgeIndicator({ kind: IndicatorTargetKind.YEARLY_DECREASE, value: 0.3 }, 4.7, null, 5.0).met).toBe(true);
  });
});

describe('OCOP totals', () => {
  it('count products rated by the year, by stars, new and upgraded, flagships', () => {
    const products = [
      { stars: 3, yearRated: 2023, isNew: false, flagship: false },
      { stars: 4, yearRated: 2024, isNew: true, flagship: false },
      { stars: 5, yearRated: 2024, isNew: true, flagship: true },
      { stars: 5, yearRated: 2026, isNew: true, flagship: true },
    ];
    expect(ocopTotals(products, 2025)).toEqual({
      total: 3,
      byStars: [
        { stars: 3, count: 1 },
        { stars: 4, count: 1 },
        { stars: 5, count: 1 },
      ],
      newProducts: 2,
      upgraded: 1,
      flagships: 1,
      flagshipsFiveStar: 1,
    });
  });
});
