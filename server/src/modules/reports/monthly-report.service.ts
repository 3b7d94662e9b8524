import ExcelJS from 'exceljs';
import {
  AdminLevel,
  CheckpointState,
  DossierStatus,
  ErrorCode,
  SubmissionAction,
  SubmissionStatus,
  canApproveUnit,
  canSubmitUnit,
  canWriteUnit,
  dossierStatusOn,
  monthEnd,
  nextSubmissionStatus,
  validateYear,
} from '@ntm/shared';
import { AppError } from '../../common/app-error';
import type { RequestContext } from '../../common/request-context';
import type { Database } from '../../db/database';
import { assertCanRead, requireUser } from '../access/access-rule';
import type { AuditService } from '../audit/audit.service';
import { AdminUnit } from '../hierarchy/admin-unit.entity';
import type { IndicatorService } from '../indicators/indicators.service';
import type { MoneyReadService } from '../money/money-read.service';
import type { PlanService } from '../plan/plan.service';
import type { TargetReadService } from '../targets/target-read.service';
import { MonthlyReport } from './monthly-report.entity';
import type { MonthlyReportView, ReportFile } from './monthly-report.types';

const ENTITY = 'MonthlyReport';
const TEXT_MAX = 20_000;
const STATUS_VI: Record<SubmissionStatus, string> = {
  [SubmissionStatus.DRAFT]: 'Chưa gửi',
  [SubmissionStatus.SUBMITTED]: 'Đã gửi',
  [SubmissionStatus.APPROVED]: 'Đã duyệt',
  [SubmissionStatus.RETURNED]: 'Trả lại',
};
const CHECKPOINT_VI: Record<CheckpointState, string> = {
  [CheckpointState.MET]: 'Đạt',
  [CheckpointState.PENDING]: 'Chưa đến hạn',
  [CheckpointState.MISSED]: 'Không đạt',
  [CheckpointState.NOT_APPLICABLE]: 'Không áp dụng',
};

function checkPeriod(year: number, month: number): void {
  const yearIssue = validateYear(year);
  if (yearIssue) throw AppError.badInput(yearIssue);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw AppError.badInput({ field: 'month', rule: 'outOfRange', params: { min: 1, max: 12 } });
}

/**
 * Districts' monthly reports (section V.4): free text plus the figures as of the month's end,
 * through the submit/approve flow; and the province's consolidated workbook.
 */
export class MonthlyReportService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly plans: PlanService,
    private readonly targets: TargetReadService,
    private readonly money: MoneyReadService,
    private readonly indicators: IndicatorService,
  ) {}

  private async district(ctx: RequestContext, code: string): Promise<AdminUnit> {
    const unit = await ctx.loaders.unitByCode.load(code);
    if (!unit || unit.level !== AdminLevel.DISTRICT)
      throw AppError.badInput({
        field: 'unitCode',
        rule: 'notAllowed',
        params: { reason: 'monthly reports are district-level' },
      });
    assertCanRead(ctx, unit);
    return unit;
  }

  private view(
    ctx: RequestContext,
    unit: AdminUnit,
    year: number,
    month: number,
    row: MonthlyReport | null,
  ): MonthlyReportView {
    const { assignments } = requireUser(ctx);
    const status = row?.status ?? SubmissionStatus.DRAFT;
    const open = status === SubmissionStatus.DRAFT || status === SubmissionStatus.RETURNED;
    return {
      unitId: unit.id,
      unitPath: unit.path,
      unitCode: unit.code,
      year,
      month,
      asOf: monthEnd(year, month),
      status,
      difficulties: row?.difficulties ?? null,
      proposals: row?.proposals ?? null,
      note: row?.note ?? null,
      submittedBy: row?.submittedBy ?? null,
      submittedAt: row?.submittedAt ?? null,
      decidedBy: row?.decidedBy ?? null,
      decidedAt: row?.decidedAt ?? null,
      version: row?.version ?? 0,
      canEdit: open && canWriteUnit(assignments, unit.path),
      canSubmit: open && canSubmitUnit(assignments, unit.path),
      canDecide:
        canApproveUnit(assignments, unit.path) &&
        [SubmissionAction.APPROVE, SubmissionAction.RETURN, SubmissionAction.REOPEN].some(
          (a) => nextSubmissionStatus(status, a) !== null,
        ),
    };
  }

  async get(ctx: RequestContext, unitCode: string, year: number, month: number): Promise<MonthlyReportView> {
    checkPeriod(year, month);
    const unit = await this.district(ctx, unitCode);
    return this.view(
      ctx,
      unit,
      year,
      month,
      await this.db.manager.findOneBy(MonthlyReport, { unitId: unit.id, year, month }),
    );
  }

  /** Changes the report's text while it is a draft or returned; version 0 for the first save. */
  async save(
    ctx: RequestContext,
    unitCode: string,
    year: number,
    month: number,
    version: number,
    difficulties: string | null,
    proposals: string | null,
  ): Promise<MonthlyReportView> {
    checkPeriod(year, month);
    for (const [field, text] of [
      ['difficulties', difficulties],
      ['proposals', proposals],
    ] as const) {
      if (text && text.length > TEXT_MAX)
        throw AppError.badInput({ field, rule: 'tooLong', params: { max: TEXT_MAX } });
    }
    const unit = await this.district(ctx, unitCode);
    if (!canWriteUnit(requireUser(ctx).assignments, unit.path))
      throw AppError.forbidden(`You may not write the report of ${unit.code}`);
    return this.db.transaction(async (em) => {
      const before = await em.findOneBy(MonthlyReport, { unitId: unit.id, year, month });
      if ((before?.version ?? 0) !== version) throw AppError.conflict(ENTITY, `${unit.code}/${year}-${month}`, version);
      const status = before?.status ?? SubmissionStatus.DRAFT;
      if (status !== SubmissionStatus.DRAFT && status !== SubmissionStatus.RETURNED) {
        throw new AppError(
          ErrorCode.LOCKED,
          `The report of ${unit.code} for ${month}/${year} is ${status.toLowerCase()}: it changes only after it is returned`,
          { field: 'status' },
        );
      }
      if (!before) {
        await em.insert(MonthlyReport, {
          unitId: unit.id,
          unitPath: unit.path,
          year,
          month,
          status,
          difficulties,
          proposals,
          note: null,
          submittedBy: null,
          submittedAt: null,
          decidedBy: null,
          decidedAt: null,
          version: 1,
        });
      } else {
        const r = await em
          .createQueryBuilder()
          .update(MonthlyReport)
          .set({ difficulties, proposals, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: before.id, version })
          .execute();
        if (r.affected !== 1) throw AppError.conflict(ENTITY, `${unit.code}/${year}-${month}`, version);
      }
      await this.audit.record(em, ctx, {
        action: before ? 'UPDATE' : 'CREATE',
        entity: ENTITY,
        key: `${unit.code}/${year}-${String(month).padStart(2, '0')}`,
        unitPath: unit.path,
        changes: [
          { field: 'difficulties', oldValue: before?.difficulties ?? null, newValue: difficulties },
          { field: 'proposals', oldValue: before?.proposals ?? null, newValue: proposals },
        ].filter((c) => c.oldValue !== c.newValue),
      });
      return this.view(
        ctx,
        unit,
        year,
        month,
        await em.findOneByOrFail(MonthlyReport, { unitId: unit.id, year, month }),
      );
    });
  }

  /** Submit (the district), approve, return with a note, or reopen (the province). */
  async act(
    ctx: RequestContext,
    action: SubmissionAction,
    unitCode: string,
    year: number,
    month: number,
    version: number,
    note: string | null,
  ): Promise<MonthlyReportView> {
    checkPeriod(year, month);
    if (action === SubmissionAction.RETURN && !note?.trim())
      throw AppError.badInput({ field: 'note', rule: 'required' });
    if (note && note.length > 2000) throw AppError.badInput({ field: 'note', rule: 'tooLong', params: { max: 2000 } });
    const unit = await this.district(ctx, unitCode);
    const { assignments, username } = requireUser(ctx);
    const allowed =
      action === SubmissionAction.SUBMIT
        ? canSubmitUnit(assignments, unit.path)
        : canApproveUnit(assignments, unit.path);
    if (!allowed) throw AppError.forbidden(`You may not ${action.toLowerCase()} the report of ${unit.code}`);
    return this.db.transaction(async (em) => {
      const before = await em.findOneBy(MonthlyReport, { unitId: unit.id, year, month });
      if ((before?.version ?? 0) !== version) throw AppError.conflict(ENTITY, `${unit.code}/${year}-${month}`, version);
      const current = before?.status ?? SubmissionStatus.DRAFT;
      const status = nextSubmissionStatus(current, action);
      if (!status)
        throw AppError.badInput({
          field: 'status',
          rule: 'notAllowed',
          params: { reason: `cannot ${action.toLowerCase()} from ${current}` },
        });
      const now = new Date().toISOString();
      const stamp =
        action === SubmissionAction.SUBMIT
          ? { submittedBy: username, submittedAt: now }
          : { decidedBy: username, decidedAt: now };
      const keepNote = action === SubmissionAction.SUBMIT ? (before?.note ?? null) : note;
      if (!before) {
        await em.insert(MonthlyReport, {
          unitId: unit.id,
          unitPath: unit.path,
          year,
          month,
          status,
          difficulties: null,
          proposals: null,
          note: keepNote,
          submittedBy: null,
          submittedAt: null,
          decidedBy: null,
          decidedAt: null,
          ...stamp,
          version: 1,
        });
      } else {
        const r = await em
          .createQueryBuilder()
          .update(MonthlyReport)
          .set({ status, note: keepNote, ...stamp, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: before.id, version })
          .execute();
        if (r.affected !== 1) throw AppError.conflict(ENTITY, `${unit.code}/${year}-${month}`, version);
      }
      await this.audit.record(em, ctx, {
        action,
        entity: ENTITY,
        key: `${unit.code}/${year}-${String(month).padStart(2, '0')}`,
        unitPath: unit.path,
        changes: [
          { field: 'status', oldValue: current, newValue: status },
          ...(keepNote !== (before?.note ?? null)
            ? [{ field: 'note', oldValue: before?.note ?? null, newValue: keepNote }]
            : []),
        ],
      });
      return this.view(
        ctx,
        unit,
        year,
        month,
        await em.findOneByOrFail(MonthlyReport, { unitId: unit.id, year, month }),
      );
    });
  }

  /**
   * The province's consolidated report of all districts for a month, one sheet per section with
   * the plan's Vietnamese headings, and a total row where figures add up.
   */
  async workbook(ctx: RequestContext, year: number, month: number): Promise<ReportFile> {
    checkPeriod(year, month);
    const plan = await this.plans.resolve();
    const province = await ctx.loaders.unitByCode.load(plan.provinceCode);
    if (!province) throw AppError.notFound('AdminUnit', plan.provinceCode);
    assertCanRead(ctx, province);
    const asOf = monthEnd(year, month);
    const em = this.db.manager;
    const districts = (
      await em.find(AdminUnit, { where: { parentId: province.id, level: AdminLevel.DISTRICT }, order: { code: 'ASC' } })
    ).filter((d) => d.validTo === null || d.validTo > asOf);
    const reports = new Map((await em.find(MonthlyReport, { where: { year, month } })).map((r) => [r.unitId, r]));
    const allTargets = await this.targets.allOfPlan(em, plan.id);

    const book = new ExcelJS.Workbook();
    book.creator = 'NTM Quảng Nam';
    const sheet = (name: string, headers: string[], widths: number[]) => {
      const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.addRow(headers).font = { bold: true };
      ws.columns.forEach((c, i) => (c.width = widths[i] ?? 14));
      return ws;
    };
    const summary = sheet(
      'Tổng hợp',
      [
        'STT',
        'Mã',
        'Đơn vị',
        'Trạng thái báo cáo',
        'Số mục tiêu',
        'Đã công nhận',
        'Đang trình',
        'Vốn được giao (đồng)',
        'Đã giải ngân (đồng)',
        'Tỷ lệ giải ngân (%)',
      ],
      [6, 8, 28, 18, 12, 14, 12, 22, 22, 18],
    );
    const targetSheet = sheet(
      'Tiến độ mục tiêu',
      ['Mã huyện', 'Đơn vị cấp huyện', 'Mã đơn vị', 'Đơn vị', 'Mức', 'Năm', 'Trạng thái hồ sơ'],
      [10, 24, 12, 28, 16, 8, 18],
    );
    const checkpointSheet = sheet(
      'Giải ngân theo mốc',
      [
        'Mã',
        'Đơn vị',
        'Mốc',
        'Tỷ lệ phải đạt (%)',
        'Vốn (đồng)',
        'Phải giải ngân (đồng)',
        'Đã giải ngân (đồng)',
        'Còn thiếu (đồng)',
        'Kết quả',
      ],
      [8, 24, 12, 16, 20, 20, 20, 18, 14],
    );
    const indicatorSheet = sheet(
      'Chỉ tiêu',
      ['Mã', 'Đơn vị', 'Chỉ tiêu', 'Giá trị', 'Mục tiêu', 'Đạt'],
      [8, 24, 50, 12, 12, 8],
    );
    const textSheet = sheet(
      'Khó khăn, đề xuất',
      ['Mã', 'Đơn vị', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị'],
      [8, 24, 60, 60],
    );

    let allocatedTotal = 0n;
    let disbursedTotal = 0n;
    let targetsTotal = 0;
    let recognisedTotal = 0;
    let pipelineTotal = 0;
    for (const [i, d] of districts.entries()) {
      const report = reports.get(d.id);
      const mine = allTargets.filter((t) => t.unitPath === d.path || t.unitPath.startsWith(`${d.path}/`));
      const statuses = mine.map((t) => dossierStatusOn(t.steps, asOf));
      const recognised = statuses.filter((s) => s === DossierStatus.RECOGNISED).length;
      const pipeline = statuses.filter(
        (s) => s === DossierStatus.AT_DISTRICT || s === DossierStatus.AT_PROVINCE || s === DossierStatus.AT_CENTRAL,
      ).length;
      const budget = await this.money.budgetSummary(ctx, { year, unitCode: d.code, asOf });
      allocatedTotal += BigInt(budget.allocated);
      disbursedTotal += BigInt(budget.disbursed);
      targetsTotal += mine.length;
      recognisedTotal += recognised;
      pipelineTotal += pipeline;
      summary.addRow([
        i + 1,
        d.code,
        d.name,
        STATUS_VI[report?.status ?? SubmissionStatus.DRAFT],
        mine.length,
        recognised,
        pipeline,
        Number(budget.allocated),
        Number(budget.disbursed),
        budget.rate === null ? null : Math.round(budget.rate * 10000) / 100,
      ]);
      const unitsById = new Map(
        (await ctx.loaders.unitById.loadMany(mine.map((t) => t.unitId))).flatMap((u) =>
          u instanceof AdminUnit ? [[u.id, u] as const] : [],
        ),
      );
      for (const [j, t] of mine.entries()) {
        const u = unitsById.get(t.unitId);
        targetSheet.addRow([d.code, d.name, u?.code ?? '', u?.name ?? '', t.level, t.year, statuses[j]]);
      }
      for (const c of await this.money.checkpointStatus(ctx, asOf, d.code)) {
        checkpointSheet.addRow([
          d.code,
          d.name,
          c.checkpoint.dueDate.split('-').reverse().join('/'),
          c.checkpoint.minSharePermille / 10,
          Number(c.allocated),
          Number(c.required),
          Number(c.disbursed),
          Number(c.shortBy),
          CHECKPOINT_VI[c.state],
        ]);
      }
      for (const p of await this.indicators.progress(ctx, year, d.code)) {
        if (p.value === null) continue;
        indicatorSheet.addRow([
          d.code,
          d.name,
          p.indicator.name,
          Math.round(p.value * 100) / 100,
          p.required,
          p.met === null ? '' : p.met ? 'Đạt' : 'Chưa đạt',
        ]);
      }
      textSheet.addRow([d.code, d.name, report?.difficulties ?? '', report?.proposals ?? '']);
    }
    const total = summary.addRow([
      '',
      '',
      'Tổng cộng',
      '',
      targetsTotal,
      recognisedTotal,
      pipelineTotal,
      Number(allocatedTotal),
      Number(disbursedTotal),
      allocatedTotal === 0n ? null : Number((disbursedTotal * 10000n) / allocatedTotal) / 100,
    ]);
    total.font = { bold: true };
    for (const col of [8, 9]) summary.getColumn(col).numFmt = '#,##0';
    for (const col of [5, 6, 7, 8]) checkpointSheet.getColumn(col).numFmt = '#,##0';
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return {
      fileName: `bao-cao-thang-${String(month).padStart(2, '0')}-${year}.xlsx`,
      content: buffer.toString('base64'),
      districts: districts.length,
    };
  }
}
