import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChartFigure, type ChartFigureProps } from './chart-figure'
import { niceStep } from './column-chart'

const render = (props: ChartFigureProps) => renderToStaticMarkup(createElement(ChartFigure, props))

const byForm: ChartFigureProps = {
  id: 'hinh-thuc',
  caption: 'Hoạt động theo hình thức',
  dimension: 'Hình thức',
  chart: 'bar',
  columns: [{ key: 'sessions', label: 'Số cuộc', measure: 'cuộc' }],
  rows: [
    { key: 'direct', label: 'Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm)', values: [1234] },
    { key: 'online', label: 'Trực tuyến', values: [56] },
  ],
}

describe('a bar chart figure', () => {
  const html = render(byForm)
  it('draws one bar per category, as wide as its share of the largest', () => {
    const bars = [...html.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)%"/g)].map((m) => Number(m[1]))
    expect(bars).toHaveLength(2)
    expect(bars[0]).toBeCloseTo(76)
    expect(bars[1]).toBeCloseTo((56 / 1234) * 76)
  })
  it('labels the image with the caption and a description, and writes values the Vietnamese way', () => {
    expect(html).toContain('role="img" aria-labelledby="hinh-thuc-tieu-de hinh-thuc-mo-ta"')
    expect(html).toContain('<figcaption id="hinh-thuc-tieu-de"')
    expect(html).toContain('id="hinh-thuc-mo-ta"')
    expect(html).toContain('>1.234</text>')
    // long labels are cut in the chart and kept whole in the table
    expect(html).toContain('Phổ biến pháp luật trực tiếp (hội…')
    expect(html).toContain('<th scope="row">Phổ biến pháp luật trực tiếp (hội nghị, tập huấn, tọa đàm)</th>')
  })
  it('always renders the data table with headers and formatted numbers', () => {
    expect(html).toContain('<caption class="app-data-table__caption--hidden">Hoạt động theo hình thức</caption>')
    expect(html).toContain('<th scope="col">Hình thức</th>')
    expect(html).toMatch(/<td class="app-data-table__num">1.234<\/td>/)
    expect(html).toMatch(/role="region" aria-label="Bảng: Hoạt động theo hình thức" tabindex="0"/)
  })
})

describe('a time series figure', () => {
  const months = Array.from({ length: 12 }, (_, i) => ({
    key: `2026-${String(i + 1).padStart(2, '0')}`,
    label: `${String(i + 1).padStart(2, '0')}/2026`,
    values: [i * 10, i],
  }))
  const html = render({
    id: 'theo-thang',
    caption: 'Câu hỏi theo tháng',
    dimension: 'Tháng',
    chart: 'line',
    columns: [
      { key: 'received', label: 'Đã nhận' },
      { key: 'answered', label: 'Đã trả lời' },
    ],
    rows: months,
  })
  it('draws a column per month and series, a legend, and at most six month labels', () => {
    expect(html.match(/<rect x="[\d.]+%"/g)).toHaveLength(24)
    expect(html).toContain('>Đã nhận</text>')
    expect(html).toContain('>Đã trả lời</text>')
    const ticks = html.match(/class="app-chart__tick"[^>]*>\d\d\/26</g) ?? []
    expect(ticks.length).toBeGreaterThanOrEqual(4)
    expect(ticks.length).toBeLessThanOrEqual(5)
  })
  it('adds a total row to the table', () => {
    expect(html).toContain('<th scope="row">Tổng cộng</th>')
    expect(html).toContain('>660</td>')
    expect(html).toContain('>66</td>')
  })
  it('picks round grid steps', () => {
    expect(niceStep(110)).toBe(50)
    expect(niceStep(7)).toBe(2)
    expect(niceStep(0)).toBe(1)
  })
})

describe('a figure without data', () => {
  it('shows the table saying so and no chart', () => {
    const html = render({ ...byForm, rows: [] })
    expect(html).not.toContain('<svg')
    expect(html).toContain('Không có số liệu trong kỳ này.')
  })
})
