/**
 * Replaces the installation's secret (PAYLOAD_SECRET) without locking anyone out: re-keys what the
 * database keeps under the old secret (two-factor keys, contestants' look-up hashes) to the new one.
 * The whole procedure is in docs/deployment.md ("Đổi khóa bí mật").
 *
 *   PAYLOAD_SECRET=<new> PAYLOAD_SECRET_PREVIOUS=<old> npm run secret:rotate
 *   npm run secret:rotate -- --check      counts only: how much still depends on the old secret
 *   npm run secret:rotate -- --generate   single machine (secret in data/.secret): a new secret,
 *                                         the old one kept in data/.secret.previous, then re-keys
 *   npm run secret:rotate -- --finish     once nothing depends on the old secret: forgets it
 *                                         (deletes data/.secret.previous)
 *
 * Exit codes: 0 done, 2 refused (with one Vietnamese line saying why).
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
const { randomBytes } = await import('node:crypto')
const fs = await import('node:fs')
const path = await import('node:path')

function refuse(message: string): never {
  console.error(`✖ ${message}`)
  process.exit(2)
}

const modes = new Set(['--check', '--generate', '--finish'])
const args = process.argv.slice(2)
const unknown = args.filter((a) => !modes.has(a))
if (unknown.length > 0 || args.length > 1) {
  refuse(`Tham số không hợp lệ: ${args.join(' ')}. Dùng một trong: --check, --generate, --finish (hoặc không tham số).`)
}
const mode = args[0] ?? '--rotate'

// The single-machine profile keeps its secret in data/.secret (SECRET_FILE; scripts/start.mjs).
const root = path.resolve(import.meta.dirname, '..')
const secretFile = path.resolve(root, process.env.SECRET_FILE || path.join('data', '.secret'))
const previousFile = `${secretFile}.previous`
const shown = (file: string): string => (file.startsWith(`${root}${path.sep}`) ? path.relative(root, file) : file)
const fromFiles = !process.env.PAYLOAD_SECRET
const writeSecret = (file: string, value: string): void => {
  const temporary = `${file}.tmp-${process.pid}`
  fs.writeFileSync(temporary, value, { mode: 0o600 })
  fs.renameSync(temporary, file)
}

if (mode === '--generate') {
  if (!fromFiles) {
    refuse(
      'PAYLOAD_SECRET được đặt trong môi trường: hãy tự tạo khóa mới (openssl rand -hex 32), đặt PAYLOAD_SECRET=<khóa mới> và PAYLOAD_SECRET_PREVIOUS=<khóa cũ> cho mọi máy chủ rồi chạy lại lệnh này không kèm --generate.',
    )
  }
  if (!fs.existsSync(secretFile))
    refuse(`Chưa có ${shown(secretFile)}: cổng chưa từng chạy bằng npm start trên máy này.`)
  if (fs.existsSync(previousFile)) {
    refuse(`Đang có một lần đổi khóa chưa xong (${shown(previousFile)}): chạy npm run secret:rotate -- --finish trước.`)
  }
  const old = fs.readFileSync(secretFile, 'utf8').trim()
  writeSecret(previousFile, old)
  writeSecret(secretFile, randomBytes(32).toString('hex'))
  console.log(`Đã tạo khóa bí mật mới trong ${shown(secretFile)}; khóa cũ giữ trong ${shown(previousFile)}.`)
}

if (fromFiles) {
  if (!fs.existsSync(secretFile)) refuse(`Chưa đặt PAYLOAD_SECRET và không có ${shown(secretFile)}.`)
  process.env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
  if (!process.env.PAYLOAD_SECRET_PREVIOUS && fs.existsSync(previousFile)) {
    process.env.PAYLOAD_SECRET_PREVIOUS = fs.readFileSync(previousFile, 'utf8').trim()
  }
}
const current = process.env.PAYLOAD_SECRET ?? ''
const previous = process.env.PAYLOAD_SECRET_PREVIOUS?.trim() ?? ''
if (current.length < 16) refuse('PAYLOAD_SECRET quá ngắn: cần ít nhất 16 ký tự.')
if (!previous) {
  if (mode === '--finish' || mode === '--check') {
    console.log('Không có khóa cũ (PAYLOAD_SECRET_PREVIOUS): không có lần đổi khóa nào đang diễn ra.')
    process.exit(0)
  }
  refuse(
    'Chưa đặt PAYLOAD_SECRET_PREVIOUS: đặt PAYLOAD_SECRET=<khóa mới> và PAYLOAD_SECRET_PREVIOUS=<khóa cũ> (hoặc dùng --generate khi khóa nằm trong data/.secret).',
  )
}
if (previous.length < 16) refuse('PAYLOAD_SECRET_PREVIOUS quá ngắn: đây phải là khóa bí mật cũ (ít nhất 16 ký tự).')
if (previous === current) refuse('PAYLOAD_SECRET_PREVIOUS trùng PAYLOAD_SECRET: khóa cũ và khóa mới phải khác nhau.')

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { rekeyStoredSecrets, stillOnPrevious } = await import('../src/modules/organisation/secret-rotation')
const payload = await getPayload({ config })
clearTimeout(stalled)

const dryRun = mode === '--check' || mode === '--finish'
const report = await rekeyStoredSecrets(payload, { dryRun })
const line = (label: string, c: { current: number; rekeyed: number; unreadable: number }): string =>
  `  ${label}: ${c.rekeyed} ${dryRun ? 'còn theo khóa cũ' : 'đã chuyển sang khóa mới'}, ${c.current} đã theo khóa mới` +
  (c.unreadable ? `, ${c.unreadable} không theo khóa nào (để nguyên)` : '')
console.log(line('Khóa xác thực hai bước', report.mfaKeys))
console.log(line('Khóa kết nối hệ thống khác (khóa API, khóa webhook)', report.credentials))
console.log(line('Người dự thi (khóa tra cứu liên hệ)', report.contestContacts))
await payload.db.destroy?.()

if (mode === '--finish') {
  const left = stillOnPrevious(report)
  if (left > 0) refuse(`Còn ${left} giá trị theo khóa cũ: chạy npm run secret:rotate trước khi bỏ khóa cũ.`)
  if (fromFiles && fs.existsSync(previousFile)) {
    fs.rmSync(previousFile)
    console.log(`Đã xóa ${shown(previousFile)}. Khởi động lại cổng (npm start) để thôi chấp nhận khóa cũ.`)
  } else {
    console.log('Không còn gì theo khóa cũ: bỏ PAYLOAD_SECRET_PREVIOUS khỏi cấu hình mọi máy chủ rồi khởi động lại.')
  }
} else if (mode === '--check') {
  console.log(
    stillOnPrevious(report) === 0
      ? 'Không còn gì theo khóa cũ.'
      : 'Chạy npm run secret:rotate (không tham số) để chuyển sang khóa mới.',
  )
} else {
  console.log(
    fromFiles
      ? 'Xong. Khởi động lại cổng (npm start); sau ít nhất một ngày chạy npm run secret:rotate -- --finish.'
      : 'Xong. Khởi động lại mọi máy chủ với khóa mới; sau ít nhất một ngày bỏ PAYLOAD_SECRET_PREVIOUS.',
  )
}
process.exit(0)
