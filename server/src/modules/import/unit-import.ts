import { In, type EntityManager } from 'typeorm';
import {
  AdminLevel,
  ErrorCode,
  UNIT_TYPES,
  type UnitType,
  type ValidationIssue,
  describeIssue,
  foldVietnamese,
  parseBooleanText,
  parseNumberText,
  parseUnitTypeName,
  todayInVietnam,
} from '@ntm/shared';
import { batchRefused } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import { type AdminUnitBatch, type UnitPlan, type UnitRowInput, describePlan } from '../hierarchy/admin-unit.batch';

type ReadyPlan = Extract<UnitPlan, { after: AdminUnit | null }>;
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type {
  ImportCandidateUnit,
  ImportFieldDef,
  ImportKindHandler,
  ImportRowIssue,
  ImportRowOutcome,
  ImportRunOptions,
  MappedRow,
} from './import-kind';
import type { SheetCell } from './sheet-reader';

const FIELDS: readonly ImportFieldDef[] = [
  {
    key: 'code',
    label: 'Mã',
    labelEn: 'Code',
    aliases: ['mã đơn vị', 'mã số', 'mã đvhc', 'mã thôn'],
    required: false,
    description: 'Mã của đơn vị cần sửa; để trống cho thôn mới',
  },
  {
    key: 'name',
    label: 'Tên',
    labelEn: 'Name',
    aliases: ['tên đơn vị', 'tên thôn', 'tên thôn, tổ dân phố', 'tên xã', 'tên huyện'],
    required: true,
    description: 'Tên đầy đủ, ví dụ "Thôn Pa Lanh"',
  },
  {
    key: 'type',
    label: 'Loại',
    labelEn: 'Type',
    aliases: ['loại đơn vị', 'cấp'],
    required: false,
    description: 'Thôn hoặc Tổ dân phố (thôn mới); mặc định: Thôn',
  },
  {
    key: 'mountainous',
    label: 'Miền núi',
    labelEn: 'Mountainous',
    aliases: ['thuộc miền núi'],
    required: false,
    description: 'x, Có, 1 hoặc TRUE là miền núi',
  },
  {
    key: 'commune',
    label: 'Xã',
    labelEn: 'Commune',
    aliases: ['cấp xã', 'xã, phường, thị trấn', 'mã xã', 'tên xã quản lý', 'thuộc xã'],
    required: false,
    description: 'Xã của thôn mới: mã hoặc tên',
  },
  {
    key: 'district',
    label: 'Huyện',
    labelEn: 'District',
    aliases: ['cấp huyện', 'huyện, thị xã, thành phố', 'mã huyện', 'thuộc huyện'],
    required: false,
    description: 'Huyện của xã, khi xã được ghi bằng tên',
  },
  {
    key: 'version',
    label: 'Phiên bản',
    labelEn: 'Version',
    aliases: [],
    required: false,
    description: 'Phiên bản đã xuất; nếu có, dòng đã bị người khác sửa sẽ bị từ chối',
  },
];

/** The batch's input fields, as the sheet's fields name them. */
const FIELD_OF_INPUT: Record<string, string> = {
  communeCode: 'commune',
  code: 'code',
  version: 'version',
  name: 'name',
  type: 'type',
  mountainous: 'mountainous',
};

const AUDITED_AS_TEXT = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function text(cell: SheetCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const s = typeof cell === 'number' ? String(cell) : String(cell).trim();
  return s === '' ? null : s;
}

function issue(field: string, v: ValidationIssue | { code: string; message: string }): ImportRowIssue {
  if ('rule' in v)
    return { field, code: ErrorCode.BAD_USER_INPUT, issue: { ...v, field }, message: describeIssue({ ...v, field }) };
  return { field, code: v.code, message: v.message };
}

/** Units found by code or by name: exactly, then without diacritics, within a parent. */
class UnitDirectory {
  private readonly byCode = new Map<string, AdminUnit>();
  private readonly byId = new Map<number, AdminUnit>();

  constructor(units: AdminUnit[]) {
    for (const u of units) {
      this.byCode.set(u.code, u);
      this.byId.set(u.id, u);
    }
  }

  static async load(em: EntityManager): Promise<UnitDirectory> {
    const today = todayInVietnam();
    const units = await em
      .createQueryBuilder(AdminUnit, 'u')
      .where({ level: In([AdminLevel.DISTRICT, AdminLevel.COMMUNE]) })
      .andWhere('(u.validTo IS NULL OR u.validTo > :today)', { today })
      .select(['u.id', 'u.code', 'u.name', 'u.shortName', 'u.searchName', 'u.type', 'u.level', 'u.parentId', 'u.path'])
      .getMany();
    return new UnitDirectory(units);
  }

  parentName(unit: AdminUnit): string | null {
    return unit.parentId === null ? null : (this.byId.get(unit.parentId)?.name ?? null);
  }

  /**
   * The unit a cell names at `level` (below `parent` when given): its code, its full name or its
   * short name; exact first, then without diacritics. Never a guess: none or several are said so.
   */
  find(value: string, level: AdminLevel, parent: AdminUnit | null): AdminUnit[] {
    const code = this.byCode.get(value);
    if (code) return code.level === level ? [code] : [];
    const pool = [...this.byCode.values()].filter((u) => u.level === level && (!parent || u.parentId === parent.id));
    const exact = pool.filter((u) => u.name === value || u.shortName === value);
    if (exact.length > 0) return exact;
    const folded = foldVietnamese(value);
    return pool.filter((u) => u.searchName === folded || foldVietnamese(u.shortName) === folded);
  }

  get(code: string): AdminUnit | undefined {
    return this.byCode.get(code);
  }
}

interface ParsedRow {
  row: number;
  input: UnitRowInput | null;
  issues: ImportRowIssue[];
  candidates: ImportCandidateUnit[];
}

/**
 * The hierarchy's sheet (Mã, Tên, Loại, Miền núi; Xã and Huyện for new villages): rows with a code
 * change that unit, rows without add a village, matched by name to one already there first so
 * that importing the same file twice changes nothing the second time.
 */
export class UnitImport implements ImportKindHandler {
  readonly fields = FIELDS;
  readonly entity = 'AdminUnit';

  constructor(private readonly batch: AdminUnitBatch) {}

  async run(
    em: EntityManager,
    ctx: RequestContext,
    rows: readonly MappedRow[],
    options: ImportRunOptions,
  ): Promise<ImportRowOutcome[]> {
    const directory = await UnitDirectory.load(em);
    const parsed = rows.map((row) => this.parse(row, directory, options));
    const villagesByName = await this.existingVillages(em, parsed);
    for (const p of parsed) {
      // A new village already there by name is that village: the row is an edit of it.
      if (p.input && !p.input.code && p.input.communeCode && p.input.name) {
        const found = villagesByName.get(`${p.input.communeCode}|${foldVietnamese(p.input.name)}`);
        if (found) p.input = { ...p.input, code: found.code, communeCode: null, type: null };
      }
    }

    const planned = parsed.filter((p) => p.input && p.issues.length === 0);
    options.onProgress('CHECKING', 0, rows.length);
    const plans = await this.batch.plan(
      em,
      planned.map((p) => p.input!),
      { requireVersion: false, lock: options.commit },
    );
    const errors = await this.batch.check(em, ctx, plans);
    options.onProgress('CHECKING', rows.length, rows.length);
    for (const e of errors) {
      const p = planned[e.index];
      if (e.issues.length > 0) p.issues.push(...e.issues.map((i) => issue(FIELD_OF_INPUT[i.field] ?? i.field, i)));
      else
        p.issues.push(issue(e.code === ErrorCode.CONFLICT ? 'version' : 'code', { code: e.code, message: e.message }));
    }
    const refusedIndexes = new Set(errors.map((e) => e.index));
    const planOf = new Map<ParsedRow, ReadyPlan>();
    for (const plan of plans)
      if ('after' in plan && !refusedIndexes.has(plan.index)) planOf.set(planned[plan.index], plan);

    const outcomes = parsed.map((p) => this.outcome(p, planOf.get(p)));
    if (options.commit) {
      const refused = outcomes.filter((o) => o.action === 'REFUSED');
      if (refused.length > 0) {
        throw batchRefused(
          refused.map((o) => ({
            index: o.row,
            key: o.key,
            code: o.issues.every((i) => i.code === o.issues[0].code)
              ? (o.issues[0].code as ErrorCode)
              : ErrorCode.BAD_USER_INPUT,
            issues: o.issues.flatMap((i) => (i.issue ? [i.issue] : [])),
            message: o.issues.map((i) => i.message).join('; '),
          })),
        );
      }
      await this.batch.apply(em, ctx, plans, {
        requireVersion: false,
        onProgress: (done, total) => options.onProgress('SAVING', done, total),
      });
    }
    return outcomes;
  }

  private parse(row: MappedRow, directory: UnitDirectory, options: ImportRunOptions): ParsedRow {
    const out: ParsedRow = { row: row.row, input: null, issues: [], candidates: [] };
    const input: UnitRowInput = {};
    const code = text(row.get('code'));
    if (code) input.code = code;

    const name = row.get('name');
    if (name !== undefined) input.name = text(name) ?? '';

    const version = row.get('version');
    if (version !== undefined && text(version) !== null) {
      const v = typeof version === 'number' ? version : parseNumberText(String(version));
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
        out.issues.push(
          issue('version', { field: 'version', rule: 'invalidFormat', params: { format: 'whole number' } }),
        );
      else input.version = v;
    }

    const mountainous = row.get('mountainous');
    if (mountainous !== undefined) {
      const v =
        typeof mountainous === 'boolean'
          ? mountainous
          : typeof mountainous === 'number'
            ? mountainous === 1
              ? true
              : mountainous === 0
                ? false
                : undefined
            : parseBooleanText(mountainous ?? '');
      if (v === undefined)
        out.issues.push(
          issue('mountainous', { field: 'mountainous', rule: 'invalidFormat', params: { format: 'x / Có / Không' } }),
        );
      else input.mountainous = v;
    }

    if (!code) {
      // A new village: its type, and its commune by code or by name.
      const typeText = text(row.get('type'));
      if (typeText) {
        const type =
          parseUnitTypeName(typeText, AdminLevel.VILLAGE) ??
          (UNIT_TYPES.includes(typeText as UnitType) ? (typeText as UnitType) : null);
        if (!type)
          out.issues.push(
            issue('type', {
              field: 'type',
              rule: 'notAllowed',
              params: { reason: 'a village is a Thôn or a Tổ dân phố' },
            }),
          );
        else input.type = type;
      }
      const commune = this.resolve(row, 'commune', AdminLevel.COMMUNE, directory, options, out);
      if (commune) input.communeCode = commune.code;
      else if (text(row.get('commune')) === null) {
        // No commune named: the one the import was opened for, if any.
        if (options.parentCode) input.communeCode = options.parentCode;
        else out.issues.push(issue('commune', { field: 'commune', rule: 'required' }));
      }
    }
    out.input = input;
    return out;
  }

  /** The unit a name column names, or null with the reason in `out`. */
  private resolve(
    row: MappedRow,
    field: 'commune' | 'district',
    level: AdminLevel,
    directory: UnitDirectory,
    options: ImportRunOptions,
    out: ParsedRow,
  ): AdminUnit | null {
    const value = text(row.get(field));
    if (value === null) return null;
    const choice = options.choices.find((c) => c.row === row.row && c.field === field);
    let parent: AdminUnit | null = null;
    if (field === 'commune' && text(row.get('district')) !== null) {
      parent = this.resolve(row, 'district', AdminLevel.DISTRICT, directory, options, out);
      if (!parent) return null;
    }
    const matches = directory.find(value, level, parent);
    if (choice) {
      const chosen = directory.get(choice.code);
      if (chosen && matches.some((m) => m.code === chosen.code)) return chosen;
      out.issues.push(
        issue(field, {
          field,
          rule: 'notAllowed',
          params: { reason: `${choice.code} is not one of the units named ${value}` },
        }),
      );
      return null;
    }
    if (matches.length === 1) return matches[0];
    if (matches.length === 0) {
      out.issues.push(
        issue(field, {
          code: ErrorCode.NOT_FOUND,
          message: `${field}: no unit is named ${value}${parent ? ` in ${parent.name}` : ''}`,
        }),
      );
    } else {
      out.issues.push(
        issue(field, { code: 'AMBIGUOUS', message: `${field}: ${matches.length} units are named ${value}; pick one` }),
      );
      out.candidates.push(...matches.map((m) => ({ code: m.code, name: m.name, parentName: directory.parentName(m) })));
    }
    return null;
  }

  /** Villages already in the communes the sheet adds villages to, by commune and folded name. */
  private async existingVillages(em: EntityManager, parsed: ParsedRow[]): Promise<Map<string, AdminUnit>> {
    const codes = [
      ...new Set(parsed.flatMap((p) => (p.input && !p.input.code && p.input.communeCode ? [p.input.communeCode] : []))),
    ];
    const found = new Map<string, AdminUnit>();
    if (codes.length === 0) return found;
    const communes = await this.batch.byCodes(em, codes);
    const ids = [...communes.values()].map((c) => c.id);
    const codeOf = new Map([...communes.values()].map((c) => [c.id, c.code]));
    for (let i = 0; i < ids.length; i += 1000) {
      const villages = await em.find(AdminUnit, {
        where: { parentId: In(ids.slice(i, i + 1000)) },
        select: { code: true, searchName: true, parentId: true, validTo: true },
      });
      for (const v of villages) if (v.validTo === null) found.set(`${codeOf.get(v.parentId!)}|${v.searchName}`, v);
    }
    return found;
  }

  private outcome(p: ParsedRow, plan: ReadyPlan | undefined): ImportRowOutcome {
    if (p.issues.length > 0 || !plan) {
      return {
        row: p.row,
        action: 'REFUSED',
        key: p.input?.code ?? null,
        label: p.input?.name ?? null,
        changes: [],
        issues: p.issues,
        candidates: p.candidates,
      };
    }
    const { action, changes } = describePlan(plan);
    return {
      row: p.row,
      action,
      key: plan.after!.code,
      label: plan.after!.name,
      changes: changes
        .filter((c) => action !== 'CREATE' || c.field !== 'code')
        .map((c) => ({ field: c.field, oldValue: AUDITED_AS_TEXT(c.oldValue), newValue: AUDITED_AS_TEXT(c.newValue) })),
      issues: [],
      candidates: [],
    };
  }
}
