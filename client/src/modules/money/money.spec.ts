import type { GridSaveRow } from '@/grid';
import { ApiError } from '@/api/errors';
import { ErrorCode } from '@ntm/shared';
import { drawnAmount, formatMoney, localiseRefusals, sumMoney } from './amounts';
import { allocationInputs, planRow, reconcile, reconcilesAt, type PlanRow } from './plan-rows';

const t = (key: string, params: Record<string, unknown>) =>
  `${key}${Object.keys(params).length ? JSON.stringify(params) : ''}`;
const M = 1_000_000n;

const unit = (code: string, level: string) => ({ code, name: `Unit ${code}`, level: level as never, editable: true });
const allocation = (id: number, code: string, source: string, amount: bigint, capitalType: string | null = null) => ({
  id,
  year: 2024,
  source: source as never,
  capitalType: capitalType as never,
  amount: amount.toString(),
  note: null,
  version: 3,
  unit: { code },
});

describe('money on the client', () => {
  it('adds whole đồng beyond what a float holds, and only draws in floats', () => {
    expect(sumMoney(['9007199254740993', '1', null])).toBe('9007199254740994');
    expect(drawnAmount('726276000000')).toBe(726.276);
    expect(formatMoney('1500000000', 'vi', t)).toBe('1.500');
    expect(formatMoney('1500000000', 'en', t, 'billion')).toBe('1.5');
  });

  it('reads a unit’s allocations into a row, summing typed ones and keeping the plain record', () => {
    const row = planRow(unit('510', 'DISTRICT'), true, [
      allocation(1, '510', 'CENTRAL', 600n * M),
      allocation(2, '510', 'PROVINCIAL', 100n * M, 'INVESTMENT'),
      allocation(3, '510', 'PROVINCIAL', 50n * M, 'RECURRENT'),
      allocation(4, '20719', 'CENTRAL', 1n),
    ]);
    expect(row.CENTRAL).toBe(s(600n * M));
    expect(row.PROVINCIAL).toBe(s(150n * M));
    expect(row.DISTRICT).toBeNull();
    expect(row.cells).toEqual({ CENTRAL: { id: 1, version: 3 } });
    expect(row.typed).toEqual({ PROVINCIAL: true });
  });

  it('sends a change with its version, an emptied cell as a deletion, and a new cell as a new record', () => {
    const origin = planRow(unit('20719', 'COMMUNE'), false, [allocation(7, '20719', 'CENTRAL', 5n)]);
    const row = { ...origin, CENTRAL: null, DISTRICT: s(2n * M) } as PlanRow;
    const saved: GridSaveRow<PlanRow> = { key: '20719', isNew: false, origin, row, changed: ['CENTRAL', 'DISTRICT'] };
    const other = { ...origin, code: '20704', CENTRAL: '9' } as PlanRow;
    const { inputs, origins } = allocationInputs(
      [
        saved,
        {
          key: '20704',
          isNew: false,
          origin: { ...other, cells: { CENTRAL: { id: 9, version: 1 } } },
          row: other,
          changed: ['CENTRAL'],
        },
      ],
      2024,
    );
    expect(inputs).toEqual([
      { id: 7, version: 3, delete: true },
      { unitCode: '20719', source: 'DISTRICT', year: 2024, amount: s(2n * M) },
      { id: 9, version: 1, amount: '9' },
    ]);
    expect(origins).toEqual([
      { index: 0, field: 'CENTRAL' },
      { index: 0, field: 'DISTRICT' },
      { index: 1, field: 'CENTRAL' },
    ]);
  });

  it('reconciles what a unit received with what it hands down, where the source is its', () => {
    expect(reconcilesAt('CENTRAL', 'PROVINCE')).toBe(true);
    expect(reconcilesAt('DISTRICT', 'PROVINCE')).toBe(false);
    expect(reconcilesAt('DISTRICT', 'DISTRICT')).toBe(true);
    expect(reconcilesAt('PEOPLE', 'COMMUNE')).toBe(false);
    const rows = [
      planRow(unit('510', 'DISTRICT'), true, [allocation(1, '510', 'CENTRAL', 600n * M)]),
      planRow(unit('20719', 'COMMUNE'), false, [allocation(2, '20719', 'CENTRAL', 500n * M)]),
      planRow(unit('20704', 'COMMUNE'), false, [allocation(3, '20704', 'CENTRAL', 150n * M)]),
    ];
    const central = reconcile(rows, { CENTRAL: s(1n) }).find((l) => l.source === 'CENTRAL')!;
    expect(central).toEqual({
      source: 'CENTRAL',
      received: s(600n * M),
      toUnits: s(650n * M),
      toProjects: '1',
      remaining: s(-50n * M - 1n),
      negative: true,
    });
    expect(reconcile(rows, {}).find((l) => l.source === 'PEOPLE')!.remaining).toBeNull();
  });

  it('words the server’s refusals itself: the Treasury rule, more than allocated, more than received', () => {
    const error = new ApiError({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'refused',
      extensions: {
        rows: [
          {
            index: 0,
            issues: [
              {
                field: 'amount',
                rule: 'notAllowed',
                params: {
                  reason:
                    'the Treasury pays central and provincial money only in proportion to the counterpart paid by the district and commune (2024-06-16)',
                },
              },
            ],
          },
          {
            index: 1,
            issues: [
              {
                field: 'amount',
                rule: 'notAllowed',
                params: {
                  reason: 'paid 500000001 of CENTRAL 2024 capital to NG-1 would exceed its allocation of 500000000',
                },
              },
            ],
          },
          {
            index: 2,
            issues: [
              {
                field: 'amount',
                rule: 'notAllowed',
                params: {
                  reason: 'allocated below Huyện Nam Giang (CENTRAL, 2024) would exceed what it received: 7 > 6',
                },
              },
            ],
          },
          { index: 3, issues: [{ field: 'date', rule: 'notAllowed', params: { reason: 'something new' } }] },
        ],
      },
    });
    const rows = (localiseRefusals(error, { locale: 'vi', t }) as ApiError).extensions.rows as {
      issues: { rule: string; params: Record<string, unknown> }[];
    }[];
    expect(rows.map((r) => r.issues[0].rule)).toEqual([
      'moneyTreasury',
      'moneyOverAllocation',
      'moneyExceedsReceived',
      'moneyRefused',
    ]);
    expect(rows[0].issues[0].params.date).toBe('16/06/2024');
    expect(rows[1].issues[0].params).toMatchObject({
      paid: '500',
      allocated: '500',
      year: '2024',
      source: 'fundingSources.CENTRAL',
    });
    expect(rows[2].issues[0].params).toMatchObject({ unit: 'Huyện Nam Giang', year: '2024' });
  });
});

function s(n: bigint): string {
  return n.toString();
}
