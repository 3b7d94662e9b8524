import { defineMessages } from '@/i18n/define-messages';

/**
 * Texts of setting a password: the change-password page and the new-password fields (which the
 * users page's reset uses too). Merged into the app's messages when the first of them loads;
 * `fields` adds to the app's own namespace. {name} placeholders only (vue-i18n reserves { } @ $ |).
 */
export const vi = defineMessages({
  password: {
    title: 'Đổi mật khẩu',
    intro:
      'Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần. Sau khi đổi, tài khoản của bạn được đăng xuất trên các máy và trình duyệt khác; phiên làm việc này vẫn tiếp tục.',
    hint: 'Ít nhất {min} ký tự. Nên dùng một câu dễ nhớ với bạn mà người khác khó đoán.',
    repeatMissing: 'Vui lòng nhập lại mật khẩu mới.',
    mismatch: 'Mật khẩu nhập lại không khớp với mật khẩu mới.',
    wrongCurrent: 'Mật khẩu hiện tại không đúng.',
    submit: 'Đổi mật khẩu',
    submitting: 'Đang đổi…',
    changed: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.',
    failed: 'Chưa đổi được mật khẩu. {reason}',
  },
  fields: {
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    passwordRepeat: 'Nhập lại mật khẩu mới',
  },
});

export const en = defineMessages<typeof vi>({
  password: {
    title: 'Change password',
    intro:
      'Enter your current password, then the new one twice. Once it is changed, your account is signed out on other computers and browsers; this session goes on.',
    hint: 'At least {min} characters. A sentence that is easy for you to remember and hard for others to guess works well.',
    repeatMissing: 'Please enter the new password again.',
    mismatch: 'The repeated password does not match the new one.',
    wrongCurrent: 'The current password is incorrect.',
    submit: 'Change password',
    submitting: 'Changing…',
    changed: 'Your password has been changed. Your other sessions have been signed out.',
    failed: 'The password could not be changed. {reason}',
  },
  fields: {
    currentPassword: 'Current password',
    newPassword: 'New password',
    passwordRepeat: 'Repeat the new password',
  },
});
