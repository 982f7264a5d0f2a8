import { describe, expect, it } from 'vitest'
import { composeReport, periodLabel } from './compose'
import { fixtureSections } from './fixture'
import { vietnamMidnight } from './format'
import { abbreviate, issuerFromSettings, signerTitleOf } from './issuer'

const issuer = issuerFromSettings({
  provinceName: 'tỉnh Long An',
  ownerName: 'Ủy ban nhân dân tỉnh Long An',
  operatorName: 'Sở Tư pháp tỉnh Long An',
})

describe('the report issuer from the site settings', () => {
  it('names the agency without the province, abbreviates it and finds the signer and the place', () => {
    expect(issuer).toEqual({
      superior: 'Ủy ban nhân dân tỉnh Long An',
      name: 'Sở Tư pháp',
      abbreviation: 'STP',
      place: 'Long An',
      signerTitle: 'Giám đốc',
    })
    expect(abbreviate('Sở Giáo dục và Đào tạo')).toBe('SGDĐT')
    expect(signerTitleOf('Ủy ban nhân dân xã Mỹ Yên')).toBe('Chủ tịch')
    expect(signerTitleOf('Hội Luật gia tỉnh')).toBe('Thủ trưởng cơ quan')
  })
})

describe('the composed report', () => {
  const report = composeReport({
    sections: fixtureSections(),
    programme: { name: 'Đề án 471', basis: null },
    from: vietnamMidnight(2019, 1, 1),
    to: vietnamMidnight(2021, 12, 31),
    unit: null,
    issuer,
    provinceName: 'tỉnh Long An',
    issuedAt: vietnamMidnight(2026, 3, 5),
  })

  it('names the period as a span of years, one year or two days', () => {
    expect(report.subtitle).toBe('Kết quả thực hiện Đề án 471 giai đoạn 2019–2021')
    expect(periodLabel(vietnamMidnight(2021, 1, 1), vietnamMidnight(2021, 12, 31))).toBe('năm 2021')
    expect(periodLabel(vietnamMidnight(2021, 3, 1), vietnamMidnight(2021, 6, 30))).toBe(
      'từ ngày 01/03/2021 đến ngày 30/06/2021',
    )
  })
  it('writes the headline figures as Vietnamese sentences with Vietnamese numbers', () => {
    expect(report.intro[0]).toBe(
      'Sở Tư pháp báo cáo kết quả thực hiện Đề án 471 giai đoạn 2019–2021 trên địa bàn tỉnh Long An như sau:',
    )
    expect(report.overview).toContain(
      'Tổ chức, thực hiện 1.234 hoạt động phổ biến, giáo dục pháp luật (2.468 cuộc, buổi) với 1.234.567 lượt người tham dự.',
    )
    expect(report.overview).toContain('Tiếp nhận 640 câu hỏi pháp luật của người dân, đã trả lời 610 câu hỏi.')
  })
  it('keeps every provider section in order, numbers them and their tables', () => {
    expect(report.sections.map((s) => `${s.number}. ${s.key}`)).toEqual([
      '1. activities',
      '2. registries',
      '3. news',
      '4. qa',
      '5. dialogue',
      '6. reports',
    ])
    expect(report.sections[0]!.tables.map((t) => t.number)).toEqual([1, 2])
    expect(report.sections[3]!.figures[2]!.text).toBe('Thời gian trả lời trung bình: 12,5 ngày.')
  })
  it('mentions a section no sentence template knows with its own first figures', () => {
    const extra = composeReport({
      sections: [
        {
          key: 'contests',
          title: 'Cuộc thi tìm hiểu pháp luật',
          order: 70,
          public: true,
          figures: [{ key: 'contests.entries', label: 'Bài dự thi', value: 15234, measure: 'bài' }],
          tables: [],
        } as never,
      ],
      programme: { name: 'Đề án 471', basis: null },
      from: vietnamMidnight(2021, 1, 1),
      to: vietnamMidnight(2021, 12, 31),
      unit: null,
      issuer,
      provinceName: 'tỉnh Long An',
      issuedAt: vietnamMidnight(2026, 3, 5),
    })
    expect(extra.overview).toEqual(['Cuộc thi tìm hiểu pháp luật: bài dự thi 15.234 bài.'])
  })
  it('names a section whose provider failed instead of leaving it out silently', () => {
    const failed = composeReport({
      sections: [{ key: 'qa', title: 'Hỏi đáp pháp luật', order: 40, figures: [], tables: [], failed: true } as never],
      programme: { name: 'Đề án 471', basis: null },
      from: vietnamMidnight(2021, 1, 1),
      to: vietnamMidnight(2021, 12, 31),
      unit: null,
      issuer,
      provinceName: 'tỉnh Long An',
      issuedAt: vietnamMidnight(2026, 3, 5),
    })
    expect(failed.sections).toEqual([])
    expect(failed.overview).toEqual([
      'Chưa tổng hợp được số liệu phần "Hỏi đáp pháp luật" do lỗi hệ thống; đề nghị lập lại báo cáo sau.',
    ])
  })
})
