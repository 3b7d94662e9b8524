/**
 * Villages are in no public catalogue, so the product codes them itself: the commune's GSO code,
 * a dash and a three-digit number within the commune ("20335-007").
 */
const VILLAGE_CODE = /^(\d{5})-(\d{3})$/;

export const MAX_VILLAGES_PER_COMMUNE = 999;

export function villageCode(communeCode: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_VILLAGES_PER_COMMUNE) {
    throw new RangeError(`village sequence out of range: ${sequence}`);
  }
  return `${communeCode}-${String(sequence).padStart(3, '0')}`;
}

export function parseVillageCode(code: string): { communeCode: string; sequence: number } | null {
  const m = VILLAGE_CODE.exec(code);
  return m ? { communeCode: m[1], sequence: Number(m[2]) } : null;
}

/** The next free village code of a commune, given the codes it already has. */
export function nextVillageCode(communeCode: string, existingCodes: readonly string[]): string {
  let max = 0;
  for (const code of existingCodes) {
    const parsed = parseVillageCode(code);
    if (parsed && parsed.communeCode === communeCode) max = Math.max(max, parsed.sequence);
  }
  return villageCode(communeCode, max + 1);
}
