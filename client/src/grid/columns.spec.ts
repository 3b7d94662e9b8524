import { validateUnitName } from '@ntm/shared';
import {
  copyValue,
  displayValue,
  emptyInput,
  type GridColumn,
  hasTotal,
  parseCell,
  sameValue,
  sumValues,
  toColDefs,
} from './columns';

interface Row {
  name: string;
  capital: string | null;
  households: number | null;
  share: number | null;
  startedOn: string | null;
  mountainous: boolean;
  kind: string | null;
}

const vi = {
  locale: 'vi' as const,
  t: (key: string) => ({ 'grid.yes': 'Có', 'grid.no': 'Không', 'kinds.road': 'Đường giao thông' })[key] ?? key,
};
const en = { locale: 'en' as const, t: vi.t };

const col = <K extends keyof Row & string>(
  field: K,
  type: GridColumn<Row>['type'],
  extra: Partial<GridColumn<Row>> = {},
): GridColumn<Row> => ({
  field,
  header: `columns.${field}`,
  type,
  ...extra,
});

const name = col('name', 'text', { validate: (v) => validateUnitName(v, 'name'), normalise: (v) => String(v).trim() });
const millions = col('capital', 'money');
const billions = col('capital', 'money', { moneyUnit: 'billion' });
const households = col('households', 'integer');
const share = col('share', 'number');
const startedOn = col('startedOn', 'date');
const mountainous = col('mountainous', 'boolean');
const kind = col('kind', 'enum', { options: [{ value: 'ROAD', label: 'kinds.road' }] });

describe('reading what is typed or pasted into a cell', () => {
  it('reads money in the column’s unit into whole đồng, exactly', () => {
    expect(parseCell(millions, { text: '1.234,5' }, null, vi)).toEqual({ value: '1234500000', issue: null });
    expect(parseCell(billions, { text: '597,443' }, null, vi)).toEqual({ value: '597443000000', issue: null });
    expect(parseCell(billions, { text: '9.007.199,254740993' }, null, vi)).toEqual({
      value: '9007199254740993',
      issue: null,
    });
    expect(parseCell(millions, { text: '' }, null, vi)).toEqual({ value: null, issue: null });
    expect(parseCell(millions, { text: '0,0000001' }, null, vi).issue).toMatchObject({
      field: 'capital',
      rule: 'invalidFormat',
    });
    expect(parseCell(millions, { text: 'năm trăm' }, null, vi).issue).toMatchObject({
      field: 'capital',
      rule: 'invalidFormat',
    });
  });

  it('reads numbers, whole numbers, dates, ticks and options as a spreadsheet user writes them', () => {
    expect(parseCell(households, { text: '1.250' }, null, vi).value).toBe(1250);
    expect(parseCell(households, { text: '12,5' }, null, vi).issue).toMatchObject({
      rule: 'invalidFormat',
      params: { format: 'integer' },
    });
    expect(parseCell(share, { text: '96,5' }, null, vi).value).toBe(96.5);
    expect(parseCell(startedOn, { text: '30/6/2024' }, null, vi).value).toBe('2024-06-30');
    expect(parseCell(startedOn, { text: '31/06/2024' }, null, vi).issue).toMatchObject({ rule: 'invalidFormat' });
    expect(parseCell(mountainous, { text: 'x' }, null, vi).value).toBe(true);
    expect(parseCell(mountainous, { text: 'có lẽ' }, null, vi).issue).toMatchObject({ field: 'mountainous' });
    expect(parseCell(kind, { text: 'duong giao thong' }, null, vi).value).toBe('ROAD');
    expect(parseCell(kind, { text: 'Cầu' }, null, vi).issue).toMatchObject({ rule: 'invalidFormat' });
  });

  it('applies the shared rule the server applies, and stores the normal form', () => {
    expect(parseCell(name, { text: '   ' }, null, vi).issue).toMatchObject({ field: 'name', rule: 'required' });
    expect(parseCell(name, { text: ' Thôn 1 ' }, null, vi)).toEqual({ value: 'Thôn 1', issue: null });
  });
});

describe('showing and copying values', () => {
  it('shows money in the unit of the column, in Vietnamese or English', () => {
    expect(displayValue(millions, '1234567890', null, vi)).toBe('1.234,568');
    expect(displayValue(billions, '597443000000', null, vi)).toBe('597,443');
    expect(displayValue(billions, '597443000000', null, en)).toBe('597.443');
    expect(displayValue(households, 1234567, null, vi)).toBe('1.234.567');
    expect(displayValue(startedOn, '2024-06-30', null, vi)).toBe('30/06/2024');
    expect(displayValue(mountainous, true, null, vi)).toBe('Có');
  });

  it('copies exact values that read back to the same value', () => {
    for (const [column, value] of [
      [millions, '1234567891'],
      [billions, '597443000000'],
      [households, 1234567],
      [share, 96.25],
      [startedOn, '2024-06-30'],
      [mountainous, true],
    ] as const) {
      const text = copyValue(column, value, null, vi);
      expect(parseCell(column, { text }, null, vi).value).toEqual(value);
    }
  });

  it('sums money exactly beyond what a float holds, and compares money by amount', () => {
    expect(sumValues(millions, ['9007199254740993', '1', null])).toBe('9007199254740994');
    expect(sumValues(share, [1.5, null, 2])).toBe(3.5);
    expect(sameValue(millions, '100', '100')).toBe(true);
    expect(sameValue(millions, null, '')).toBe(true);
  });
});

describe('the AG Grid columns made from the declarations', () => {
  it('put the money unit in the header and right-align numbers', () => {
    const defs = toColDefs([name, billions, households], vi);
    expect(defs.map((d) => d.colId)).toEqual(['name', 'capital', 'households']);
    expect(defs[1].headerName).toBe('columns.capital (grid.moneyUnit.billion)');
    expect(defs[2].type).toBe('rightAligned');
  });
});

describe('tick columns where empty means “not known”', () => {
  const evaluated = col('mountainous', 'boolean', { nullable: true });

  it('read empty as not known, and yes and no as such', () => {
    expect(parseCell(evaluated, { text: '' }, null, vi)).toEqual({ value: null, issue: null });
    expect(parseCell(evaluated, { text: 'x' }, null, vi).value).toBe(true);
    expect(parseCell(evaluated, { text: 'Không' }, null, vi).value).toBe(false);
    expect(parseCell(evaluated, { value: null }, null, vi)).toEqual({ value: null, issue: null });
    expect(parseCell(mountainous, { value: null }, null, vi).issue).toMatchObject({ rule: 'invalidFormat' });
    expect(emptyInput(evaluated)).toEqual({ value: null });
    expect(emptyInput(mountainous)).toEqual({ value: false });
  });

  it('copy a “no” as a word, so that it reads back as no and not as not known', () => {
    for (const value of [true, false, null]) {
      expect(parseCell(evaluated, { text: copyValue(evaluated, value, null, vi) }, null, vi).value).toBe(value);
    }
    expect(sameValue(evaluated, false, null)).toBe(false);
  });

  it('total the ticks: how many are ticked', () => {
    expect(sumValues(evaluated, [true, false, null, true])).toBe(2);
    expect(hasTotal(evaluated)).toBe(false);
    expect(hasTotal({ ...evaluated, total: true })).toBe(true);
  });

  it('may head a column with its own text and a tooltip', () => {
    const c17 = col('kind', 'boolean', { header: '17', headerRaw: true, headerTooltip: '17. Môi trường' });
    const [def] = toColDefs([c17], vi);
    expect(def.headerName).toBe('17');
    expect(def.headerTooltip).toBe('17. Môi trường');
  });
});
