import fs from 'node:fs'
import path from 'node:path'
import { parseMarkdown, type MarkdownDocument } from '../markdown'
import type { ImageSize } from '../render'

/** The guide's source, relative to the directory the server runs from (the repository root). */
export const GUIDE_FILE = path.join('docs', 'huong-dan-su-dung.md')

/** Reads and parses the guide; null when the file is not there. */
export function loadGuide(root: string = process.cwd()): MarkdownDocument | null {
  let source: string
  try {
    source = fs.readFileSync(path.join(root, GUIDE_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  return parseMarkdown(source)
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * The size of a PNG under public/ named by its site path ("/huong-dan/x.png"), read from the
 * file's header; null for other images, missing files and paths that leave public/.
 */
export function publicImageSize(src: string, root: string = process.cwd()): ImageSize | null {
  if (!src.startsWith('/') || !/\.png$/i.test(src)) return null
  const publicDir = path.join(root, 'public')
  let fd: number | null = null
  try {
    const file = path.resolve(publicDir, `.${decodeURI(src)}`)
    if (!file.startsWith(publicDir + path.sep)) return null
    fd = fs.openSync(file, 'r')
    const header = Buffer.alloc(24)
    if (fs.readSync(fd, header, 0, 24, 0) < 24 || !header.subarray(0, 8).equals(PNG_SIGNATURE)) return null
    const width = header.readUInt32BE(16)
    const height = header.readUInt32BE(20)
    return width > 0 && height > 0 ? { width, height } : null
  } catch {
    return null
  } finally {
    if (fd !== null) fs.closeSync(fd)
  }
}
