import fs from 'node:fs';
import path from 'node:path';
import { In, type EntityManager } from 'typeorm';
import { AdminLevel, foldVietnamese, parseUnitTypeName, shortUnitName } from '@ntm/shared';
import type { Database } from '../../db/database';
import { AdminUnit } from './admin-unit.entity';

const SEED_DATA = path.resolve(__dirname, '..', '..', '..', 'seed-data');

/** The catalogue the product is seeded from, and the day it describes. */
export const SEED_CATALOGUE = { file: 'quang-nam-units-2024-02-01.csv', date: '2024-02-01' };

export interface CatalogueRow {
  level: AdminLevel;
  code: string;
  name: string;
  typeName: string;
  parentCode: string | null;
}

const LEVELS: Record<string, AdminLevel> = {
  province: AdminLevel.PROVINCE,
  district: AdminLevel.DISTRICT,
  commune: AdminLevel.COMMUNE,
};

/** Reads the catalogue CSV (`level,code,name,type,parent_code`), refusing anything unexpected. */
export function parseCatalogueCsv(text: string): CatalogueRow[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (header.trim() !== 'level,code,name,type,parent_code') throw new Error(`unexpected catalogue header: ${header}`);
  return lines.map((line, i) => {
    const cells = line.split(',');
    const level = LEVELS[cells[0]];
    if (cells.length !== 5 || !level || !/^\d{2,5}$/.test(cells[1])) {
      throw new Error(`catalogue line ${i + 2} is malformed: ${line}`);
    }
    return { level, code: cells[1], name: cells[2].trim(), typeName: cells[3].trim(), parentCode: cells[4] || null };
  });
}

function readMountainousDistricts(): Set<string> {
  const file = JSON.parse(fs.readFileSync(path.join(SEED_DATA, 'mountainous-districts.json'), 'utf8'));
  return new Set<string>(file.districts);
}

/**
 * Puts Quảng Nam's units into the database as the catalogue of 2024-02-01 lists them. Units
 * already there are left alone (staff may have edited them), so running it again changes nothing.
 * Returns how many units it added.
 */
export async function seedHierarchy(db: Database): Promise<number> {
  const rows = parseCatalogueCsv(fs.readFileSync(path.join(SEED_DATA, SEED_CATALOGUE.file), 'utf8'));
  const mountainous = readMountainousDistricts();
  return db.transaction(async (em) => {
    let added = 0;
    for (const level of [AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE]) {
      added += await seedLevel(
        em,
        rows.filter((r) => r.level === level),
        mountainous,
      );
    }
    return added;
  });
}

async function seedLevel(em: EntityManager, rows: CatalogueRow[], mountainousDistricts: Set<string>): Promise<number> {
  if (rows.length === 0) return 0;
  const existing = new Set(
    (await em.find(AdminUnit, { where: { code: In(rows.map((r) => r.code)) }, select: { code: true } })).map(
      (u) => u.code,
    ),
  );
  const parentCodes = [...new Set(rows.map((r) => r.parentCode).filter((c): c is string => c !== null))];
  const parents = new Map(
    (parentCodes.length ? await em.find(AdminUnit, { where: { code: In(parentCodes) } }) : []).map((u) => [u.code, u]),
  );
  const fresh = rows
    .filter((r) => !existing.has(r.code))
    .map((r) => {
      const type = parseUnitTypeName(r.typeName, r.level);
      if (!type) throw new Error(`unit ${r.code} has type "${r.typeName}", unknown at level ${r.level}`);
      const parent = r.parentCode ? parents.get(r.parentCode) : undefined;
      if (r.parentCode && !parent) throw new Error(`unit ${r.code} names parent ${r.parentCode}, which is missing`);
      const districtCode =
        r.level === AdminLevel.DISTRICT ? r.code : r.level === AdminLevel.COMMUNE ? r.parentCode : null;
      return em.create(AdminUnit, {
        code: r.code,
        name: r.name,
        shortName: shortUnitName(r.name, type),
        searchName: foldVietnamese(r.name),
        type,
        level: r.level,
        parentId: parent?.id ?? null,
        path: parent ? `${parent.path}/${r.code}` : r.code,
        mountainous: districtCode !== null && mountainousDistricts.has(districtCode),
        validFrom: null,
        validTo: null,
        version: 1,
      });
    });
  if (fresh.length > 0) await em.insert(AdminUnit, fresh);
  return fresh.length;
}
