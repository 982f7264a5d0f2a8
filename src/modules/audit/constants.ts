/** The audit log of privileged actions (issue 8 §3, ASVS V7). */
export const AUDIT_LOG = 'audit-log'

/**
 * What is audited: accounts and roles, API keys, sync sources, webhook subscriptions and the site
 * settings. Content has its own history (workflow history, versions, the publication log), and
 * personal data its own trail (privacy-audit).
 */
export const AUDITED_COLLECTIONS = ['users', 'api-clients', 'sync-sources', 'webhook-subscriptions'] as const
export const AUDITED_GLOBALS = ['site-settings'] as const

export const AUDIT_ACTION_LABELS = {
  create: 'Tạo mới',
  update: 'Sửa',
  delete: 'Xóa',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  'login-failed': 'Đăng nhập không thành công',
  'mfa-enabled': 'Bật xác thực hai bước',
  'mfa-failed': 'Nhập sai mã xác thực hai bước',
  'mfa-recovery': 'Dùng mã khôi phục',
  'mfa-reset': 'Đặt lại xác thực hai bước',
  'mfa-recovery-renewed': 'Tạo lại mã khôi phục',
  'secret-rotated': 'Đổi khóa bí mật của hệ thống',
} as const
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS

/** Fields never named in the log's list of what changed (bookkeeping), and never logged as values. */
export const IGNORED_FIELDS = new Set([
  'updatedAt',
  'createdAt',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  // Two-factor bookkeeping: its events have their own actions (mfa-enabled, mfa-reset…).
  'mfaEnabled',
  'mfaSecret',
  'mfaPendingSecret',
  'mfaLastStep',
  'mfaRecoveryCodes',
  // Bookkeeping of the sync sources, written by every run.
  'cursor',
  'lastRunAt',
  'lastSuccessAt',
  'lastError',
  'itemsImported',
  'leaseUntil',
  'leaseOwner',
  // The one-time display of a new key or secret (virtual).
  'issuedKey',
  'issuedKeyNotice',
  'issuedSecretNotice',
])
