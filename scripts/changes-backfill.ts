/**
 * Logs `created` for every already-public document of each open API type whose publication log is
 * empty (the change feed's starting point). Idempotent; run by scripts/start.mjs after migrations.
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
const { backfillPublicationLog } = await import('../src/modules/data-exchange/changes/log')

const payload = await getPayload({ config })
clearTimeout(stalled)
const written = await backfillPublicationLog(payload)
const total = Object.values(written).reduce((a, b) => a + b, 0)
if (total > 0) console.log(`Nhật ký công bố: đã ghi ${total} mục ban đầu (${Object.keys(written).join(', ')}).`)
await payload.db.destroy?.()
process.exit(0)

export {}
