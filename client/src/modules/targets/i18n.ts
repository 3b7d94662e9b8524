import { i18n } from '@/i18n';

/**
 * Texts of the plan's targets, dossiers and deadlines. They travel with the pages that use them
 * (loaded on demand) and are merged into the app's messages when the first of those pages loads;
 * `fields` and `validation` add to the app's own namespaces.
 *
 * vue-i18n message syntax reserves { } @ $ |: messages use {name} placeholders only.
 */
const vi = {
  targetLevels: {
    NTM: 'Đạt chuẩn NTM',
    ADVANCED: 'NTM nâng cao',
    MODEL: 'NTM kiểu mẫu',
    MODEL_VILLAGE: 'Thôn NTM kiểu mẫu',
    TASK_COMPLETED: 'Hoàn thành nhiệm vụ xây dựng NTM',
  },
  targetKinds: {
    NEW: 'Phấn đấu mới',
    MAINTAIN: 'Duy trì',
    REVIEW: 'Rà soát',
    SUPPORTED: 'Đã hỗ trợ',
  },
  dossierSteps: {
    COMMUNE_TO_DISTRICT: 'Xã trình huyện',
    DISTRICT_TO_PROVINCE: 'Huyện trình tỉnh',
    PROVINCE_TO_CENTRAL: 'Tỉnh trình TW',
    RECOGNISED: 'Công nhận',
    RETURNED: 'Trả hồ sơ',
  },
  dossierStatus: {
    NOT_STARTED: 'Chưa trình',
    AT_DISTRICT: 'Đang ở cấp huyện',
    AT_PROVINCE: 'Đang ở tỉnh',
    AT_CENTRAL: 'Đang ở Trung ương',
    RECOGNISED: 'Đã công nhận',
    RETURNED: 'Bị trả hồ sơ',
  },
  unitTabs: {
    COMMUNE: 'Xã',
    DISTRICT: 'Cấp huyện',
    VILLAGE: 'Thôn NTM kiểu mẫu',
  },
  unitCount: {
    COMMUNE: '{count} xã',
    DISTRICT: '{count} đơn vị cấp huyện',
    VILLAGE: '{count} thôn',
  },
  fields: {
    level: 'Mức',
    year: 'Năm',
    kind: 'Loại',
    section: 'Mục của kế hoạch',
    steps: 'Bước hồ sơ',
    satisfactionPercent: 'Tỷ lệ hài lòng',
    targetId: 'Mục tiêu',
    id: 'Mục tiêu',
    delete: 'Xóa',
    date: 'Ngày',
    decision: 'Số văn bản',
  },
  validation: {
    noSuchUnit: 'Không có đơn vị nào với mã này ở cấp đang xem.',
    targetExists: 'Đơn vị này đã có mục tiêu cùng mức, năm và loại.',
    targetTwice: 'Mục tiêu này được ghi hai lần trong bảng.',
    levelNotForUnit: 'Mức này không áp dụng cho cấp đơn vị này.',
    stepOtherLevel: 'Bước “{field}” do cấp khác thực hiện: bạn không ghi được.',
    stepOrder: '{field} không được sớm hơn bước trước của hồ sơ.',
    satisfactionTooLow: 'Tỷ lệ hài lòng dưới {min}%: chưa công nhận đạt chuẩn được (mục IV.10).',
    decisionWithoutDate: 'Hãy ghi ngày của bước trước khi ghi số văn bản.',
  },
  targetFilters: {
    tabs: 'Cấp đơn vị',
    level: 'Mức',
    year: 'Năm',
    district: 'Huyện',
    status: 'Trạng thái hồ sơ',
    allLevels: 'Tất cả các mức',
    allYears: 'Tất cả các năm',
    allDistricts: 'Toàn tỉnh',
    allStatuses: 'Mọi trạng thái',
  },
  targets: {
    title: 'Mục tiêu của kế hoạch',
    intro:
      'Các xã, đơn vị cấp huyện và thôn mà kế hoạch đặt mục tiêu đạt chuẩn, theo mức và năm. Chọn cấp đơn vị, mức và năm để lọc; các con số theo mức ở trên tính theo năm và huyện đang chọn.',
    adminHint:
      'Sửa Mức, Năm, Loại, Ghi chú ngay trong bảng; thêm dòng rồi nhập Mã đơn vị để thêm mục tiêu; đánh dấu ô Xóa để xóa mục tiêu (cùng hồ sơ của nó). Bấm Lưu để lưu mọi thay đổi trong một lần.',
    readonly: 'Bạn chỉ được xem danh sách này: chỉ quản trị viên thêm, sửa hoặc xóa mục tiêu.',
    byLevel: 'Số mục tiêu theo mức',
    gridTitle: 'Danh sách mục tiêu',
    count: '{count} mục tiêu',
    loading: 'Đang tải…',
    reload: 'Tải lại',
    loadFailed: 'Không tải được danh sách. {reason}',
    fileName: 'Muc tieu',
    columns: {
      unitCode: 'Mã',
      unitName: 'Đơn vị',
      commune: 'Xã',
      district: 'Huyện',
      level: 'Mức',
      year: 'Năm',
      kind: 'Loại',
      section: 'Mục của kế hoạch',
      planName: 'Tên trong kế hoạch',
      note: 'Ghi chú',
      status: 'Trạng thái hồ sơ',
      remove: 'Xóa',
      version: 'Phiên bản',
    },
  },
  modelVillages: {
    title: 'Thôn NTM kiểu mẫu theo Phụ lục II (Quyết định 2690)',
    intro:
      'Số thôn mục tiêu theo ba nhóm của Phụ lục II, số thôn đã được công nhận (đang còn hiệu lực hôm nay) và tỷ lệ so với mục tiêu: ít nhất {share}% số thôn, miền núi ít nhất {mountainShare}%.',
    byDistrict: 'Theo huyện',
    byCommune: 'Các xã của {district}',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được số liệu thôn. {reason}',
    fileName: 'Thon NTM kieu mau',
    columns: {
      name: 'Đơn vị',
      mountainous: 'Miền núi',
      villages: 'Số thôn',
      review: 'Cột 13: Đã đạt chuẩn từ 2021 trở về trước, rà soát',
      supported: 'Cột 14: Đã hỗ trợ nhưng chưa đạt chuẩn',
      fresh: 'Cột 15: Thôn mới 2021-2025',
      targets: 'Tổng số thôn mục tiêu',
      recognised: 'Đã công nhận',
      sharePercent: 'Tỷ lệ đã công nhận (%)',
      goalPercent: 'Mục tiêu (%)',
      needed: 'Còn thiếu (thôn)',
    },
  },
  dossiers: {
    title: 'Hồ sơ đề nghị công nhận',
    intro:
      'Ngày từng bước của hồ sơ (gõ ngày dạng ngày/tháng/năm, Delete để xóa), số văn bản và tỷ lệ hài lòng của người dân. Mỗi bước do cấp thực hiện nó ghi: xã trình huyện, huyện trình tỉnh, tỉnh trình Trung ương, công nhận hoặc trả hồ sơ. Bấm Lưu để lưu mọi thay đổi trong một lần.',
    minSatisfaction: 'Không công nhận khi tỷ lệ hài lòng dưới {min}%.',
    readonlyHint: 'Ô màu xám là bước do cấp khác thực hiện, hoặc số liệu đã khóa.',
    gridTitle: 'Hồ sơ',
    count: '{count} hồ sơ',
    fileName: 'Ho so cong nhan',
    columns: {
      decisions: {
        COMMUNE_TO_DISTRICT: 'Số tờ trình của xã',
        DISTRICT_TO_PROVINCE: 'Số tờ trình của huyện',
        PROVINCE_TO_CENTRAL: 'Số tờ trình của tỉnh',
        RECOGNISED: 'Số quyết định công nhận',
        RETURNED: 'Số văn bản trả hồ sơ',
      },
      satisfactionPercent: 'Tỷ lệ hài lòng (%)',
      status: 'Trạng thái',
    },
  },
};

export type TargetMessages = typeof vi;

const en: TargetMessages = {
  targetLevels: {
    NTM: 'NTM standard',
    ADVANCED: 'Advanced NTM',
    MODEL: 'Model NTM',
    MODEL_VILLAGE: 'Model NTM village',
    TASK_COMPLETED: 'NTM task completed',
  },
  targetKinds: {
    NEW: 'New',
    MAINTAIN: 'Maintain',
    REVIEW: 'Review',
    SUPPORTED: 'Supported',
  },
  dossierSteps: {
    COMMUNE_TO_DISTRICT: 'Commune to district',
    DISTRICT_TO_PROVINCE: 'District to province',
    PROVINCE_TO_CENTRAL: 'Province to central',
    RECOGNISED: 'Recognised',
    RETURNED: 'Returned',
  },
  dossierStatus: {
    NOT_STARTED: 'Not submitted',
    AT_DISTRICT: 'At the district',
    AT_PROVINCE: 'At the province',
    AT_CENTRAL: 'At central level',
    RECOGNISED: 'Recognised',
    RETURNED: 'Returned',
  },
  unitTabs: {
    COMMUNE: 'Communes',
    DISTRICT: 'District level',
    VILLAGE: 'Model NTM villages',
  },
  unitCount: {
    COMMUNE: '{count} commune | {count} communes',
    DISTRICT: '{count} district-level unit | {count} district-level units',
    VILLAGE: '{count} village | {count} villages',
  },
  fields: {
    level: 'Level',
    year: 'Year',
    kind: 'Kind',
    section: 'Plan section',
    steps: 'Dossier step',
    satisfactionPercent: 'Satisfaction',
    targetId: 'Target',
    id: 'Target',
    delete: 'Delete',
    date: 'Date',
    decision: 'Document number',
  },
  validation: {
    noSuchUnit: 'There is no unit with this code at the level shown.',
    targetExists: 'This unit already has a target of the same level, year and kind.',
    targetTwice: 'This target is in the table twice.',
    levelNotForUnit: 'This level does not apply to units of this level.',
    stepOtherLevel: 'The step “{field}” is taken by another level: you cannot record it.',
    stepOrder: '{field} cannot be earlier than the dossier’s previous step.',
    satisfactionTooLow: 'Satisfaction below {min}%: the unit cannot be recognised (section IV.10).',
    decisionWithoutDate: 'Enter the step’s date before its document number.',
  },
  targetFilters: {
    tabs: 'Unit level',
    level: 'Level',
    year: 'Year',
    district: 'District',
    status: 'Dossier status',
    allLevels: 'All levels',
    allYears: 'All years',
    allDistricts: 'Whole province',
    allStatuses: 'Any status',
  },
  targets: {
    title: 'Targets of the plan',
    intro:
      'The communes, district-level units and villages the plan wants at a standard, by level and year. Choose the unit level, the level and the year to filter; the counts by level above follow the year and district chosen.',
    adminHint:
      'Edit Level, Year, Kind and Note in the table; add a row and enter a unit code to add a target; tick Delete to remove a target (with its dossier). Save writes every change at once.',
    readonly: 'You can read this list only: administrators add, change or delete targets.',
    byLevel: 'Targets by level',
    gridTitle: 'Targets',
    count: '{count} target | {count} targets',
    loading: 'Loading…',
    reload: 'Reload',
    loadFailed: 'Could not load the list. {reason}',
    fileName: 'Targets',
    columns: {
      unitCode: 'Code',
      unitName: 'Unit',
      commune: 'Commune',
      district: 'District',
      level: 'Level',
      year: 'Year',
      kind: 'Kind',
      section: 'Plan section',
      planName: 'Name in the plan',
      note: 'Note',
      status: 'Dossier status',
      remove: 'Delete',
      version: 'Version',
    },
  },
  modelVillages: {
    title: 'Model NTM villages by Appendix II (Decision 2690)',
    intro:
      'Target villages in the three groups of Appendix II, villages recognised (holding today) and their share against the goal: at least {share}% of villages, {mountainShare}% in mountainous areas.',
    byDistrict: 'By district',
    byCommune: 'Communes of {district}',
    loading: 'Loading…',
    loadFailed: 'Could not load the village figures. {reason}',
    fileName: 'Model NTM villages',
    columns: {
      name: 'Unit',
      mountainous: 'Mountainous',
      villages: 'Villages',
      review: 'Col. 13: recognised in 2021 or earlier, under review',
      supported: 'Col. 14: supported, not yet recognised',
      fresh: 'Col. 15: new villages 2021-2025',
      targets: 'Target villages',
      recognised: 'Recognised',
      sharePercent: 'Share recognised (%)',
      goalPercent: 'Goal (%)',
      needed: 'Still needed (villages)',
    },
  },
  dossiers: {
    title: 'Recognition dossiers',
    intro:
      'The date of each step of a dossier (type day/month/year, Delete to clear), its document number and residents’ satisfaction. Each step is recorded by the level that takes it: the commune submits to the district, the district to the province, the province to central level, recognises or returns. Save writes every change at once.',
    minSatisfaction: 'No recognition below {min}% satisfaction.',
    readonlyHint: 'Grey cells are steps of another level, or locked data.',
    gridTitle: 'Dossiers',
    count: '{count} dossier | {count} dossiers',
    fileName: 'Recognition dossiers',
    columns: {
      decisions: {
        COMMUNE_TO_DISTRICT: 'Commune’s submission no.',
        DISTRICT_TO_PROVINCE: 'District’s submission no.',
        PROVINCE_TO_CENTRAL: 'Province’s submission no.',
        RECOGNISED: 'Recognition decision no.',
        RETURNED: 'Return letter no.',
      },
      satisfactionPercent: 'Satisfaction (%)',
      status: 'Status',
    },
  },
};

let installed = false;

/** Adds these texts to the app's messages (once). */
export function installTargetMessages(): void {
  if (installed) return;
  installed = true;
  i18n.global.mergeLocaleMessage('vi', vi);
  i18n.global.mergeLocaleMessage('en', en);
}

installTargetMessages();
