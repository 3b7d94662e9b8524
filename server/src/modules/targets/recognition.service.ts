import { RecognitionEnd, TargetLevel, type ValidationIssue, validateYear } from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { BatchWriter, PlannedRow } from '../../db/batch-writer';
import { byIds, unitsByCode } from '../../db/lookups';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import { Recognition } from './recognition.entity';
import { LEVELS_OF, RECOGNITION_SPEC, pathAt, recognitionView, textIssue } from './targets-views';
import type { RecognitionRowInput } from './targets.types';

/** The batch save of recognitions entered by hand. */
export class RecognitionService {
  constructor(private readonly batch: BatchWriter) {}

  /**
   * Recognitions entered or changed by hand (those recognised before the product, lapses and
   * withdrawals). Model villages are recognised by the district, everything else by the province.
   */
  async saveRecognitions(ctx: RequestContext, rows: RecognitionRowInput[]) {
    return this.batch.run(async (em) => {
      const existing = await byIds(
        em,
        Recognition,
        rows.flatMap((r) => (r.id ? [r.id] : [])),
      );
      const units = await unitsByCode(
        em,
        rows.flatMap((r) => (r.unitCode ? [r.unitCode] : [])),
      );
      const beforeUnits = await byIds(
        em,
        AdminUnit,
        [...existing.values()].map((r) => r.unitId),
      );
      const planned: PlannedRow<Recognition>[] = [];
      for (const [index, row] of rows.entries()) {
        const before = row.id ? (existing.get(row.id) ?? null) : null;
        if (row.id && !before) {
          planned.push({ index, key: `R${row.id}`, error: AppError.notFound('Recognition', String(row.id)) });
          continue;
        }
        const unit = before
          ? (beforeUnits.get(before.unitId) ?? null)
          : row.unitCode
            ? (units.get(row.unitCode) ?? null)
            : null;
        const issues: ValidationIssue[] = [];
        if (!before && !unit)
          issues.push(
            row.unitCode
              ? { field: 'unitCode', rule: 'notAllowed', params: { reason: 'no such unit' } }
              : { field: 'unitCode', rule: 'required' },
          );
        if (before && row.version == null) issues.push({ field: 'version', rule: 'required' });
        const level = row.level ?? before?.level;
        const year = row.year ?? before?.year;
        const recognisedOn = row.recognisedOn ?? before?.recognisedOn;
        const endedOn = row.endedOn === undefined ? (before?.endedOn ?? null) : row.endedOn;
        const maintainedOn = row.maintainedOn === undefined ? (before?.maintainedOn ?? null) : row.maintainedOn;
        const endReason = row.endReason === undefined ? (before?.endReason ?? null) : row.endReason;
        if (!level) issues.push({ field: 'level', rule: 'required' });
        else if (unit && !LEVELS_OF[unit.level].includes(level))
          issues.push({
            field: 'level',
            rule: 'notAllowed',
            params: { reason: `a ${unit.level.toLowerCase()} is not recognised at ${level}` },
          });
        const yi = year === undefined ? { field: 'year', rule: 'required' as const } : validateYear(year);
        if (yi) issues.push(yi);
        if (!recognisedOn) issues.push({ field: 'recognisedOn', rule: 'required' });
        if (endedOn && recognisedOn && endedOn <= recognisedOn)
          issues.push({ field: 'endedOn', rule: 'notAllowed', params: { reason: 'it must be after recognisedOn' } });
        if (maintainedOn && recognisedOn && maintainedOn < recognisedOn)
          issues.push({
            field: 'maintainedOn',
            rule: 'notAllowed',
            params: { reason: 'it must not be before recognisedOn' },
          });
        if ((endedOn === null) !== (endReason === null))
          issues.push({ field: endedOn ? 'endReason' : 'endedOn', rule: 'required' });
        if (endReason && !Object.values(RecognitionEnd).includes(endReason))
          issues.push({ field: 'endReason', rule: 'notAllowed' });
        for (const t of [textIssue('decision', row.decision, 100), textIssue('note', row.note)]) if (t) issues.push(t);
        if (issues.length > 0 || !unit || !level || year === undefined || !recognisedOn) {
          planned.push({
            index,
            key: before ? `R${before.id}` : (row.unitCode ?? null),
            error: AppError.badInput(issues),
          });
          continue;
        }
        const after = em.create(Recognition, {
          ...(before ?? { unitId: unit.id, unitPath: unit.path, targetId: null, version: 1 }),
          level,
          year,
          recognisedOn,
          decision: row.decision === undefined ? (before?.decision ?? null) : row.decision,
          maintainedOn,
          endedOn,
          endReason,
          note: row.note === undefined ? (before?.note ?? null) : row.note,
        });
        // Model villages are recognised by the district; the rest by the province.
        const owner = level === TargetLevel.MODEL_VILLAGE ? pathAt(unit.path, 2) : pathAt(unit.path, 1);
        planned.push({
          index,
          key: `${unit.code}/${level}/${recognisedOn}`,
          before,
          after,
          unitPath: unit.path,
          scopePath: owner,
          year,
          expectedVersion: before ? (row.version ?? null) : null,
        });
      }
      const out = await this.batch.write(em, ctx, RECOGNITION_SPEC, planned);
      const saved = out.rows.filter((r): r is Recognition => r !== null);
      return {
        recognitions: saved.map(recognitionView),
        created: out.created,
        updated: out.updated,
        unchanged: out.unchanged,
        changed: out.created + out.updated,
      };
    });
  }
}
