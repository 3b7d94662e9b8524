import type { GridSaveRow } from '@/grid';
import type { Indicator } from './api';
import { formatIndicatorValue } from './format';
import { figureOf, indicatorField, indicatorInputs, toIndicatorRow, type IndicatorRow } from './matrix';
import { modelInputs, newModelRow, ocopInputs, toOcopRow, type ModelRow, type OcopRow } from './records';

const indicator = (key: string, unit: Indicator['unit']): Indicator => ({
  id: 1,
  key,
  name: key,
  nameEn: key,
  unit,
  level: 'COMMUNE',
  rollUp: unit === 'PERCENT' ? 'WEIGHTED_MEAN' : 'SUM',
  weightKey: null,
  direction: 'HIGHER_IS_BETTER',
  targetKind: null,
  targetValue: null,
  targetValueMax: null,
  targetYear: 2025,
  baselineYear: null,
  derived: null,
  description: '',
  section: null,
  sortOrder: 1,
});

const indicators = [
  indicator('RURAL_HOUSEHOLDS', 'COUNT'),
  indicator('HYGIENIC_WATER', 'PERCENT'),
  indicator('NTM_COMMUNES_DIGITAL', 'YES_NO'),
];

const read = toIndicatorRow(
  {
    unit: { code: '20704', name: 'Xã La Dêê', level: 'COMMUNE' },
    editable: true,
    cells: [
      { key: 'HYGIENIC_WATER', month: 0, value: 90, note: null, version: 3 },
      { key: 'NTM_COMMUNES_DIGITAL', month: 0, value: 1, note: null, version: 1 },
      // Another level's indicator, or a month's figure: not columns of this matrix.
      { key: 'POOR_DISTRICTS_LEAVING', month: 0, value: 1, note: null, version: 1 },
      { key: 'RURAL_HOUSEHOLDS', month: 4, value: 10, note: null, version: 1 },
    ],
  },
  indicators,
);

function saveRow(row: IndicatorRow, changed: string[]): GridSaveRow<IndicatorRow> {
  return { key: read.code, isNew: false, origin: read, row, changed };
}

describe('the indicator matrix as grid rows', () => {
  it('holds each figure of the year in its column, a yes/no as a tick, with its version', () => {
    expect(read[indicatorField('HYGIENIC_WATER')]).toBe(90);
    expect(read[indicatorField('NTM_COMMUNES_DIGITAL')]).toBe(true);
    expect(read[indicatorField('RURAL_HOUSEHOLDS')]).toBeNull();
    expect(read).not.toHaveProperty('v_POOR_DISTRICTS_LEAVING');
    expect(read.versions).toEqual({ HYGIENIC_WATER: 3, NTM_COMMUNES_DIGITAL: 1 });
  });

  it('sends one figure per changed cell, with the version read; an emptied cell removes its figure', () => {
    const edited = {
      ...read,
      v_RURAL_HOUSEHOLDS: 1000,
      v_HYGIENIC_WATER: null,
      v_NTM_COMMUNES_DIGITAL: false,
    } as IndicatorRow;
    const { inputs, origins } = indicatorInputs(
      [saveRow(edited, ['v_RURAL_HOUSEHOLDS', 'v_HYGIENIC_WATER', 'v_NTM_COMMUNES_DIGITAL'])],
      indicators,
      2025,
    );
    expect(inputs).toEqual([
      { unitCode: '20704', key: 'RURAL_HOUSEHOLDS', year: 2025, month: 0, value: 1000, version: null },
      { unitCode: '20704', key: 'HYGIENIC_WATER', year: 2025, month: 0, value: null, version: 3 },
      { unitCode: '20704', key: 'NTM_COMMUNES_DIGITAL', year: 2025, month: 0, value: 0, version: 1 },
    ]);
    expect(origins.map((o) => o.field)).toEqual(['v_RURAL_HOUSEHOLDS', 'v_HYGIENIC_WATER', 'v_NTM_COMMUNES_DIGITAL']);
    expect([figureOf(true), figureOf(false), figureOf(null), figureOf(2.5)]).toEqual([1, 0, null, 2.5]);
  });

  it('prints a figure in its indicator’s unit', () => {
    const t = (key: string) =>
      ({ 'grid.yes': 'Có', 'grid.no': 'Không', 'indicators.units.MILLION_VND': 'triệu đồng' })[key] ?? key;
    expect(formatIndicatorValue(97.5, 'PERCENT', 'vi', t)).toBe('97,5%');
    expect(formatIndicatorValue(3.5, 'KM', 'vi', t)).toBe('3,5 km');
    expect(formatIndicatorValue(4000, 'COUNT', 'vi', t)).toBe('4.000');
    expect(formatIndicatorValue(44, 'MILLION_VND', 'vi', t)).toBe('44 triệu đồng');
    expect(formatIndicatorValue(1, 'YES_NO', 'vi', t)).toBe('Có');
    expect(formatIndicatorValue(50, 'YES_NO', 'vi', t, { share: true })).toBe('50%');
    expect(formatIndicatorValue(null, 'PERCENT', 'vi', t)).toBe('');
  });
});

describe('OCOP products and models as grid rows', () => {
  it('sends a new product in full and a changed one by its changed fields and version', () => {
    const saved = toOcopRow({
      id: 7,
      name: 'Sâm',
      producer: 'HTX',
      category: 'Dược liệu',
      stars: 4,
      yearRated: 2024,
      isNew: true,
      flagship: false,
      version: 2,
      unit: { code: '20716', name: 'Xã Trà Linh' },
    });
    const fresh: OcopRow = { ...saved, key: 'new:1', id: null, version: null, name: ' Trà ', stars: '3' };
    expect(
      ocopInputs([
        { key: '7', isNew: false, origin: saved, row: { ...saved, stars: '5' }, changed: ['stars'] },
        { key: 'new:1', isNew: true, origin: fresh, row: fresh, changed: [] },
      ]),
    ).toEqual([
      { id: 7, version: 2, stars: 5 },
      {
        unitCode: '20716',
        name: 'Trà',
        producer: 'HTX',
        category: 'Dược liệu',
        stars: 3,
        yearRated: 2024,
        isNew: true,
        flagship: false,
      },
    ]);
  });

  it('sends a new model with its unit, field and year', () => {
    const row: ModelRow = { ...newModelRow('new:1', 2025, '510'), name: 'Du lịch cộng đồng', field: 'TOURISM' };
    expect(modelInputs([{ key: 'new:1', isNew: true, origin: row, row, changed: [] }])).toEqual([
      { unitCode: '510', name: 'Du lịch cộng đồng', field: 'TOURISM', year: 2025, replicatedFromId: null, note: null },
    ]);
  });
});
