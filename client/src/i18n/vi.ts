import { UNIT_TYPES, unitTypeName, type UnitType } from '@ntm/shared';

// vue-i18n message syntax reserves { } @ $ |: messages use {name} placeholders only.
const vi = {
  app: {
    title: 'Nông thôn mới Quảng Nam',
    subtitle: 'Theo dõi kế hoạch xây dựng nông thôn mới 2024–2025',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNav: 'Điều hướng chính',
  },
  language: {
    label: 'Ngôn ngữ',
  },
  nav: {
    hierarchy: 'Đơn vị hành chính',
  },
  hierarchy: {
    title: 'Đơn vị hành chính',
    intro:
      'Chọn một đơn vị cấp huyện để xem các xã, phường, thị trấn; chọn một đơn vị cấp xã để xem các thôn. Nhấp đúp (hoặc Enter) vào ô Tên để sửa, Enter để lưu; đánh dấu Miền núi là lưu ngay.',
    province: 'Tỉnh',
    districts: {
      title: 'Huyện, thị xã, thành phố (cấp huyện)',
      of: 'Thuộc {parent}',
    },
    communes: {
      title: 'Xã, phường, thị trấn (cấp xã)',
      of: 'Thuộc {parent}',
      empty: 'Chọn một huyện, thị xã hoặc thành phố ở bảng cấp huyện để xem các xã, phường, thị trấn.',
    },
    villages: {
      title: 'Thôn, tổ dân phố',
      of: 'Thuộc {parent}',
      empty: 'Chọn một xã, phường hoặc thị trấn ở bảng cấp xã để xem các thôn.',
    },
    count: '{count} đơn vị',
    loading: 'Đang tải…',
    reload: 'Tải lại',
    loadFailed: 'Không tải được danh sách. {reason}',
  },
  columns: {
    code: 'Mã',
    name: 'Tên',
    typeName: 'Loại',
    mountainous: 'Miền núi',
    childCount: 'Số đơn vị trực thuộc',
    validFrom: 'Hiệu lực từ',
    version: 'Phiên bản',
  },
  fields: {
    name: 'Tên',
    mountainous: 'Miền núi',
    type: 'Loại',
    communeCode: 'Xã',
  },
  unitTypes: Object.fromEntries(UNIT_TYPES.map((type) => [type, unitTypeName(type)])) as Record<
    UnitType,
    string
  >,
  addVillage: {
    title: 'Thêm thôn vào {commune}',
    name: 'Tên thôn',
    namePlaceholder: 'Ví dụ: Thôn Phú Đông',
    type: 'Loại',
    mountainous: 'Miền núi',
    submit: 'Thêm thôn',
    submitting: 'Đang thêm…',
    created: 'Đã thêm {name}, mã {code}.',
    failed: 'Chưa thêm được thôn. {reason}',
  },
  validation: {
    required: '{field} không được để trống.',
    tooLong: '{field} dài quá {max} ký tự.',
    controlCharacters: '{field} có ký tự điều khiển không hợp lệ.',
    notAllowed: '{field} không được phép ở đây.',
    outOfRange: '{field} phải từ {min} đến {max}.',
    invalidFormat: '{field} không đúng định dạng.',
  },
  save: {
    saved: 'Đã lưu: {unit} ({field}).',
    invalid: 'Chưa lưu {unit}. {reason}',
    failed: 'Không lưu được {unit} ({field}). {reason}',
    conflict:
      '{unit} vừa được người khác sửa nên thay đổi của bạn chưa được lưu. Dòng này đã được tải lại với dữ liệu mới nhất; hãy xem lại rồi sửa tiếp nếu cần.',
    reloadFailed: 'Không tải lại được {unit}. {reason}',
    gone: '{unit} không còn trong danh mục nên đã được bỏ khỏi bảng.',
  },
  errors: {
    BAD_USER_INPUT: 'Dữ liệu không hợp lệ.',
    NOT_FOUND: 'Không tìm thấy dữ liệu.',
    CONFLICT: 'Dữ liệu vừa được người khác thay đổi.',
    FORBIDDEN: 'Bạn không có quyền làm việc này.',
    UNAUTHENTICATED: 'Bạn cần đăng nhập để làm việc này.',
    LOCKED: 'Dữ liệu đang bị khóa, chưa sửa được.',
    INTERNAL_SERVER_ERROR: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
    SERVICE_UNAVAILABLE: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  },
  notice: {
    region: 'Thông báo',
    dismiss: 'Đóng thông báo',
  },
  notFound: {
    title: 'Không có trang này',
    back: 'Về trang đơn vị hành chính',
  },
};

export type MessageSchema = typeof vi;
export default vi;
