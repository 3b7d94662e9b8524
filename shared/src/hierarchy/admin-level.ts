/** The four levels of the hierarchy the plan speaks of, top to bottom. */
export enum AdminLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  VILLAGE = 'VILLAGE',
}

export const ADMIN_LEVELS_TOP_DOWN: readonly AdminLevel[] = [
  AdminLevel.PROVINCE,
  AdminLevel.DISTRICT,
  AdminLevel.COMMUNE,
  AdminLevel.VILLAGE,
];

/** The level directly below `level`, or null for villages. */
export function childLevelOf(level: AdminLevel): AdminLevel | null {
  const i = ADMIN_LEVELS_TOP_DOWN.indexOf(level);
  return ADMIN_LEVELS_TOP_DOWN[i + 1] ?? null;
}

/** The level directly above `level`, or null for provinces. */
export function parentLevelOf(level: AdminLevel): AdminLevel | null {
  const i = ADMIN_LEVELS_TOP_DOWN.indexOf(level);
  return i > 0 ? ADMIN_LEVELS_TOP_DOWN[i - 1] : null;
}
