/**
 * Loads the demo content. `--if-empty` does nothing when the database already has users.
 * Runs with the same DATABASE_URL as the portal and after migrations.
 */
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
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { seedDemo } = await import('../src/modules/demo/seed/seed-demo')
const { backfillPublicationLog } = await import('../src/modules/data-exchange/changes/log')

const ifEmpty = process.argv.includes('--if-empty')
const started = Date.now()
const payload = await getPayload({ config })
clearTimeout(stalled)
const existing = await payload.count({ collection: 'users', overrideAccess: true })
if (ifEmpty && existing.totalDocs > 0) {
  console.log('Cơ sở dữ liệu đã có dữ liệu: bỏ qua nạp dữ liệu mẫu.')
} else {
  await seedDemo(payload, (m) => console.log(`  · ${m}`))
  // Content seeded with its hooks is logged already; this covers anything written around them.
  await backfillPublicationLog(payload)
  console.log(`Đã nạp dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`)
}
await payload.db.destroy?.()
process.exit(0)

export {}
