/**
 * Programmes a summary report is usually asked for, with their legal basis and default period.
 * The user may also type any other programme or plan name.
 */
export type ProgrammePreset = {
  key: string
  /** short name used in the title: "Kết quả thực hiện Đề án 471 …" */
  name: string
  /** the legal basis quoted in the opening paragraph */
  basis: string
  from: string
  to: string
}

export const PROGRAMME_PRESETS: ProgrammePreset[] = [
  {
    key: 'de-an-471',
    name: 'Đề án 471',
    basis:
      'Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật giai đoạn 2019 - 2021”',
    from: '2019-01-01',
    to: '2021-12-31',
  },
  {
    key: 'de-an-766',
    name: 'Đề án 766',
    basis:
      'Quyết định số 766/QĐ-TTg ngày 15/4/2025 của Thủ tướng Chính phủ phê duyệt Đề án “Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030”',
    from: '2025-01-01',
    to: '2030-12-31',
  },
  {
    key: 'cong-tac-pbgdpl',
    name: 'công tác phổ biến, giáo dục pháp luật',
    basis: 'Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 ngày 20/6/2012',
    from: `${new Date().getFullYear()}-01-01`,
    to: `${new Date().getFullYear()}-12-31`,
  },
]

export const presetByKey = (key: string): ProgrammePreset | undefined => PROGRAMME_PRESETS.find((p) => p.key === key)
