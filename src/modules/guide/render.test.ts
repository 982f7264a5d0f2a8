import { createElement, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './markdown'
import { renderBlocks, TableOfContents, type RenderOptions } from './render'

const html = (source: string, options?: RenderOptions) =>
  renderToStaticMarkup(createElement(Fragment, null, renderBlocks(parseMarkdown(source).blocks, options)))

describe('renderBlocks', () => {
  it('renders headings with their ids, paragraphs and inline formatting', () => {
    expect(html('## Gửi duyệt\n\nChọn **Gửi duyệt**, *rồi* bấm `Lưu`.')).toBe(
      '<h2 id="gui-duyet">Gửi duyệt</h2><p>Chọn <strong>Gửi duyệt</strong>, <em>rồi</em> bấm <code>Lưu</code>.</p>',
    )
  })

  it('escapes markup in text, code and attributes', () => {
    const out = html('<script>alert("x")</script> `<b>` [a"b](/x?a=1&b=2) ![<img onerror=x>](/a.png)')
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('<b>')
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(out).toContain('<code>&lt;b&gt;</code>')
    expect(out).toContain('href="/x?a=1&amp;b=2"')
    // The would-be attribute stays inside the escaped alt text.
    expect(out).toContain('<img src="/a.png" alt="&lt;img onerror=x&gt;" loading="lazy"')
  })

  it('never renders an unsafe link', () => {
    const out = html('[bấm vào đây](javascript:alert(1))')
    expect(out).toBe('<p>bấm vào đây</p>')
  })

  it('marks external links noopener and leaves site links alone', () => {
    expect(html('[VBPL](https://vbpl.vn) [Mục](#muc)')).toBe(
      '<p><a href="https://vbpl.vn" rel="noopener noreferrer">VBPL</a> <a href="#muc">Mục</a></p>',
    )
  })

  it('renders ordered lists with their start, and nested lists inside items', () => {
    expect(html('3. Ba\n   - con\n4. Bốn')).toBe('<ol start="3"><li>Ba<ul><li>con</li></ul></li><li>Bốn</li></ol>')
    expect(html('1. Một')).toBe('<ol><li>Một</li></ol>')
  })

  it('renders a table in a named, focusable region with column and row headers', () => {
    const out = html('| Thao tác | Biên tập viên |\n| --- | :-: |\n| Duyệt | Có |')
    expect(out).toBe(
      '<div class="app-table-wrap app-guide__table-wrap" role="region" tabindex="0" aria-label="Bảng: Thao tác, Biên tập viên">' +
        '<table class="app-table app-guide__table"><thead><tr>' +
        '<th scope="col">Thao tác</th><th scope="col" class="app-guide__cell--center">Biên tập viên</th>' +
        '</tr></thead><tbody><tr><th scope="row">Duyệt</th><td class="app-guide__cell--center">Có</td></tr></tbody></table></div>',
    )
  })

  it('gives tables of three columns or more a size class, so they scroll on small screens', () => {
    expect(html('| a | b | c | d | e |\n|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 |')).toContain(
      'class="app-table app-guide__table app-guide__table--wide"',
    )
    expect(html('| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |')).toContain(
      'class="app-table app-guide__table app-guide__table--medium"',
    )
  })

  it('renders a figure with alt text, lazy loading and the size it is given', () => {
    const out = html('![Màn hình đăng nhập](/huong-dan/dang-nhap.png "Hình 1")', {
      imageSize: (src) => (src === '/huong-dan/dang-nhap.png' ? { width: 1280, height: 800 } : null),
    })
    expect(out).toBe(
      '<figure class="app-guide__figure"><img src="/huong-dan/dang-nhap.png" alt="Màn hình đăng nhập" width="1280" height="800" loading="lazy" decoding="async" class="app-guide__image"/>' +
        '<figcaption>Hình 1</figcaption></figure>',
    )
  })

  it('renders quotes, code blocks and rules', () => {
    expect(html('> Lưu ý\n\n```\na < b\n```\n\n***')).toBe(
      '<blockquote class="app-guide__note"><p>Lưu ý</p></blockquote><pre class="app-guide__code"><code>a &lt; b</code></pre><hr/>',
    )
  })
})

describe('TableOfContents', () => {
  it('is a labelled navigation with an h2 and a link per entry', () => {
    const out = renderToStaticMarkup(
      createElement(TableOfContents, {
        entries: [
          { id: 'dang-nhap', text: 'Đăng nhập' },
          { id: 'gui-duyet', text: 'Gửi duyệt' },
        ],
      }),
    )
    expect(out).toBe(
      '<nav aria-labelledby="muc-luc" class="app-guide__toc"><h2 id="muc-luc">Mục lục</h2><ol>' +
        '<li><a href="#dang-nhap">Đăng nhập</a></li><li><a href="#gui-duyet">Gửi duyệt</a></li></ol></nav>',
    )
  })

  it('renders nothing without entries', () => {
    expect(renderToStaticMarkup(createElement(TableOfContents, { entries: [] }))).toBe('')
  })
})
