import { nextVillageCode, parseVillageCode, villageCode } from './village-code';

describe('village codes', () => {
  it('joins the commune code and a padded number', () => {
    expect(villageCode('20335', 7)).toBe('20335-007');
    expect(parseVillageCode('20335-007')).toEqual({ communeCode: '20335', sequence: 7 });
  });

  it('rejects what is not a village code', () => {
    expect(parseVillageCode('20335')).toBeNull();
    expect(parseVillageCode('20335-7')).toBeNull();
    expect(() => villageCode('20335', 0)).toThrow(RangeError);
    expect(() => villageCode('20335', 1000)).toThrow(RangeError);
  });

  it('numbers after the highest existing village of the same commune', () => {
    expect(nextVillageCode('20335', [])).toBe('20335-001');
    expect(nextVillageCode('20335', ['20335-001', '20335-009', '20338-050'])).toBe('20335-010');
  });
});
