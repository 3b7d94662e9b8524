import { isIsoDate } from '@ntm/shared';
import { INTL_LOCALES, type AppLocale } from '@/i18n/locales';
import { message, type Message } from '@/i18n/message';
import type { HierarchyChangeInput, HierarchyEffect, ProposedChange } from './api';

/**
 * A catalogue's proposal turned into the change to send: the successors the user chose for the
 * units that end, the day and the decision. Pure, so that what is sent is tested on its own.
 */

/** The successor chosen for each unit that ends, by its row's position in the proposal. */
export type SuccessorChoices = ReadonlyMap<number, string>;

type Kinded = Pick<ProposedChange, 'kind'>;

/** A unit the catalogue no longer lists: it ends, and someone must carry its figures. */
export const isMerge = (change: Kinded): boolean => change.kind === 'MERGE';

/** The successors the catalogue makes evident (same name stem, children moved), chosen from the start. */
export function proposedChoices(changes: readonly ProposedChange[]): Map<number, string> {
  const choices = new Map<number, string>();
  changes.forEach((change, index) => {
    if (isMerge(change) && change.successorCode) choices.set(index, change.successorCode);
  });
  return choices;
}

/** The rows (positions) of units that end with no successor chosen yet. */
export function missingSuccessors(changes: readonly Kinded[], choices: SuccessorChoices): number[] {
  return changes.flatMap((change, index) => (isMerge(change) && !choices.get(index) ? [index] : []));
}

/**
 * The change as preview and apply both take it: one item per proposed change, in the proposal's
 * order, so that a refusal's `index` is the row's position. A unit that ends sends the successor
 * chosen and no parent (its children go to the successor); the others keep the catalogue's parent.
 */
export function changeInput(
  changes: readonly ProposedChange[],
  choices: SuccessorChoices,
  effectiveOn: string,
  decision: string,
): HierarchyChangeInput {
  return {
    effectiveOn,
    decision: decision.trim(),
    items: changes.map((c, index) => ({
      kind: c.kind,
      code: c.code,
      name: c.name,
      type: c.type,
      parentCode: isMerge(c) ? null : c.parentCode,
      successorCode: isMerge(c) ? (choices.get(index) ?? null) : null,
    })),
  };
}

/** May the change be applied: a successor for every unit that ends, a decision and a day. */
export function canApply(
  changes: readonly Kinded[],
  choices: SuccessorChoices,
  effectiveOn: string,
  decision: string,
): boolean {
  return (
    changes.length > 0 &&
    missingSuccessors(changes, choices).length === 0 &&
    decision.trim() !== '' &&
    isIsoDate(effectiveOn)
  );
}

// Intl formatters are costly to build: one per locale.
const dongFormats = new Map<AppLocale, Intl.NumberFormat>();

/**
 * Whole đồng with the locale's grouping ("600.000.000" in Vietnamese), exact: the amount is
 * formatted as a BigInt, never through a float. Anything that is not whole đồng is shown as is.
 */
export function formatDong(amount: string, locale: AppLocale): string {
  if (!/^-?\d+$/.test(amount)) return amount;
  let format = dongFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 0 });
    dongFormats.set(locale, format);
  }
  return format.format(BigInt(amount));
}

/** The tables whose records an effect counts, as the server names them. */
const TABLES = new Set([
  'allocation',
  'project',
  'disbursement',
  'target',
  'recognition',
  'evaluation',
  'indicator_value',
  'ocop_product',
  'good_model',
  'monthly_report',
  'unit_submission',
]);
const TARGET_LEVELS = new Set(['NTM', 'ADVANCED', 'MODEL', 'MODEL_VILLAGE', 'TASK_COMPLETED']);
const KINDS = new Set(['CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE']);

/**
 * What an effect is about, in words: the records' table (RECORDS_*), the target's level and year
 * ("ADVANCED 2025"), the kind of ending (UNIT_ENDED) or the new name (UNIT_RENAMED), which is
 * shown as it is. Null when there is nothing to say.
 */
export function effectEntity(effect: Pick<HierarchyEffect, 'action' | 'entity'>): Message | string | null {
  const entity = effect.entity;
  if (!entity) return null;
  switch (effect.action) {
    case 'RECORDS_MOVED':
    case 'RECORDS_CARRIED':
      return TABLES.has(entity) ? message(`hierarchyChanges.tables.${entity}`) : entity;
    case 'TARGET_CREATED':
    case 'TARGET_MERGED': {
      const [level, year] = entity.split(' ');
      return TARGET_LEVELS.has(level) && /^\d{4}$/.test(year ?? '')
        ? message('hierarchyChanges.effects.target', { level: message(`targetLevels.${level}`), year })
        : entity;
    }
    case 'UNIT_ENDED':
      return KINDS.has(entity) ? message(`hierarchyChanges.kinds.${entity}`) : entity;
    default:
      return entity;
  }
}
