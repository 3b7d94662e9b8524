import { bands, fixedAxis, niceAxis, niceStep, spreadLabels } from './scale';

describe('the value axis of a bar chart', () => {
  it('cuts a range into round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(443, 5)).toBe(100);
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(130, 5)).toBe(20);
    expect(niceStep(26, 5)).toBe(5);
    expect(niceStep(0.3, 5)).toBe(0.05);
    expect(niceStep(7_500, 5)).toBe(2_000);
    expect(niceStep(0, 5)).toBe(1);
    expect(niceStep(Number.NaN, 5)).toBe(1);
  });

  it('stretches the values to round ends, from zero', () => {
    expect(niceAxis([283.2, 443.1, 7.9, 0])).toEqual({ min: 0, max: 500, ticks: [0, 100, 200, 300, 400, 500] });
    expect(niceAxis([12])).toEqual({ min: 0, max: 12, ticks: [0, 2, 4, 6, 8, 10, 12] });
    expect(niceAxis([1_250])).toEqual({ min: 0, max: 1_400, ticks: [0, 200, 400, 600, 800, 1_000, 1_200, 1_400] });
  });

  it('prints decimal ticks exactly, with no float residue', () => {
    const axis = niceAxis([0.3]);
    expect(axis.ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(axis.max).toBe(0.3);
    expect(niceAxis([0.07]).ticks).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07]);
  });

  it('draws nothing but zero as 0 to 1, and takes negative values in', () => {
    expect(niceAxis([])).toEqual({ min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceAxis([0, 0])).toEqual(niceAxis([]));
    expect(niceAxis([-35, 80])).toEqual({ min: -40, max: 80, ticks: [-40, -20, 0, 20, 40, 60, 80] });
    expect(niceAxis([Number.NaN, 4]).max).toBe(4);
  });

  it('keeps set ends and labels the round values inside them', () => {
    expect(fixedAxis(0, 100)).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(fixedAxis(0, 130)).toEqual({ min: 0, max: 130, ticks: [0, 20, 40, 60, 80, 100, 120] });
    expect(fixedAxis(0, 0).max).toBe(1);
  });
});

describe('the categories of a bar chart', () => {
  it('gives each category an equal share and centres its bars in it', () => {
    const b = bands(4, 100, 500, 0.25);
    expect(b.step).toBe(100);
    expect(b.width).toBe(75);
    expect(b.start(0)).toBe(112.5);
    expect(b.middle(0)).toBe(150);
    expect(b.middle(3)).toBe(450);
    expect(bands(0, 0, 100).step).toBe(0);
  });
});

describe('labels of reference lines', () => {
  it('stays where wanted when apart, and moves apart as little as needed', () => {
    expect(spreadLabels([40, 200], 14, 0, 300)).toEqual([40, 200]);
    expect(spreadLabels([100, 104], 14, 0, 300)).toEqual([100, 114]);
    // Given in any order: answered in that order.
    expect(spreadLabels([104, 100], 14, 0, 300)).toEqual([114, 100]);
  });

  it('stays within the plot, pushing back up from its bottom', () => {
    expect(spreadLabels([295, 298], 14, 0, 300)).toEqual([286, 300]);
    expect(spreadLabels([-20], 14, 0, 300)).toEqual([0]);
  });
});
