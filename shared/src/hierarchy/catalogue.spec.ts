import fs from 'node:fs';
import path from 'node:path';
import { AdminLevel } from './admin-level';
import {
  CatalogueError,
  type HeldUnit,
  HierarchyChangeKind,
  SuccessorReason,
  countByLevel,
  diffCatalogue,
  nameStem,
  parseGsoCatalogue,
  sortChanges,
} from './catalogue';
import { UnitType } from './unit-type';

const fixture = (date: string) =>
  parseGsoCatalogue(
    JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../tests/fixtures', `gso-quang-nam-${date}.json`), 'utf8'),
    ),
  );

describe('parseGsoCatalogue', () => {
  it('reads the units of a catalogue with their levels, types, parents and date', () => {
    const c = fixture('2024-02-01');
    expect(c.date).toBe('2024-02-01');
    expect(countByLevel(c.units)).toEqual({ PROVINCE: 1, DISTRICT: 18, COMMUNE: 241, VILLAGE: 0 });
    expect(c.units.find((u) => u.code === '20821')).toEqual({
      level: AdminLevel.COMMUNE,
      code: '20821',
      name: 'Xã Bình Định Bắc',
      type: UnitType.COMMUNE,
      parentCode: '513',
    });
  });

  it('names the place of what it cannot read', () => {
    expect(() => parseGsoCatalogue({})).toThrow(CatalogueError);
    const bad = {
      data: [
        {
          level1_id: '49',
          name: 'Tỉnh Quảng Nam',
          type: 'Tỉnh',
          level2s: [{ level2_id: '502', name: 'Thành phố Tam Kỳ', type: 'Làng' }],
        },
      ],
    };
    expect(() => parseGsoCatalogue(bad)).toThrow('data[0].level2s[0].type');
    const twice = {
      data: [
        { level1_id: '49', name: 'Tỉnh Quảng Nam', type: 'Tỉnh' },
        { level1_id: '49', name: 'Tỉnh Quảng Nam', type: 'Tỉnh' },
      ],
    };
    expect(() => parseGsoCatalogue(twice)).toThrow('listed twice');
  });
});

describe('nameStem', () => {
  it('drops a trailing direction or number but keeps two words', () => {
    expect(nameStem('Xã Bình Định Nam', UnitType.COMMUNE)).toBe('binh dinh');
    expect(nameStem('Xã Bình Định', UnitType.COMMUNE)).toBe('binh dinh');
    expect(nameStem('Xã Quế Xuân 1', UnitType.COMMUNE)).toBe('que xuan');
    expect(nameStem('Xã Bình Nam', UnitType.COMMUNE)).toBe('binh nam');
  });
});

describe('diffCatalogue', () => {
  const held: HeldUnit[] = fixture('2024-02-01').units;
  const changes = diffCatalogue(held, fixture('2025-03-01').units);
  const of = (kind: HierarchyChangeKind) => changes.filter((c) => c.kind === kind).map((c) => c.code);

  it('proposes the changes between the 2024 and 2025 catalogues of Quảng Nam', () => {
    expect(of(HierarchyChangeKind.CREATE)).toEqual(['20674']);
    expect(of(HierarchyChangeKind.RENAME).sort()).toEqual(['20758', '20821']);
    expect(of(HierarchyChangeKind.MOVE).sort()).toEqual(['20656', '20668', '20669', '20671', '20692']);
    expect(of(HierarchyChangeKind.MERGE).sort()).toEqual([
      '20338',
      '20383',
      '20602',
      '20672',
      '20761',
      '20822',
      '20830',
      '20863',
      '519',
    ]);
  });

  it('proposes a successor only where the catalogue makes it evident', () => {
    const merge = (code: string) => changes.find((c) => c.code === code && c.kind === HierarchyChangeKind.MERGE)!;
    expect(merge('20822')).toMatchObject({ successorCode: '20821', reason: SuccessorReason.SAME_STEM });
    expect(merge('519')).toMatchObject({ successorCode: '509', reason: SuccessorReason.CHILDREN_MOVED });
    for (const code of ['20338', '20383', '20602', '20672', '20761', '20830', '20863'])
      expect(merge(code)).toMatchObject({ successorCode: null, reason: null });
    // The user chooses among units of the same level, those of the same parent first.
    expect(merge('20761').candidates[0]).toBe('20758');
    expect(merge('20761').candidates).not.toContain('20761');
    expect(merge('519').candidates).toContain('509');
    // A commune of a merged district: the communes its former neighbours joined come first.
    expect(merge('20672').candidates.slice(0, 3)).toEqual(['20641', '20644', '20647']);
  });

  it('orders creations first and endings last, communes before their districts', () => {
    expect(changes[0].kind).toBe(HierarchyChangeKind.CREATE);
    expect(changes.at(-1)).toMatchObject({ kind: HierarchyChangeKind.MERGE, code: '519' });
  });

  it('finds nothing to change in a catalogue already applied', () => {
    expect(diffCatalogue(fixture('2025-03-01').units, fixture('2025-03-01').units)).toEqual([]);
  });

  it('compares only the provinces the product holds', () => {
    const other = [
      {
        level: AdminLevel.PROVINCE,
        code: '48',
        name: 'Thành phố Đà Nẵng',
        type: UnitType.CENTRAL_CITY,
        parentCode: null,
      },
    ];
    expect(diffCatalogue(held, [...fixture('2024-02-01').units, ...other])).toEqual([]);
  });

  it('sorts creations top-down', () => {
    const sorted = sortChanges([
      { kind: HierarchyChangeKind.CREATE, level: AdminLevel.COMMUNE, code: '1' },
      { kind: HierarchyChangeKind.MERGE, level: AdminLevel.DISTRICT, code: '2' },
      { kind: HierarchyChangeKind.CREATE, level: AdminLevel.DISTRICT, code: '3' },
    ]);
    expect(sorted.map((c) => c.code)).toEqual(['3', '1', '2']);
  });
});
