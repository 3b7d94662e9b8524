import { AdminLevel } from './admin-level';

/**
 * The kind of an administrative unit, as the GSO catalogue names it ("Huyện", "Thị xã", …).
 * Identifiers are English; `UNIT_TYPE_NAMES` holds the official Vietnamese names.
 */
export enum UnitType {
  PROVINCE = 'PROVINCE',
  CENTRAL_CITY = 'CENTRAL_CITY',
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  PROVINCIAL_CITY = 'PROVINCIAL_CITY',
  TOWN = 'TOWN',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  RESIDENTIAL_GROUP = 'RESIDENTIAL_GROUP',
}

interface UnitTypeFacts {
  /** The name the GSO catalogue gives the type. */
  name: string;
  /** The word that starts a unit's full name ("Thành phố Hội An"). */
  prefix: string;
  level: AdminLevel;
}

const FACTS: Record<UnitType, UnitTypeFacts> = {
  [UnitType.PROVINCE]: { name: 'Tỉnh', prefix: 'Tỉnh', level: AdminLevel.PROVINCE },
  [UnitType.CENTRAL_CITY]: {
    name: 'Thành phố Trung ương',
    prefix: 'Thành phố',
    level: AdminLevel.PROVINCE,
  },
  [UnitType.RURAL_DISTRICT]: { name: 'Huyện', prefix: 'Huyện', level: AdminLevel.DISTRICT },
  [UnitType.URBAN_DISTRICT]: { name: 'Quận', prefix: 'Quận', level: AdminLevel.DISTRICT },
  [UnitType.PROVINCIAL_CITY]: { name: 'Thành phố', prefix: 'Thành phố', level: AdminLevel.DISTRICT },
  [UnitType.TOWN]: { name: 'Thị xã', prefix: 'Thị xã', level: AdminLevel.DISTRICT },
  [UnitType.COMMUNE]: { name: 'Xã', prefix: 'Xã', level: AdminLevel.COMMUNE },
  [UnitType.WARD]: { name: 'Phường', prefix: 'Phường', level: AdminLevel.COMMUNE },
  [UnitType.TOWNSHIP]: { name: 'Thị trấn', prefix: 'Thị trấn', level: AdminLevel.COMMUNE },
  [UnitType.VILLAGE]: { name: 'Thôn', prefix: 'Thôn', level: AdminLevel.VILLAGE },
  [UnitType.RESIDENTIAL_GROUP]: {
    name: 'Tổ dân phố',
    prefix: 'Tổ dân phố',
    level: AdminLevel.VILLAGE,
  },
};

export const UNIT_TYPES: readonly UnitType[] = Object.values(UnitType);

/** The official Vietnamese name of a unit type ("Thị xã"). */
export function unitTypeName(type: UnitType): string {
  return FACTS[type].name;
}

/** The level a unit of this type sits at. */
export function levelOfUnitType(type: UnitType): AdminLevel {
  return FACTS[type].level;
}

/** The unit types that may sit at `level`. */
export function unitTypesAtLevel(level: AdminLevel): UnitType[] {
  return UNIT_TYPES.filter((t) => FACTS[t].level === level);
}

/**
 * Reads a GSO type name ("Thị xã") at a level. Returns null for a name the catalogue does not use
 * at that level, so that an import can report it instead of guessing.
 */
export function parseUnitTypeName(name: string, level: AdminLevel): UnitType | null {
  const wanted = name.trim();
  return unitTypesAtLevel(level).find((t) => FACTS[t].name === wanted) ?? null;
}

/**
 * The name without its type word: "Huyện Nam Giang" -> "Nam Giang". The plan names units this
 * way. A name that does not start with the type word is returned as it is.
 */
export function shortUnitName(fullName: string, type: UnitType): string {
  const name = fullName.trim();
  const prefix = FACTS[type].prefix;
  if (name.length > prefix.length && name.startsWith(prefix + ' ')) {
    return name.slice(prefix.length + 1).trim();
  }
  return name;
}
