import { AdminLevel } from '../hierarchy/admin-level';

/** Where money comes from. */
export enum FundingSource {
  /** Ngân sách trung ương. */
  CENTRAL = 'CENTRAL',
  /** Ngân sách tỉnh. */
  PROVINCIAL = 'PROVINCIAL',
  /** Ngân sách huyện (vốn đối ứng). */
  DISTRICT = 'DISTRICT',
  /** Ngân sách xã (vốn đối ứng). */
  COMMUNE = 'COMMUNE',
  /** Nhân dân đóng góp. */
  PEOPLE = 'PEOPLE',
  /** Vốn tín dụng. */
  CREDIT = 'CREDIT',
  OTHER = 'OTHER',
}

export const FUNDING_SOURCES: readonly FundingSource[] = Object.values(FundingSource);

/** Vốn đầu tư phát triển or kinh phí sự nghiệp. */
export enum CapitalType {
  INVESTMENT = 'INVESTMENT',
  RECURRENT = 'RECURRENT',
}

/** Central and provincial money: what the Treasury holds back against the counterpart. */
export function isUpperBudget(source: FundingSource): boolean {
  return source === FundingSource.CENTRAL || source === FundingSource.PROVINCIAL;
}

/** District and commune money: the counterpart (vốn đối ứng). */
export function isCounterpart(source: FundingSource): boolean {
  return source === FundingSource.DISTRICT || source === FundingSource.COMMUNE;
}

/**
 * The level whose budget a source is: money of that source below it was handed down from it, so
 * what is allocated below a unit never exceeds what the unit received. Residents' contributions,
 * credit and other money are recorded where they arise and reconcile with nothing above.
 */
export function budgetOwnerLevel(source: FundingSource): AdminLevel | null {
  switch (source) {
    case FundingSource.CENTRAL:
    case FundingSource.PROVINCIAL:
      return AdminLevel.PROVINCE;
    case FundingSource.DISTRICT:
      return AdminLevel.DISTRICT;
    case FundingSource.COMMUNE:
      return AdminLevel.COMMUNE;
    default:
      return null;
  }
}

export const FUNDING_SOURCE_NAMES: Record<FundingSource, string> = {
  [FundingSource.CENTRAL]: 'Ngân sách trung ương',
  [FundingSource.PROVINCIAL]: 'Ngân sách tỉnh',
  [FundingSource.DISTRICT]: 'Ngân sách huyện',
  [FundingSource.COMMUNE]: 'Ngân sách xã',
  [FundingSource.PEOPLE]: 'Nhân dân đóng góp',
  [FundingSource.CREDIT]: 'Vốn tín dụng',
  [FundingSource.OTHER]: 'Nguồn khác',
};
