import type { GridSaveRow } from '@/grid';
import {
  criterionField,
  evaluationInputs,
  metCountOf,
  toMatrixRow,
  withMetCount,
  type Criterion,
  type MatrixRow,
} from './matrix';

const criteria: Criterion[] = [
  { id: 1, code: '1', parentCode: null, name: 'Quy hoạch' },
  { id: 2, code: '13', parentCode: null, name: 'Tổ chức sản xuất' },
  { id: 3, code: '13.3', parentCode: '13', name: 'Truy xuất nguồn gốc' },
  { id: 4, code: '13.4', parentCode: '13', name: 'Làng nghề' },
  { id: 5, code: '17', parentCode: null, name: 'Môi trường' },
];

const read = toMatrixRow(
  {
    unit: { code: '20713', name: 'Xã Cà Dy', shortName: 'Cà Dy' },
    cells: [
      { code: '1', met: true, value: null, note: null, version: 3 },
      { code: '13.3', met: true, value: null, note: null, version: 1 },
      { code: '17', met: false, value: null, note: null, version: 2 },
    ],
    metCount: 1,
    editable: true,
  },
  criteria,
);

describe('the criteria matrix as grid rows', () => {
  it('names the columns c_<code>, an indicator’s dot made an underscore', () => {
    expect(criterionField('17')).toBe('c_17');
    expect(criterionField('13.3')).toBe('c_13_3');
  });

  it('keeps met, not met and not evaluated apart, with each cell’s version', () => {
    expect(read.c_1).toBe(true);
    expect(read.c_17).toBe(false);
    expect(read.c_13).toBeNull();
    expect(read.c_13_4).toBeNull();
    expect(read.versions).toEqual({ '1': 3, '13.3': 1, '17': 2 });
  });

  it('counts the criteria met with the shared rule, indicators included', () => {
    expect(metCountOf(read, criteria)).toBe(1);
    const allIndicators = { ...read, c_13_4: true } as MatrixRow;
    expect(withMetCount(allIndicators, criteria).metCount).toBe(2);
    // A criterion evaluated as a whole decides, whatever its indicators.
    expect(metCountOf({ ...allIndicators, c_13: false } as MatrixRow, criteria)).toBe(1);
  });

  it('sends one evaluation per changed cell, each with the version of that cell as read', () => {
    const edited = { ...read, c_17: true, c_13_4: true, c_1: null } as MatrixRow;
    const other = toMatrixRow(
      { unit: { code: '20716', name: 'Xã Đắc Pre', shortName: 'Đắc Pre' }, cells: [], metCount: 0, editable: true },
      criteria,
    );
    const rows: GridSaveRow<MatrixRow>[] = [
      { key: '20713', isNew: false, origin: read, row: edited, changed: ['c_17', 'c_13_4', 'c_1'] },
      { key: '20716', isNew: false, origin: other, row: { ...other, c_13: true } as MatrixRow, changed: ['c_13'] },
    ];
    const { inputs, origins } = evaluationInputs(rows, criteria, {
      districtCode: '510',
      year: 2025,
      setKey: 'XA_NTM_2021_2025',
    });
    const base = { year: 2025, setKey: 'XA_NTM_2021_2025' };
    expect(inputs).toEqual([
      { ...base, unitCode: '20713', code: '17', met: true, version: 2 },
      { ...base, unitCode: '20713', code: '13.4', met: true, version: null },
      { ...base, unitCode: '20713', code: '1', met: null, version: 3 },
      { ...base, unitCode: '20716', code: '13', met: true, version: null },
    ]);
    expect(origins).toEqual([
      { index: 0, field: 'c_17' },
      { index: 0, field: 'c_13_4' },
      { index: 0, field: 'c_1' },
      { index: 1, field: 'c_13' },
    ]);
  });
});
