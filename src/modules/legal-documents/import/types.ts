import type { DocumentTypeValue, EffectStatusValue } from '../parse'

export const IMPORT_FORMATS = ['auto', 'jsonl', 'congbao', 'articles', 'alqac', 'text'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]
export type ConcreteFormat = Exclude<ImportFormat, 'auto'>

/** One document as the importer writes it; dates are ISO instants (midnight in Vietnam). */
export type DocumentInput = {
  number: string
  type: DocumentTypeValue
  title: string
  issuer: string
  signer?: string | null
  signerTitle?: string | null
  issuedAt: string
  effectiveAt?: string | null
  status?: EffectStatusValue | null
  statusNote?: string | null
  scope?: 'toan-quoc' | 'dia-phuong' | null
  /** legal field names as the source writes them; matched against the legal-fields taxonomy */
  fieldNames?: string[]
  congBaoNumber?: string | null
  congBaoDate?: string | null
  source?: string | null
  text?: string | null
}

/** Full text for a document that must already exist (articles.jsonl, ALQAC law.json). */
export type AttachInput = {
  /** the số ký hiệu, when the source gives one */
  number: string | null
  /** the document's name, when the source identifies it by name (ALQAC 2023) */
  title: string | null
  text: string
  articleCount: number
}

export type ImportRecord =
  | { line: number; kind: 'document'; input: DocumentInput; warnings: string[] }
  | { line: number; kind: 'attach'; input: AttachInput; warnings: string[] }
  | { line: number; kind: 'error'; message: string }

export type ImportIssue = { line: number; message: string }

export type ImportSummary = {
  file: string
  format: ConcreteFormat
  dryRun: boolean
  total: number
  created: number
  updated: number
  skipped: number
  errors: ImportIssue[]
  warnings: ImportIssue[]
  /** why records were skipped, when the reason is worth telling (not for "nothing changed") */
  skippedReasons: ImportIssue[]
  seconds: number
}
