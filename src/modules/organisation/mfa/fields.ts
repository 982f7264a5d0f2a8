import type { Field } from 'payload'

const nobody = () => false

/**
 * The account's two-factor state. Only `mfaEnabled` is visible (to the person and to
 * administrators); the key, the key being enrolled, the last accepted step and the recovery codes'
 * hashes are hidden from every API and written only by ./mfa.ts as the system.
 */
export const mfaFields: Field[] = [
  {
    name: 'mfaEnabled',
    label: 'Đã bật xác thực hai bước',
    type: 'checkbox',
    defaultValue: false,
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Bật khi người dùng quét mã QR bằng ứng dụng xác thực ở lần đăng nhập đầu tiên.',
    },
  },
  {
    // The administrator's "reset" button (lost phone), under the checkbox.
    name: 'mfaReset',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/modules/organisation/mfa/ui/reset-button#MfaResetButton' } },
  },
  {
    // One's own "new recovery codes" form, under the checkbox.
    name: 'mfaRecovery',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '@/modules/organisation/mfa/ui/recovery-codes#MfaRecoveryCodes' },
    },
  },
  { name: 'mfaSecret', type: 'text', hidden: true, access: { create: nobody, update: nobody } },
  { name: 'mfaPendingSecret', type: 'text', hidden: true, access: { create: nobody, update: nobody } },
  { name: 'mfaLastStep', type: 'number', hidden: true, access: { create: nobody, update: nobody } },
  { name: 'mfaRecoveryCodes', type: 'json', hidden: true, access: { create: nobody, update: nobody } },
]
