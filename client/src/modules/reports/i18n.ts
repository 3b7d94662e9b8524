import { i18n } from '@/i18n';
// Indicator units and figures are named as on the indicators page.
import '@/modules/indicators/i18n';

/**
 * Texts of the monthly report page, merged into the app's messages when it loads.
 * {name} placeholders only (vue-i18n reserves { } @ $ |).
 */
const vi = {
  fields: {
    difficulties: 'Khó khăn, vướng mắc',
    proposals: 'Đề xuất, kiến nghị',
  },
  reports: {
    title: 'Báo cáo tháng',
    intro:
      'Báo cáo tháng của huyện: số liệu tính đến ngày cuối tháng (mục tiêu và hồ sơ công nhận, vốn và giải ngân, các mốc giải ngân, chỉ tiêu) cùng phần khó khăn, vướng mắc và đề xuất, kiến nghị của huyện. Huyện lưu, gửi báo cáo; tỉnh duyệt hoặc trả lại.',
    filters: 'Chọn huyện và tháng',
    district: 'Huyện, thị xã, thành phố',
    chooseDistrict: '— Chọn huyện —',
    month: 'Tháng',
    monthOption: 'Tháng {month}',
    year: 'Năm',
    loading: 'Đang tải…',
    districtsFailed: 'Không tải được danh sách huyện. {reason}',
    loadFailed: 'Không tải được báo cáo. {reason}',
    chooseDistrictHint: 'Chọn một huyện để xem báo cáo tháng của huyện.',
    noDistrict: 'Tài khoản của bạn không gắn với huyện nào nên không có báo cáo tháng để xem.',
    heading: 'Báo cáo tháng {month} — {unit}',
    asOf: 'Số liệu tính đến ngày {date}',
    status: {
      DRAFT: 'Chưa gửi',
      SUBMITTED: 'Đã gửi',
      APPROVED: 'Đã duyệt',
      RETURNED: 'Trả lại',
    },
    submitted: 'Gửi lúc',
    decided: 'Quyết định lúc',
    returnedNote: 'Lý do trả lại',
    by: '{user}, {at}',
    budget: {
      title: 'Vốn năm {year}',
      allocated: 'Vốn được giao',
      disbursed: 'Đã giải ngân',
      rate: 'Tỷ lệ giải ngân',
      million: '{amount} triệu đồng',
    },
    checkpoints: {
      title: 'Các mốc giải ngân',
      dueDate: 'Mốc',
      share: 'Tỷ lệ phải đạt',
      allocated: 'Vốn (triệu đồng)',
      required: 'Phải giải ngân',
      disbursed: 'Đã giải ngân',
      shortBy: 'Còn thiếu',
      state: 'Kết quả',
      none: 'Không có mốc giải ngân.',
      states: {
        MET: 'Đạt',
        PENDING: 'Chưa đến hạn',
        MISSED: 'Không đạt',
        NOT_APPLICABLE: 'Không áp dụng',
      },
    },
    targets: {
      title: 'Mục tiêu và hồ sơ công nhận ({count})',
      unit: 'Đơn vị',
      level: 'Mức',
      year: 'Năm',
      status: 'Hồ sơ',
      none: 'Huyện không có mục tiêu nào trong kế hoạch.',
      levels: {
        NTM: 'Đạt chuẩn NTM',
        ADVANCED: 'NTM nâng cao',
        MODEL: 'NTM kiểu mẫu',
        MODEL_VILLAGE: 'Thôn NTM kiểu mẫu',
        TASK_COMPLETED: 'Hoàn thành nhiệm vụ xây dựng NTM',
      },
      dossier: {
        NOT_STARTED: 'Chưa trình hồ sơ',
        AT_DISTRICT: 'Đang thẩm tra ở cấp huyện',
        AT_PROVINCE: 'Đang thẩm định ở cấp tỉnh',
        AT_CENTRAL: 'Đang trình Trung ương',
        RECOGNISED: 'Đã công nhận',
        RETURNED: 'Bị trả hồ sơ',
      },
    },
    indicators: {
      title: 'Chỉ tiêu năm {year}',
      indicator: 'Chỉ tiêu',
      value: 'Giá trị',
      required: 'Cần đạt',
      result: 'Kết quả',
      none: 'Chưa có số liệu chỉ tiêu nào.',
      missing: '{count} chỉ tiêu chưa có số liệu.',
    },
    text: {
      title: 'Nội dung báo cáo',
      difficulties: 'Khó khăn, vướng mắc',
      proposals: 'Đề xuất, kiến nghị',
      readonly: 'Báo cáo đang ở trạng thái “{status}” hoặc bạn không có quyền sửa nên chỉ xem được nội dung.',
      unsaved: 'Có nội dung chưa lưu.',
    },
    conflict:
      'Báo cáo vừa được người khác thay đổi nên chưa lưu được. Bấm “Tải lại báo cáo” để xem bản mới nhất (nội dung bạn đang gõ sẽ mất; hãy sao chép trước nếu cần).',
    reloadReport: 'Tải lại báo cáo',
    returnNote: 'Lý do trả lại (bắt buộc khi trả lại)',
    noteRequired: 'Cần ghi lý do trả lại.',
    actions: {
      SAVE: 'Lưu',
      SUBMIT: 'Gửi báo cáo',
      APPROVE: 'Duyệt',
      RETURN: 'Trả lại',
      REOPEN: 'Mở lại',
    },
    busy: 'Đang xử lý…',
    saved: 'Đã lưu báo cáo tháng {month} của {unit}.',
    done: {
      SUBMIT: 'Đã gửi báo cáo tháng {month} của {unit}.',
      APPROVE: 'Đã duyệt báo cáo tháng {month} của {unit}.',
      RETURN: 'Đã trả lại báo cáo tháng {month} của {unit}.',
      REOPEN: 'Đã mở lại báo cáo tháng {month} của {unit}.',
    },
    failed: 'Không thực hiện được “{action}” cho báo cáo tháng {month} của {unit}. {reason}',
    workbook: 'Tải báo cáo tổng hợp (.xlsx)',
    workbookBusy: 'Đang tạo tệp…',
    workbookDone: 'Đã tải báo cáo tổng hợp tháng {month} ({count} huyện).',
    workbookFailed: 'Không tải được báo cáo tổng hợp. {reason}',
  },
};

const en: typeof vi = {
  fields: {
    difficulties: 'Difficulties',
    proposals: 'Proposals',
  },
  reports: {
    title: 'Monthly report',
    intro:
      'A district’s monthly report: its figures as of the month’s last day (targets and recognition dossiers, funds and disbursement, disbursement checkpoints, indicators) with the district’s difficulties and proposals. The district saves and submits it; the province approves or returns it.',
    filters: 'Choose a district and a month',
    district: 'District',
    chooseDistrict: '— Choose a district —',
    month: 'Month',
    monthOption: 'Month {month}',
    year: 'Year',
    loading: 'Loading…',
    districtsFailed: 'Could not load the districts. {reason}',
    loadFailed: 'Could not load the report. {reason}',
    chooseDistrictHint: 'Choose a district to see its monthly report.',
    noDistrict: 'Your account is not bound to a district, so there is no monthly report to see.',
    heading: 'Monthly report {month} — {unit}',
    asOf: 'Figures as of {date}',
    status: {
      DRAFT: 'Not submitted',
      SUBMITTED: 'Submitted',
      APPROVED: 'Approved',
      RETURNED: 'Returned',
    },
    submitted: 'Submitted',
    decided: 'Decided',
    returnedNote: 'Reason for return',
    by: '{user}, {at}',
    budget: {
      title: 'Funds of {year}',
      allocated: 'Allocated',
      disbursed: 'Disbursed',
      rate: 'Disbursement rate',
      million: '{amount} million VND',
    },
    checkpoints: {
      title: 'Disbursement checkpoints',
      dueDate: 'Checkpoint',
      share: 'Share required',
      allocated: 'Capital (million VND)',
      required: 'To disburse',
      disbursed: 'Disbursed',
      shortBy: 'Short by',
      state: 'Result',
      none: 'No disbursement checkpoints.',
      states: {
        MET: 'Met',
        PENDING: 'Not yet due',
        MISSED: 'Missed',
        NOT_APPLICABLE: 'Not applicable',
      },
    },
    targets: {
      title: 'Targets and recognition dossiers ({count})',
      unit: 'Unit',
      level: 'Level',
      year: 'Year',
      status: 'Dossier',
      none: 'The district has no targets in the plan.',
      levels: {
        NTM: 'NTM standard',
        ADVANCED: 'Advanced NTM',
        MODEL: 'Model NTM',
        MODEL_VILLAGE: 'Model NTM village',
        TASK_COMPLETED: 'NTM task completed',
      },
      dossier: {
        NOT_STARTED: 'Dossier not submitted',
        AT_DISTRICT: 'Being checked by the district',
        AT_PROVINCE: 'Being appraised by the province',
        AT_CENTRAL: 'Submitted to the central government',
        RECOGNISED: 'Recognised',
        RETURNED: 'Dossier returned',
      },
    },
    indicators: {
      title: 'Indicators of {year}',
      indicator: 'Indicator',
      value: 'Value',
      required: 'Required',
      result: 'Result',
      none: 'No indicator figures yet.',
      missing: '{count} indicators have no figure yet.',
    },
    text: {
      title: 'The report',
      difficulties: 'Difficulties',
      proposals: 'Proposals',
      readonly: 'The report is “{status}” or you may not change it, so its text is read-only.',
      unsaved: 'There is unsaved text.',
    },
    conflict:
      'Someone else changed the report meanwhile, so it was not saved. Use “Reload the report” to see the latest version (the text you are typing will be lost; copy it first if needed).',
    reloadReport: 'Reload the report',
    returnNote: 'Reason for returning (required to return)',
    noteRequired: 'Give the reason for returning it.',
    actions: {
      SAVE: 'Save',
      SUBMIT: 'Submit the report',
      APPROVE: 'Approve',
      RETURN: 'Return',
      REOPEN: 'Reopen',
    },
    busy: 'Working…',
    saved: 'Saved the {month} report of {unit}.',
    done: {
      SUBMIT: 'Submitted the {month} report of {unit}.',
      APPROVE: 'Approved the {month} report of {unit}.',
      RETURN: 'Returned the {month} report of {unit}.',
      REOPEN: 'Reopened the {month} report of {unit}.',
    },
    failed: '“{action}” failed for the {month} report of {unit}. {reason}',
    workbook: 'Download the consolidated report (.xlsx)',
    workbookBusy: 'Making the file…',
    workbookDone: 'Downloaded the consolidated report of {month} ({count} districts).',
    workbookFailed: 'Could not download the consolidated report. {reason}',
  },
};

let installed = false;

/** Adds these texts to the app's messages (once). */
export function installReportMessages(): void {
  if (installed) return;
  installed = true;
  i18n.global.mergeLocaleMessage('vi', vi);
  i18n.global.mergeLocaleMessage('en', en);
}

installReportMessages();
