import type { IndicatorUnit } from '@/gql/graphql';
import { formatNumber } from '@/i18n/format';
import type { AppLocale } from '@/i18n/locales';
import type { Translate } from '@/i18n/message';

/** The unit words of the indicators' units, as i18n keys ("triệu đồng", "km"). */
export const UNIT_KEYS: Record<IndicatorUnit, string> = {
  PERCENT: 'indicators.units.PERCENT',
  KM: 'indicators.units.KM',
  COUNT: 'indicators.units.COUNT',
  MILLION_VND: 'indicators.units.MILLION_VND',
  YES_NO: 'indicators.units.YES_NO',
};

/**
 * An indicator's figure as the pages show it: "97,5%", "3,5 km", "1.000", "44 triệu đồng". A
 * yes/no figure is "Có"/"Không" for a unit's own answer, and the share of units saying yes
 * ("50%") once rolled up from the units below.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: IndicatorUnit,
  locale: AppLocale,
  t: Translate,
  { share = false }: { share?: boolean } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const n = formatNumber(value, locale);
  switch (unit) {
    case 'PERCENT':
      return `${n}%`;
    case 'KM':
      return `${n} km`;
    case 'COUNT':
      return n;
    case 'MILLION_VND':
      return `${n} ${t('indicators.units.MILLION_VND', {})}`;
    case 'YES_NO':
      return share ? `${n}%` : value > 0 ? t('grid.yes', {}) : t('grid.no', {});
  }
}
