/**
 * Turns two-factor authentication off for one account from the server's command line, for when
 * the only administrator has lost their phone and recovery codes (the admin's button needs a
 * signed-in administrator):
 *   npm run mfa:reset -- quantri@example.gov.vn
 * The account enrols again at its next sign-in; the audit log records the reset.
 */
// Node 20 under tsx may end a script whose event loop empties while a module is still loading
// (exit 13, "unsettled top-level await"); a timer started first keeps it alive, as in migrate.ts.
setInterval(() => undefined, 1_000)
// tsx's loader thread now and then never answers on Node 20: give up with exit code 75 (run again).
const stalled = setTimeout(
  () => {
    console.error('✖ Nạp mã nguồn quá lâu (trình nạp tsx bị treo): thoát với mã 75 để chạy lại.')
    process.exit(75)
  },
  Number(process.env.SCRIPT_LOAD_TIMEOUT_MS) || 90_000,
)
export {}
const email = (process.argv[2] ?? process.env.MFA_RESET_EMAIL ?? '').trim().toLowerCase()
if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
  console.error('Cách dùng: npm run mfa:reset -- <địa chỉ thư điện tử của tài khoản>')
  process.exit(2)
}
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { resetMfa } = await import('../src/modules/organisation/mfa/mfa')
const { recordAuditEvent } = await import('../src/modules/audit/audit')
const payload = await getPayload({ config })
clearTimeout(stalled)
// The server's operator acts as the system: there is no signed-in user on the command line.
const found = await payload.find({
  collection: 'users',
  where: { email: { equals: email } },
  limit: 1,
  depth: 0,
  overrideAccess: true,
})
const user = found.docs[0]
if (!user) {
  console.error(`✖ Không có tài khoản ${email}.`)
  process.exit(2)
}
const req = { payload, headers: new Headers({ 'user-agent': 'npm run mfa:reset' }), context: {}, user: null }
await resetMfa(payload, user.id)
await recordAuditEvent(req as never, { action: 'mfa-reset', user: null, documentId: user.id, title: email })
console.log(`Đã đặt lại xác thực hai bước của ${email}: tài khoản sẽ quét mã QR mới ở lần đăng nhập tới.`)
await payload.db.destroy?.()
process.exit(0)
