import zlib from 'node:zlib'
import { unzipSync, strFromU8 } from 'fflate'
import { createChallenge, encodeSolution, solveChallenge } from '@/shared/antispam'
import { FORM } from '@/modules/dialogue/server/comment-form'

/** Pieces the dialogue integration tests share: a filled-in form, headers, export readers. */

let people = 0

/** A filled-in comment form; each call writes from a new e-mail address unless told otherwise. */
export function commentForm(values: Partial<Record<keyof typeof FORM, string>> & { pow?: string | null }): FormData {
  const f = new FormData()
  const all = {
    name: 'Nguyễn Văn An',
    email: `nguoi-${++people}@example.vn`,
    body: 'Đề nghị làm rõ đối tượng được hỗ trợ.',
    consent: 'co',
    ...values,
  }
  for (const [key, value] of Object.entries(all)) {
    if (key === 'pow' || value === undefined) continue
    f.set(FORM[key as keyof typeof FORM], value as string)
  }
  const pow = values.pow === undefined ? validPow() : values.pow
  if (pow !== null) f.set('altcha', pow)
  return f
}

export function validPow(): string {
  const solution = solveChallenge(createChallenge({ maxNumber: 50 }))
  if (!solution) throw new Error('could not solve the proof-of-work challenge')
  return encodeSolution(solution)
}

export const headersFrom = (ip: string): Headers => new Headers({ 'x-real-ip': ip })

/** The cell texts of the first sheet of an XLSX file, row by row. */
export function readXlsx(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes)
  const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map(
    (m) => unescapeXml(m[1]!),
  )
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
  return [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c r="[A-Z]+\d+"( t="s")?[^>]*><v>([^<]*)<\/v><\/c>/g)].map((c) =>
      c[1] ? strings[Number(c[2])]! : c[2]!,
    ),
  )
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/**
 * The text drawn in a PDF made by pdf-lib: inflates its streams, reads each font's ToUnicode map
 * and decodes the hex strings shown with Tj. Returns one decoding per font map (fonts number
 * their glyphs independently), so a test looks for its words in any of them.
 */
export function pdfTexts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1')
  const streams: string[] = []
  // pdf-lib ends a stream's data with "\nendstream": a compressed stream may itself end with a "\r"
  // byte, which must stay (dropping it made the inflate fail now and then, and the text vanish).
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\nendstream/g)) {
    const data = Buffer.from(m[1]!, 'latin1')
    let text = m[1]!
    for (const candidate of [data, data.subarray(0, data.length - 1)]) {
      try {
        text = zlib.inflateSync(candidate).toString('latin1')
        break
      } catch {
        // not compressed, or ended differently: the next candidate, else the raw text
      }
    }
    streams.push(text)
  }
  const maps = streams
    .filter((s) => s.includes('begincmap'))
    .map((cmap) => {
      const map = new Map<string, string>()
      for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
          map.set(pair[1]!.toUpperCase(), utf16(pair[2]!))
        }
      }
      for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const r of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
          const from = parseInt(r[1]!, 16)
          const to = parseInt(r[2]!, 16)
          const start = parseInt(r[3]!, 16)
          for (let g = from; g <= to; g++) {
            map.set(g.toString(16).toUpperCase().padStart(4, '0'), String.fromCodePoint(start + g - from))
          }
        }
      }
      return map
    })
  const shown = streams.flatMap((s) => [...s.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)].map((m) => m[1]!.toUpperCase()))
  return maps.map((map) =>
    shown.map((hex) => (hex.match(/.{4}/g) ?? []).map((g) => map.get(g) ?? '').join('')).join('\n'),
  )
}

function utf16(hex: string): string {
  const units = (hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16))
  return String.fromCharCode(...units)
}
