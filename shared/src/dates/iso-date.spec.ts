import { formatDateVi, isIsoDate, todayInVietnam } from './iso-date';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('30/10/2024')).toBe(false);
  });

  it('knows the date in Viet Nam, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2024-06-29T17:00:00Z'))).toBe('2024-06-30');
    expect(todayInVietnam(new Date('2024-06-29T16:59:59Z'))).toBe('2024-06-29');
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatDateVi('2024-10-30')).toBe('30/10/2024');
  });
});
