import sharp from 'sharp'

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  )
}

/** Splits a label into at most three lines of about `width` characters. */
function wrap(label: string, width = 18): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line)
      line = word
    } else line = `${line} ${word}`.trim()
  }
  if (line) lines.push(line)
  return lines.slice(0, 3)
}

/**
 * Draws a cover image locally (no downloads): a two-colour gradient, a scales-of-justice motif
 * and the label. Returns a PNG of 1200 × 630.
 */
export async function drawCover(args: { colors: [string, string]; label: string; seed: number }): Promise<Buffer> {
  const [a, b] = args.colors
  const lines = wrap(args.label.toUpperCase())
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = (args.seed * 97 + i * 211) % 1200
    const y = (args.seed * 53 + i * 137) % 630
    const r = 40 + ((args.seed + i * 31) % 120)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" fill-opacity="0.06"/>`
  }).join('')
  const text = lines
    .map(
      (l, i) =>
        `<text x="80" y="${300 + i * 78 - (lines.length - 1) * 39}" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="#fff">${escapeXml(l)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>
<rect width="1200" height="630" fill="url(#g)"/>${circles}
<g transform="translate(930 150)" fill="none" stroke="#ffe27a" stroke-width="10" stroke-linecap="round" opacity="0.9">
<line x1="100" y1="0" x2="100" y2="300"/><line x1="0" y1="60" x2="200" y2="60"/><line x1="40" y1="300" x2="160" y2="300"/>
<path d="M0 60 L-40 170 A40 20 0 0 0 40 170 Z"/><path d="M200 60 L160 170 A40 20 0 0 0 240 170 Z"/></g>
<rect x="80" y="470" width="160" height="10" fill="#ffe27a"/>${text}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer()
}
