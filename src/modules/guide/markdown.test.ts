import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, plainText, safeHref, safeImageSrc, type Block } from './markdown'

const blocksOf = (source: string): Block[] => parseMarkdown(source).blocks

describe('parseMarkdown: headings', () => {
  it('gives headings ids from their Vietnamese text, without diacritics', () => {
    const doc = parseMarkdown('# Hướng dẫn\n\n## Đăng nhập và bảo vệ tài khoản\n\n### Gửi duyệt')
    expect(doc.blocks).toMatchObject([
      { type: 'heading', level: 1, id: 'huong-dan', text: 'Hướng dẫn' },
      { type: 'heading', level: 2, id: 'dang-nhap-va-bao-ve-tai-khoan' },
      { type: 'heading', level: 3, id: 'gui-duyet' },
    ])
    expect(doc.title).toBe('Hướng dẫn')
  })

  it('makes repeated ids unique and keeps clear of the ids the page itself uses', () => {
    const doc = parseMarkdown('## Nội dung\n\n## Mục lục\n\n## Lưu\n\n## Lưu')
    expect(doc.toc.map((e) => e.id)).toEqual(['noi-dung-2', 'muc-luc-2', 'luu', 'luu-2'])
  })

  it('lists the h2s in the table of contents, in order, as plain text', () => {
    const doc = parseMarkdown('# T\n\n## Một **đậm**\n\n### Con\n\n## Hai `mã`')
    expect(doc.toc).toEqual([
      { id: 'mot-dam', text: 'Một đậm' },
      { id: 'hai-ma', text: 'Hai mã' },
    ])
  })

  it('keeps one h1 and never skips a heading level', () => {
    const levels = blocksOf('# A\n\n#### B\n\n# C\n\n###### D').map((b) => (b.type === 'heading' ? b.level : 0))
    expect(levels).toEqual([1, 2, 2, 3])
  })

  it('accepts closing hashes and needs a space after the opening ones', () => {
    expect(blocksOf('## Tiêu đề ##')).toMatchObject([{ type: 'heading', text: 'Tiêu đề' }])
    expect(blocksOf('#không phải tiêu đề')).toMatchObject([{ type: 'paragraph' }])
  })
})

describe('parseMarkdown: paragraphs, figures, quotes, code, rules', () => {
  it('joins the lines of a paragraph and separates paragraphs by blank lines', () => {
    expect(blocksOf('Dòng một\ndòng hai\n\nĐoạn mới')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Dòng một dòng hai' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Đoạn mới' }] },
    ])
  })

  it('makes an image alone on a line a figure', () => {
    expect(blocksOf('![Màn hình đăng nhập](/huong-dan/dang-nhap.png)')).toEqual([
      {
        type: 'figure',
        image: { type: 'image', src: '/huong-dan/dang-nhap.png', alt: 'Màn hình đăng nhập', title: null },
      },
    ])
  })

  it('parses block quotes, fenced code and rules', () => {
    const blocks = blocksOf('> **Lưu ý:** đọc kỹ\n\n```\n<b>giữ nguyên</b>\n```\n\n---')
    expect(blocks[0]).toMatchObject({ type: 'quote', children: [{ type: 'paragraph' }] })
    expect(blocks[1]).toEqual({ type: 'code', lang: null, value: '<b>giữ nguyên</b>' })
    expect(blocks[2]).toEqual({ type: 'rule' })
  })

  it('normalises the source to NFC and accepts Windows line ends and a BOM', () => {
    const decomposed = '\uFEFFTie\u0302\u0301ng Vie\u0323\u0302t\r\ndo\u0300ng hai'
    const [block] = blocksOf(decomposed)
    expect(block).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Tiếng Việt dòng hai' }] })
  })
})

describe('parseMarkdown: lists', () => {
  it('parses unordered and ordered lists with their start number', () => {
    const [ul, ol] = blocksOf('- một\n- hai\n\n3. ba\n4. bốn')
    expect(ul).toMatchObject({ type: 'list', ordered: false, items: [{ children: [{ value: 'một' }] }, {}] })
    expect(ol).toMatchObject({ type: 'list', ordered: true, start: 3 })
    expect((ol as Extract<Block, { type: 'list' }>).items).toHaveLength(2)
  })

  it('nests an indented list inside its item', () => {
    const [list] = blocksOf('1. Chọn thao tác:\n   - **Duyệt**\n   - Xuất bản\n2. Bấm Lưu')
    const items = (list as Extract<Block, { type: 'list' }>).items
    expect(items).toHaveLength(2)
    expect(items[0]!.blocks).toMatchObject([{ type: 'list', ordered: false, items: [{}, {}] }])
    expect(plainText(items[1]!.children)).toBe('Bấm Lưu')
  })

  it('continues an item on unindented lines and keeps a list across blank lines', () => {
    const [list] = blocksOf('- một\ntiếp theo\n\n- hai')
    const items = (list as Extract<Block, { type: 'list' }>).items
    expect(items.map((i) => plainText(i.children))).toEqual(['một tiếp theo', 'hai'])
  })

  it('ends a list at a different kind of list or a paragraph', () => {
    expect(blocksOf('- a\n1. b').map((b) => b.type)).toEqual(['list', 'list'])
    expect(blocksOf('- a\n\nĐoạn văn').map((b) => b.type)).toEqual(['list', 'paragraph'])
  })
})

describe('parseMarkdown: tables', () => {
  it('parses a pipe table with alignment, escaped pipes and code', () => {
    const [table] = blocksOf('| Vai trò | Quyền |\n| :-- | :-: |\n| Cộng tác viên | a \\| b |\n| `x|y` | **Có** |')
    expect(table).toMatchObject({ type: 'table', align: ['left', 'center'] })
    const t = table as Extract<Block, { type: 'table' }>
    expect(t.header.map(plainText)).toEqual(['Vai trò', 'Quyền'])
    expect(t.rows.map((r) => r.map(plainText))).toEqual([
      ['Cộng tác viên', 'a | b'],
      ['x|y', 'Có'],
    ])
  })

  it('pads short rows and drops extra cells so every row matches the header', () => {
    const [table] = blocksOf('| a | b |\n| --- | --- |\n| 1 |\n| 1 | 2 | 3 |')
    expect((table as Extract<Block, { type: 'table' }>).rows.map((r) => r.length)).toEqual([2, 2])
  })

  it('needs a separator line: otherwise it is a paragraph', () => {
    expect(blocksOf('a | b\nc | d').map((b) => b.type)).toEqual(['paragraph'])
  })
})

describe('parseInline', () => {
  it('parses bold, italic, code and links', () => {
    expect(parseInline('**đậm** và *nghiêng*, _nghiêng_, `mã` [liên kết](/a)')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'đậm' }] },
      { type: 'text', value: ' và ' },
      { type: 'em', children: [{ type: 'text', value: 'nghiêng' }] },
      { type: 'text', value: ', ' },
      { type: 'em', children: [{ type: 'text', value: 'nghiêng' }] },
      { type: 'text', value: ', ' },
      { type: 'code', value: 'mã' },
      { type: 'text', value: ' ' },
      { type: 'link', href: '/a', children: [{ type: 'text', value: 'liên kết' }] },
    ])
  })

  it('nests emphasis inside links and links inside bold', () => {
    expect(parseInline('**[Mở](#muc)**')).toEqual([
      { type: 'strong', children: [{ type: 'link', href: '#muc', children: [{ type: 'text', value: 'Mở' }] }] },
    ])
  })

  it('leaves unmatched or spaced markers, snake_case and 2 * 3 as text', () => {
    expect(plainText(parseInline('a ** b'))).toBe('a ** b')
    expect(parseInline('ten_bien_so')).toEqual([{ type: 'text', value: 'ten_bien_so' }])
    expect(parseInline('2 * 3 * 4')).toEqual([{ type: 'text', value: '2 * 3 * 4' }])
    expect(parseInline('**chưa đóng')).toEqual([{ type: 'text', value: '**chưa đóng' }])
  })

  it('keeps markup characters as text: nothing becomes HTML', () => {
    expect(parseInline('<script>alert(1)</script> & <b>')).toEqual([
      { type: 'text', value: '<script>alert(1)</script> & <b>' },
    ])
  })

  it('honours backslash escapes and ignores markers inside code', () => {
    expect(parseInline('\\*không nghiêng\\*')).toEqual([{ type: 'text', value: '*không nghiêng*' }])
    expect(parseInline('`**a**`')).toEqual([{ type: 'code', value: '**a**' }])
  })

  it('drops unsafe link targets but keeps their text', () => {
    expect(parseInline('[bấm](javascript:alert(1))')).toEqual([{ type: 'text', value: 'bấm' }])
    expect(parseInline('![ảnh](data:image/png;base64,AAAA)')).toEqual([{ type: 'text', value: 'ảnh' }])
  })

  it('reads link titles and angle-bracketed addresses', () => {
    expect(parseInline('![Ảnh](/a.png "Chú thích")')).toEqual([
      { type: 'image', src: '/a.png', alt: 'Ảnh', title: 'Chú thích' },
    ])
    expect(parseInline('[x](<https://vbpl.vn/a(b)>)')).toMatchObject([{ type: 'link', href: 'https://vbpl.vn/a(b)' }])
  })
})

describe('safeHref and safeImageSrc', () => {
  it('accepts web, mail and phone addresses, site paths and fragments', () => {
    for (const href of ['https://vbpl.vn', 'http://a.b/c?d#e', 'mailto:stp@longan.gov.vn', 'tel:02723826456']) {
      expect(safeHref(href)).toBe(href)
    }
    expect(safeHref('/huong-dan-quan-tri#muc-luc')).toBe('/huong-dan-quan-tri#muc-luc')
    expect(safeHref('#dang-nhap')).toBe('#dang-nhap')
    expect(safeHref('docs/a.md')).toBe('docs/a.md')
  })

  it('refuses script, data and protocol-relative addresses, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' java\tscript:alert(1)',
      'java\u0000script:x',
      'vbscript:x',
      'data:text/html,x',
      '//evil.example/x',
      '\\\\evil',
      'x:y',
      '',
    ]) {
      expect(safeHref(href)).toBeNull()
    }
  })

  it('accepts only site paths and http(s) for images', () => {
    expect(safeImageSrc('/huong-dan/a.png')).toBe('/huong-dan/a.png')
    expect(safeImageSrc('https://a.b/c.png')).toBe('https://a.b/c.png')
    expect(safeImageSrc('mailto:a@b')).toBeNull()
    expect(safeImageSrc('a.png')).toBeNull()
  })
})
