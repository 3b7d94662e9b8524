/** OCOP stars a product may hold. */
export const OCOP_STARS = [3, 4, 5] as const;

export interface OcopFacts {
  stars: number;
  yearRated: number;
  /** New in the period (else upgraded or re-rated). */
  isNew: boolean;
  flagship: boolean;
}

export interface OcopTotals {
  total: number;
  byStars: { stars: number; count: number }[];
  newProducts: number;
  upgraded: number;
  flagships: number;
  flagshipsFiveStar: number;
}

/** OCOP products rated by the end of `year`, counted as the plan counts them (II.7). */
export function ocopTotals(products: readonly OcopFacts[], year: number): OcopTotals {
  const rated = products.filter((p) => p.yearRated <= year);
  return {
    total: rated.length,
    byStars: OCOP_STARS.map((stars) => ({ stars, count: rated.filter((p) => p.stars === stars).length })),
    newProducts: rated.filter((p) => p.isNew).length,
    upgraded: rated.filter((p) => !p.isNew).length,
    flagships: rated.filter((p) => p.flagship).length,
    flagshipsFiveStar: rated.filter((p) => p.flagship && p.stars === 5).length,
  };
}

/** Fields of good-practice models (mô hình); rural tourism is one of them. */
export enum ModelField {
  PRODUCTION = 'PRODUCTION',
  ENVIRONMENT = 'ENVIRONMENT',
  CULTURE = 'CULTURE',
  SOCIAL = 'SOCIAL',
  SECURITY = 'SECURITY',
  DIGITAL = 'DIGITAL',
  TOURISM = 'TOURISM',
  OTHER = 'OTHER',
}

/** Section IV.5-6: at least 10 models per commune, 50 per district, 1-2 rural-tourism models per district. */
export const MODEL_COVERAGE = { perCommune: 10, perDistrict: 50, tourismPerDistrict: 1 } as const;
