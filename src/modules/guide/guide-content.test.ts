import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Role } from '@/shared/access/roles'
import {
  ACTION_LABELS,
  STATE_LABELS,
  transition,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type WorkflowAction,
  type WorkflowState,
} from '@/shared/workflow/states'
import { plainText, type Block, type Inline, type MarkdownDocument } from './markdown'
import { GUIDE_FILE, loadGuide, publicImageSize } from './server/load-guide'

/** Checks docs/huong-dan-su-dung.md itself: its links, its screenshots and its workflow table. */

const root = process.cwd()
const guide = loadGuide(root) as MarkdownDocument

function allBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => [
    b,
    ...(b.type === 'list' ? b.items.flatMap((i) => allBlocks(i.blocks)) : []),
    ...(b.type === 'quote' ? allBlocks(b.children) : []),
  ])
}

function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.children]
    case 'figure':
      return [[block.image]]
    case 'list':
      return block.items.map((i) => i.children)
    case 'table':
      return [...block.header, ...block.rows.flat()]
    default:
      return []
  }
}

function allInlines(nodes: Inline[]): Inline[] {
  return nodes.flatMap((n) => [n, ...('children' in n ? allInlines(n.children) : [])])
}

const blocks = allBlocks(guide.blocks)
const inlines = blocks.flatMap(inlinesOf).flatMap(allInlines)

describe('the user guide file', () => {
  it('is found from the working directory and has one title and sections', () => {
    expect(fs.existsSync(path.join(root, GUIDE_FILE))).toBe(true)
    expect(guide.title).toBeTruthy()
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 1)).toHaveLength(1)
    expect(guide.toc.length).toBeGreaterThan(8)
  })

  it('is NFC-normalised Vietnamese', () => {
    const source = fs.readFileSync(path.join(root, GUIDE_FILE), 'utf8')
    expect(source.normalize('NFC')).toBe(source)
  })

  it('links only to headings that exist', () => {
    const ids = new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])))
    const anchors = inlines.flatMap((n) => (n.type === 'link' && n.href.startsWith('#') ? [n.href.slice(1)] : []))
    expect(anchors.length).toBeGreaterThan(0)
    expect(anchors.filter((a) => !ids.has(a))).toEqual([])
  })

  it('shows screenshots that exist under public/, each with a real description', () => {
    const images = inlines.filter((n): n is Extract<Inline, { type: 'image' }> => n.type === 'image')
    expect(images.length).toBeGreaterThan(10)
    for (const image of images) {
      expect(image.src).toMatch(/^\/huong-dan\/[a-z0-9-]+\.png$/)
      expect(image.alt.length, image.src).toBeGreaterThanOrEqual(20)
      expect(publicImageSize(image.src, root), image.src).not.toBeNull()
    }
  })
})

describe('the roles × actions table of the guide', () => {
  const heading = blocks.findIndex((b) => b.type === 'heading' && b.text === 'Bảng thao tác theo vai trò')
  const table = blocks.slice(heading).find((b) => b.type === 'table') as Extract<Block, { type: 'table' }>
  const header = table.header.map(plainText)
  const rows = table.rows.map((r) => r.map((c) => plainText(c).trim()))

  const actionOf = new Map(Object.entries(ACTION_LABELS).map(([k, v]) => [v, k as WorkflowAction]))
  const stateOf = new Map(Object.entries(STATE_LABELS).map(([k, v]) => [v, k as WorkflowState]))
  const roleColumns: { column: number; roles: Role[] }[] = [
    { column: header.indexOf('Cộng tác viên'), roles: ['contributor'] },
    { column: header.indexOf('Biên tập viên'), roles: ['editor'] },
    { column: header.indexOf('Trưởng Ban Biên tập, Quản trị hệ thống'), roles: ['editor-in-chief', 'admin'] },
  ]
  const allowed = (action: WorkflowAction, from: WorkflowState, role: Role) =>
    transition({ action, from, role, comment: 'Ý kiến' })

  it('has the columns the check expects', () => {
    expect(header.slice(0, 3)).toEqual(['Thao tác', 'Khi nội dung đang ở trạng thái', 'Chuyển sang'])
    expect(roleColumns.every((c) => c.column > 2)).toBe(true)
  })

  it('says for every row what states.ts decides', () => {
    for (const row of rows) {
      const action = actionOf.get(row[0]!)
      expect(action, row[0]).toBeDefined()
      const states = row[1]!.split(',').map((s) => stateOf.get(s.trim()))
      expect(states.every(Boolean), row[1]).toBe(true)
      for (const from of states as WorkflowState[]) {
        for (const { column, roles } of roleColumns) {
          for (const role of roles) {
            const result = allowed(action!, from, role)
            expect(row[column], `${row[0]} / ${STATE_LABELS[from]} / ${role}`).toBe(result.ok ? 'Có' : 'Không')
            if (result.ok) {
              const to = row[2] === 'Giữ nguyên' ? from : stateOf.get(row[2]!)
              expect(result.to, `${row[0]} → ${row[2]}`).toBe(to)
            }
          }
        }
      }
    }
  })

  it('covers every action a role may take from every state', () => {
    const covered = new Set(
      rows.flatMap((row) => row[1]!.split(',').map((s) => `${actionOf.get(row[0]!)}:${stateOf.get(s.trim())}`)),
    )
    for (const action of WORKFLOW_ACTIONS) {
      for (const from of WORKFLOW_STATES) {
        const anyone = (['contributor', 'editor', 'editor-in-chief', 'admin'] as Role[]).some(
          (role) => allowed(action, from, role).ok,
        )
        if (anyone) expect(covered.has(`${action}:${from}`), `${action} từ ${from}`).toBe(true)
      }
    }
  })

  it('is right that experts and viewers take no workflow action', () => {
    for (const action of WORKFLOW_ACTIONS) {
      for (const from of WORKFLOW_STATES) {
        expect(allowed(action, from, 'expert').ok).toBe(false)
        expect(allowed(action, from, 'viewer').ok).toBe(false)
      }
    }
  })
})

describe('loadGuide and publicImageSize', () => {
  it('returns null when the guide file is missing', () => {
    expect(loadGuide(fs.mkdtempSync(path.join(os.tmpdir(), 'guide-')))).toBeNull()
  })

  it('reads PNG sizes and refuses paths outside public/ and other formats', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-'))
    fs.mkdirSync(path.join(dir, 'public'))
    const png = Buffer.alloc(24)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png)
    png.writeUInt32BE(1280, 16)
    png.writeUInt32BE(800, 20)
    fs.writeFileSync(path.join(dir, 'public', 'a.png'), png)
    fs.writeFileSync(path.join(dir, 'secret.png'), png)
    fs.writeFileSync(path.join(dir, 'public', 'b.png'), 'not a png')
    expect(publicImageSize('/a.png', dir)).toEqual({ width: 1280, height: 800 })
    expect(publicImageSize('/../secret.png', dir)).toBeNull()
    expect(publicImageSize('/%2e%2e/secret.png', dir)).toBeNull()
    expect(publicImageSize('/b.png', dir)).toBeNull()
    expect(publicImageSize('/missing.png', dir)).toBeNull()
    expect(publicImageSize('/a.jpg', dir)).toBeNull()
  })
})
