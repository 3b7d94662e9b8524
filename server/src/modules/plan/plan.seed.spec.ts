import fs from 'node:fs';
import path from 'node:path';
import { AdminLevel, parseUnitTypeName, shortUnitName } from '@ntm/shared';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { parseCatalogueCsv } from '../hierarchy/hierarchy.seed';
import { readPlanSeed, resolvePlanName } from './plan.seed';

/** The units of the seeded catalogue, as the seed finds them. */
function catalogue(level: AdminLevel): AdminUnit[] {
  const csv = fs.readFileSync(path.resolve(__dirname, '../../../seed-data/quang-nam-units-2024-02-01.csv'), 'utf8');
  return parseCatalogueCsv(csv)
    .filter((r) => r.level === level)
    .map((r) =>
      Object.assign(new AdminUnit(), {
        code: r.code,
        name: r.name,
        shortName: shortUnitName(r.name, parseUnitTypeName(r.typeName, r.level)!),
      }),
    );
}

describe('resolving the plan’s names to units', () => {
  const communes = catalogue(AdminLevel.COMMUNE);
  const seed = readPlanSeed();
  const aliases = new Map(seed.aliases.map((a) => [a.name, a.code]));

  it('resolves every name of the plan to exactly one unit', () => {
    const resolved = seed.communeTargets.flatMap((list) =>
      list.names.map((name) => resolvePlanName(name, communes, aliases).unit.code),
    );
    expect(resolved).toHaveLength(126);
    const districts = catalogue(AdminLevel.DISTRICT);
    expect(
      seed.districtTargets.flatMap((l) => l.names.map((n) => resolvePlanName(n, districts, aliases).unit.code)),
    ).toEqual(['514', '517', '506', '509', '519', '503', '518', '508']);
  });

  it('takes the catalogue’s exact name first: Tam Thanh, Tam Thạnh and Tam Thành are three communes', () => {
    expect(resolvePlanName('Tam Thanh', communes, aliases).unit.code).toBe('20359');
    expect(resolvePlanName('Tam Thạnh', communes, aliases).unit.code).toBe('20980');
    expect(resolvePlanName('Tam Thành', communes, aliases).unit.code).toBe('20365');
    expect(resolvePlanName('xã Ba', communes, aliases)).toMatchObject({ unit: { code: '20485' }, alias: false });
  });

  it('uses a declared alias for the plan’s own spellings', () => {
    expect(resolvePlanName('Tà Bhing', communes, aliases)).toMatchObject({ unit: { code: '20710' }, alias: true });
    expect(resolvePlanName('Axan', communes, aliases)).toMatchObject({ unit: { code: '20443' }, alias: true });
  });

  it('fails loudly on a name that resolves to none, naming the near ones', () => {
    expect(() => resolvePlanName('Tà Bhing', communes, new Map())).toThrow(/Tà Bhing.*candidates: none/);
    expect(() => resolvePlanName('Bhalê', communes, new Map())).toThrow(/20458 Xã Bha Lê/);
    expect(() => resolvePlanName('Không Có', communes, aliases)).toThrow(/does not resolve/);
  });
});
