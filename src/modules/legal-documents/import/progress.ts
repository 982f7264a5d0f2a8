/**
 * Progress of a long import: a bar redrawn in place on a terminal, a plain counter line every so
 * often otherwise (CI logs, pipes).
 */
export type Progress = { tick: (done: number) => void; end: () => void }

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const width = 30
  const isTty = Boolean(stream.isTTY)
  const step = Math.max(1, Math.round(total / 10))
  let last = -1
  const draw = (done: number): void => {
    const ratio = total === 0 ? 1 : done / total
    const filled = Math.round(ratio * width)
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total}`)
  }
  return {
    tick: (done) => {
      if (isTty) {
        const percent = Math.floor((done / Math.max(1, total)) * 100)
        if (percent !== last || done === total) draw(done)
        last = percent
      } else if (done % step === 0 || done === total) {
        stream.write(`Đã xử lý ${done}/${total} bản ghi\n`)
      }
    },
    end: () => {
      if (isTty) stream.write('\n')
    },
  }
}
