import { i18n } from '@/i18n';
// Levels, steps and statuses are named as on the targets pages.
import '@/modules/targets/i18n';

/**
 * Texts of the progress dashboard and the deadlines page, merged into the app's messages when
 * the first of those pages loads. {name} placeholders only (vue-i18n reserves { } @ $ |).
 */
const vi = {
  unitWords: {
    COMMUNE: 'xã',
    DISTRICT: 'đơn vị cấp huyện',
    VILLAGE: 'thôn',
    PROVINCE: 'tỉnh',
  },
  deadlineStates: {
    OVERDUE: 'Quá hạn',
    DUE_SOON: 'Sắp đến hạn',
    DONE: 'Đã xong',
    DONE_LATE: 'Xong nhưng trễ hạn',
    UPCOMING: 'Chưa đến hạn',
  },
  progress: {
    title: 'Tiến độ thực hiện kế hoạch',
    intro:
      'Từng mục tiêu của kế hoạch tính đến ngày chọn: số đơn vị đã đạt chuẩn (quyết định công nhận còn hiệu lực), số đang trình (hồ sơ đang trên đường lên), và số còn thiếu.',
    asOf: 'Tính đến ngày',
    today: 'Hôm nay',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được tiến độ. {reason}',
    goals: 'Các mục tiêu',
    section: 'Mục {section}',
    figure: '{goal} {unit}/{denominator} {unit} ({share}%)',
    figureCount: '{goal} {unit}/{denominator} {unit}',
    figureRange: '{goal}–{max} {unit}/{denominator} {unit}',
    figureShare: '{share}% số {unit}: {goal}/{counted} {unit}',
    figureEvery: '{goal} {unit}',
    achieved: 'Đã đạt',
    inPipeline: 'Đang trình',
    gap: 'Còn thiếu',
    met: 'Đã đạt mục tiêu',
    notMet: 'Còn thiếu {gap} {unit}',
    noUnits: 'Chưa có {unit} nào trong danh mục để tính.',
    belowCriteria: 'Còn {count} {unit} dưới {threshold} tiêu chí',
    notEvaluated: 'Còn {count} {unit} chưa được đánh giá tiêu chí',
    counted: 'Số {unit} hiện có: {count}',
    barLabel: '{achieved} đã đạt, {inPipeline} đang trình, mục tiêu {goal}',
    legendAchieved: 'Đã đạt',
    legendPipeline: 'Đang trình',
    legendGoal: 'Mục tiêu',
    districts: {
      title: 'Theo huyện',
      intro:
        'Mỗi ô: số đã đạt, số đang trình (+) và số mục tiêu của kế hoạch trong huyện (/). Ô tô màu là huyện chưa có đơn vị nào đạt.',
      district: 'Huyện',
      cell: '{achieved} đạt, {inPipeline} đang trình, {targets} mục tiêu',
    },
    short: {
      units: '{level} ({unit})',
      mountainous: '{level}, miền núi ({unit})',
      minCriteria: 'Xã từ {threshold} tiêu chí',
      everyDistrict: 'Huyện có xã {level}',
    },
    withoutNtm: {
      title: 'Huyện chưa có xã đạt chuẩn NTM',
      none: 'Không còn huyện nào chưa có xã đạt chuẩn NTM.',
      count: '{count} huyện',
    },
  },
  deadlines: {
    title: 'Thời hạn trình hồ sơ',
    intro:
      'Các bước hồ sơ quá hạn (từ ngày sau thời hạn) và sắp đến hạn theo kế hoạch, tính đến ngày chọn. Dòng đỏ là quá hạn, dòng vàng là sắp đến hạn.',
    asOf: 'Tính đến ngày',
    within: 'Sắp đến hạn trong (ngày)',
    district: 'Huyện',
    allDistricts: 'Toàn tỉnh',
    all: 'Hiện cả bước đã xong và chưa đến hạn',
    gridTitle: 'Các bước đến hạn',
    count: '{count} bước',
    summary: '{overdue} quá hạn, {soon} sắp đến hạn',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được thời hạn. {reason}',
    fileName: 'Thoi han ho so',
    late: 'Trễ {count} ngày',
    left: 'Còn {count} ngày',
    dueToday: 'Hạn hôm nay',
    columns: {
      unitCode: 'Mã',
      unitName: 'Đơn vị',
      district: 'Huyện',
      level: 'Mức',
      year: 'Năm',
      kind: 'Loại',
      step: 'Bước',
      dueDate: 'Thời hạn',
      doneOn: 'Ngày thực hiện',
      state: 'Tình trạng',
      daysLeft: 'Số ngày',
      note: 'Căn cứ',
    },
  },
};

export type ProgressMessages = typeof vi;

const en: ProgressMessages = {
  unitWords: {
    COMMUNE: 'communes',
    DISTRICT: 'district-level units',
    VILLAGE: 'villages',
    PROVINCE: 'provinces',
  },
  deadlineStates: {
    OVERDUE: 'Overdue',
    DUE_SOON: 'Due soon',
    DONE: 'Done',
    DONE_LATE: 'Done late',
    UPCOMING: 'Upcoming',
  },
  progress: {
    title: 'Progress of the plan',
    intro:
      'Each goal of the plan as of the date chosen: units that meet it (recognition in force), units whose dossier is on its way up, and how many are still missing.',
    asOf: 'As of',
    today: 'Today',
    loading: 'Loading…',
    loadFailed: 'Could not load the progress. {reason}',
    goals: 'Goals',
    section: 'Section {section}',
    figure: '{goal} {unit}/{denominator} {unit} ({share}%)',
    figureCount: '{goal} {unit}/{denominator} {unit}',
    figureRange: '{goal}–{max} {unit}/{denominator} {unit}',
    figureShare: '{share}% of {unit}: {goal}/{counted} {unit}',
    figureEvery: '{goal} {unit}',
    achieved: 'Achieved',
    inPipeline: 'In the pipeline',
    gap: 'Missing',
    met: 'Goal met',
    notMet: '{gap} {unit} missing',
    noUnits: 'No {unit} in the catalogue to count yet.',
    belowCriteria: '{count} {unit} below {threshold} criteria',
    notEvaluated: '{count} {unit} not evaluated yet',
    counted: '{unit} today: {count}',
    barLabel: '{achieved} achieved, {inPipeline} in the pipeline, goal {goal}',
    legendAchieved: 'Achieved',
    legendPipeline: 'In the pipeline',
    legendGoal: 'Goal',
    districts: {
      title: 'By district',
      intro:
        'Each cell: achieved, in the pipeline (+) and the plan’s targets in the district (/). Shaded cells: districts with none achieved.',
      district: 'District',
      cell: '{achieved} achieved, {inPipeline} in the pipeline, {targets} targets',
    },
    short: {
      units: '{level} ({unit})',
      mountainous: '{level}, mountainous ({unit})',
      minCriteria: 'Communes with {threshold}+ criteria',
      everyDistrict: 'Districts with a commune at {level}',
    },
    withoutNtm: {
      title: 'Districts without an NTM commune',
      none: 'Every district has an NTM commune.',
      count: '{count} district | {count} districts',
    },
  },
  deadlines: {
    title: 'Dossier deadlines',
    intro:
      'Dossier steps overdue (from the day after their deadline) and due soon under the plan, as of the date chosen. Red rows are overdue, amber rows due soon.',
    asOf: 'As of',
    within: 'Due soon within (days)',
    district: 'District',
    allDistricts: 'Whole province',
    all: 'Also show steps done and not yet due',
    gridTitle: 'Steps due',
    count: '{count} step | {count} steps',
    summary: '{overdue} overdue, {soon} due soon',
    loading: 'Loading…',
    loadFailed: 'Could not load the deadlines. {reason}',
    fileName: 'Dossier deadlines',
    late: '{count} day late | {count} days late',
    left: '{count} day left | {count} days left',
    dueToday: 'Due today',
    columns: {
      unitCode: 'Code',
      unitName: 'Unit',
      district: 'District',
      level: 'Level',
      year: 'Year',
      kind: 'Kind',
      step: 'Step',
      dueDate: 'Deadline',
      doneOn: 'Done on',
      state: 'State',
      daysLeft: 'Days',
      note: 'Basis',
    },
  },
};

let installed = false;

/** Adds these texts to the app's messages (once). */
export function installProgressMessages(): void {
  if (installed) return;
  installed = true;
  i18n.global.mergeLocaleMessage('vi', vi);
  i18n.global.mergeLocaleMessage('en', en);
}

installProgressMessages();
