import type { StatsFigure, StatsTable } from '../types'

/** Who issues the report: the names of the national-style header and of the signature block. */
export type ReportIssuer = {
  /** the governing body, first line of the left header: "Ủy ban nhân dân tỉnh Long An" */
  superior: string
  /** the issuing agency: "Sở Tư pháp" */
  name: string
  /** the agency's abbreviation after the document number: "STP" in "Số: …/BC-STP" */
  abbreviation: string
  /** the place before the date: "Long An" */
  place: string
  /** the signer's title: "GIÁM ĐỐC" */
  signerTitle: string
  signerName?: string
}

export type ReportFigure = StatsFigure & { text: string }

export type ReportSection = {
  /** "1", "2"… within part II */
  number: string
  key: string
  title: string
  figures: ReportFigure[]
  tables: (StatsTable & { number: number })[]
}

/** Everything the PDF and the XLSX print; built once by ./build.ts. */
export type SummaryReport = {
  issuer: ReportIssuer
  /** the unit reported on, or null for the whole province */
  unit: { id: number | string; title: string } | null
  programme: { name: string; basis: string | null }
  /** first and last day of the period (Vietnam calendar days, as instants of their midnight) */
  from: Date
  to: Date
  /** "giai đoạn 2019–2021", "năm 2021", "từ ngày 01/01/2021 đến ngày 30/06/2021" */
  periodLabel: string
  issuedAt: Date
  /** "Kết quả thực hiện Đề án 471 giai đoạn 2019–2021" */
  subtitle: string
  /** opening paragraph(s) */
  intro: string[]
  /** part I: the headline figures as sentences */
  overview: string[]
  /** part II: one section per statistics provider */
  sections: ReportSection[]
  recipients: string[]
}
