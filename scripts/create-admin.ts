/**
 * Creates an administrator from the command line:
 *   ADMIN_EMAIL=… ADMIN_PASSWORD=… ADMIN_NAME=… npm run create-admin
 */
// Node 20 under tsx may end a script whose event loop empties while a module is still loading
// (exit 13, "unsettled top-level await"); a timer started first keeps it alive, as in migrate.ts.
setInterval(() => undefined, 1_000)
// On Node 20 tsx's loader thread now and then never answers while modules load: the script would
// hang for ever. It gives up after SCRIPT_LOAD_TIMEOUT_MS (default 90 s) with exit code 75, which
// the callers (scripts/start.mjs, the test set-ups) take as "run it again". It is written out in
// each script rather than imported: a shared module would itself be loaded through that loader.
const stalled = setTimeout(
  () => {
    console.error('✖ Nạp mã nguồn quá lâu (trình nạp tsx bị treo): thoát với mã 75 để chạy lại.')
    process.exit(75)
  },
  Number(process.env.SCRIPT_LOAD_TIMEOUT_MS) || 90_000,
)
export {}
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')

const email = process.env.ADMIN_EMAIL?.trim()
const password = process.env.ADMIN_PASSWORD ?? ''
const name = process.env.ADMIN_NAME?.trim() || 'Quản trị hệ thống'
if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
  console.error('Hãy đặt ADMIN_EMAIL là một địa chỉ thư điện tử hợp lệ.')
  process.exit(2)
}
{
  const { passwordProblem } = await import('../src/shared/security/password-policy')
  const problem = passwordProblem(password, { email, name })
  if (problem) {
    console.error(`ADMIN_PASSWORD: ${problem}`)
    process.exit(2)
  }
}
const payload = await getPayload({ config })
clearTimeout(stalled)
// A command-line bootstrap with no signed-in user: the e-mail check reads as the system.
const existing = await payload.find({
  collection: 'users',
  where: { email: { equals: email } },
  limit: 1,
  overrideAccess: true,
})
if (existing.docs.length > 0) {
  console.error(`Đã có người dùng ${email}.`)
  process.exit(2)
}
// A command-line bootstrap: there is no signed-in user yet to check access for.
await payload.create({ collection: 'users', data: { email, password, name, role: 'admin' }, overrideAccess: true })
console.log(`Đã tạo quản trị viên ${email}.`)
await payload.db.destroy?.()
process.exit(0)
