import { defineMessages } from '@/i18n/define-messages';

/**
 * Texts of the users page's password reset, merged into the app's `users` texts when the page
 * loads. {name} placeholders only (vue-i18n reserves { } @ $ |).
 */
export const vi = defineMessages({
  users: {
    password: {
      reset: 'Đặt lại mật khẩu',
      title: 'Đặt lại mật khẩu',
      intro:
        'Đặt mật khẩu mới cho tài khoản này rồi báo cho người dùng qua một kênh an toàn. Người dùng sẽ bị đăng xuất khỏi mọi phiên và đăng nhập lại bằng mật khẩu mới.',
      own: 'Đây là tài khoản của bạn. Để đổi mật khẩu của chính mình, hãy dùng trang Đổi mật khẩu (cần nhập mật khẩu hiện tại).',
      save: 'Đặt lại mật khẩu',
      saving: 'Đang lưu…',
      cancel: 'Hủy',
      done: 'Đã đặt lại mật khẩu cho {user}. Người dùng đã được đăng xuất và cần đăng nhập bằng mật khẩu mới.',
      conflict:
        'Tài khoản {user} vừa được người khác thay đổi nên mật khẩu chưa được đặt lại. Đã tải lại tài khoản; bấm Đặt lại mật khẩu để đặt lại trên dữ liệu mới nhất.',
      failed: 'Chưa đặt lại được mật khẩu. {reason}',
    },
  },
});

export const en = defineMessages<typeof vi>({
  users: {
    password: {
      reset: 'Reset password',
      title: 'Reset password',
      intro:
        'Set a new password for this account, then give it to the user through a safe channel. The user is signed out of every session and signs in again with the new password.',
      own: 'This is your own account. To change your own password, use the Change password page (it asks for your current password).',
      save: 'Reset password',
      saving: 'Saving…',
      cancel: 'Cancel',
      done: 'The password of {user} has been reset. The user has been signed out and must sign in with the new password.',
      conflict:
        'Someone else has just changed {user}, so the password was not reset. The account has been loaded again; press Reset password to set it on the latest data.',
      failed: 'The password could not be reset. {reason}',
    },
  },
});
