import {
  CheckpointState,
  checkpointStatus,
  disbursedBy,
  disbursementRate,
  isLocalDebt,
  localDebtAmount,
  treasuryAllows,
  treasuryRoom,
  zeroDisbursedAmount,
} from './disbursement';
import { FundingSource, budgetOwnerLevel } from './funding';
import { addYears, ratio, shareOf, sumDong, toDong } from './money';
import { AdminLevel } from '../hierarchy/admin-level';

const { CENTRAL, PROVINCIAL, DISTRICT, COMMUNE, PEOPLE } = FundingSource;
const pay = (source: FundingSource, date: string, amount: bigint, capitalYear = 2024) => ({
  source,
  date,
  amount,
  capitalYear,
});

describe('money', () => {
  it('reads whole đồng only, and adds beyond what a float holds', () => {
    expect(toDong('726276000000')).toBe(726_276_000_000n);
    expect(toDong(12)).toBe(12n);
    expect(toDong(1.5)).toBeNull();
    expect(toDong('1.5')).toBeNull();
    expect(toDong('1e9')).toBeNull();
    expect(sumDong([9_007_199_254_740_993n, 1n])).toBe(9_007_199_254_740_994n);
  });

  it('computes shares and rates without floats of the amounts', () => {
    expect(shareOf(1001n, 500)).toBe(501n);
    expect(shareOf(726_276_000_000n, 1000)).toBe(726_276_000_000n);
    expect(ratio(1n, 3n)).toBeCloseTo(0.333333, 6);
    expect(ratio(5n, 0n)).toBeNull();
    expect(disbursementRate(200n, 50n)).toBe(0.25);
  });

  it('adds years to a date, 29/02 included', () => {
    expect(addYears('2021-03-15', 3)).toBe('2024-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('knows whose budget a source is', () => {
    expect(budgetOwnerLevel(CENTRAL)).toBe(AdminLevel.PROVINCE);
    expect(budgetOwnerLevel(DISTRICT)).toBe(AdminLevel.DISTRICT);
    expect(budgetOwnerLevel(PEOPLE)).toBeNull();
  });
});

describe('checkpoints: 50% of 2024 capital by 30/06/2024', () => {
  const checkpoint = { capitalYearFrom: 2024, capitalYearTo: 2024, dueDate: '2024-06-30', minSharePermille: 500 };
  const allocations = [{ source: CENTRAL, year: 2024, amount: 1_000_000_000n }];

  it('counts money paid on the date, and is missed from the day after', () => {
    const onTheDay = [pay(CENTRAL, '2024-06-30', 500_000_000n)];
    expect(checkpointStatus(checkpoint, allocations, onTheDay, '2024-06-29')).toMatchObject({
      state: CheckpointState.PENDING,
      shortBy: 500_000_000n,
    });
    expect(checkpointStatus(checkpoint, allocations, onTheDay, '2024-06-30')).toMatchObject({
      state: CheckpointState.MET,
      shortBy: 0n,
    });
    const late = [pay(CENTRAL, '2024-07-01', 500_000_000n)];
    expect(checkpointStatus(checkpoint, allocations, late, '2024-06-30')).toMatchObject({
      state: CheckpointState.PENDING,
    });
    expect(checkpointStatus(checkpoint, allocations, late, '2024-07-01')).toMatchObject({
      state: CheckpointState.MISSED,
      shortBy: 500_000_000n,
      disbursed: 0n,
    });
  });

  it('only counts the capital years it covers, and does not apply without them', () => {
    const other = [pay(CENTRAL, '2024-06-01', 900_000_000n, 2023)];
    expect(checkpointStatus(checkpoint, allocations, other, '2024-07-01').state).toBe(CheckpointState.MISSED);
    expect(checkpointStatus(checkpoint, [], other, '2024-07-01').state).toBe(CheckpointState.NOT_APPLICABLE);
  });
});

describe('reallocation candidates: nothing paid by 30/06', () => {
  const allocations = [{ source: PROVINCIAL, year: 2024, amount: 300_000_000n }];
  it('are those with nothing paid on 30/06, not those paid that day', () => {
    expect(zeroDisbursedAmount(allocations, [pay(PROVINCIAL, '2024-06-30', 1n)], 2024)).toBeNull();
    expect(zeroDisbursedAmount(allocations, [pay(PROVINCIAL, '2024-07-01', 1n)], 2024)).toBe(300_000_000n);
    expect(zeroDisbursedAmount([], [], 2024)).toBeNull();
    expect(disbursedBy([pay(PROVINCIAL, '2024-06-29', 5n)], '2024-06-29')).toBe(5n);
  });
});

describe('the Treasury rule', () => {
  // Agreed: 600 upper, 400 counterpart. Upper paid may reach 1.5 x counterpart paid.
  const allocations = [
    { source: CENTRAL, year: 2024, amount: 400n },
    { source: PROVINCIAL, year: 2024, amount: 200n },
    { source: DISTRICT, year: 2024, amount: 300n },
    { source: COMMUNE, year: 2024, amount: 100n },
  ];
  it('lets upper-budget money keep pace with the counterpart, not run ahead', () => {
    const counterpart = [pay(DISTRICT, '2024-03-01', 100n)];
    expect(treasuryAllows(allocations, [...counterpart, pay(CENTRAL, '2024-03-02', 150n)])).toBe(true);
    expect(treasuryAllows(allocations, [...counterpart, pay(CENTRAL, '2024-03-02', 151n)])).toBe(false);
    expect(treasuryRoom(allocations, [...counterpart, pay(CENTRAL, '2024-03-02', 100n)])).toBe(50n);
    expect(treasuryAllows(allocations, [pay(CENTRAL, '2024-03-02', 1n)])).toBe(false);
  });
  it('holds nothing back where no counterpart is agreed', () => {
    expect(treasuryAllows([{ source: CENTRAL, year: 2024, amount: 10n }], [pay(CENTRAL, '2024-01-01', 10n)])).toBe(
      true,
    );
  });
});

describe('local debt: more than three years without a settlement', () => {
  it('starts the day after three years, not on the third anniversary', () => {
    expect(isLocalDebt('2021-03-15', null, '2024-03-14')).toBe(false);
    expect(isLocalDebt('2021-03-15', null, '2024-03-15')).toBe(false);
    expect(isLocalDebt('2021-03-15', null, '2024-03-16')).toBe(true);
    expect(isLocalDebt('2021-03-15', '2024-01-10', '2024-06-01')).toBe(false);
    expect(isLocalDebt('2021-03-15', '2024-06-10', '2024-06-01')).toBe(true);
    expect(isLocalDebt(null, null, '2030-01-01')).toBe(false);
  });
  it('is the upper-budget share agreed and not yet paid', () => {
    const allocations = [
      { source: CENTRAL, year: 2021, amount: 1000n },
      { source: DISTRICT, year: 2021, amount: 500n },
    ];
    expect(localDebtAmount(allocations, [pay(CENTRAL, '2022-01-01', 300n, 2021)])).toBe(700n);
  });
});
