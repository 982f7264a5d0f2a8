import type { Payload } from 'payload'

/**
 * The contract between the statistics module and the modules that contribute figures (issue 5
 * §4). Each module declares providers in its manifest (`PortalModule.statistics`); the statistics
 * module never reads another module's collections itself.
 */

/** 'public' figures count only published or verified records; 'internal' ones everything submitted. */
export type StatsScope = 'public' | 'internal'

export type StatsQuery = {
  /** inclusive */
  from: Date
  /** exclusive */
  to: Date
  /**
   * The units to count: a unit and all the units under it, resolved by the statistics module.
   * null: province-wide.
   */
  unitIds: (number | string)[] | null
  scope: StatsScope
}

/** One headline number ("Số cuộc PBGDPL trực tiếp: 1.234"). */
export type StatsFigure = { key: string; label: string; value: number; measure?: string }

/**
 * A table of figures: one row per category (month, form, unit…), one column per measure. Every
 * chart is drawn from a table, and the table is always shown beside it.
 */
export type StatsTable = {
  /** stable id, e.g. "activities.by-month" */
  key: string
  title: string
  /** header of the first column: "Tháng", "Hình thức", "Đơn vị" */
  dimension: string
  columns: { key: string; label: string; measure?: string }[]
  rows: { key: string; label: string; values: number[] }[]
  /** how to draw it: bars for categories, a line for a time series, none for a plain table */
  chart: 'bar' | 'line' | 'none'
  note?: string
}

export type StatsContribution = { figures: StatsFigure[]; tables: StatsTable[] }

export type StatisticsProvider = {
  /** stable id, e.g. "activities" */
  key: string
  /** the section's heading on dashboards and in the summary report */
  title: string
  /** sections are shown in this order */
  order: number
  /** whether the section appears on the public page (§2.7) or only on managers' dashboards */
  public: boolean
  /**
   * The collections whose changes alter this provider's figures (e.g. ['articles']). The
   * statistics cache keeps a result only while their row counts and latest `updatedAt` stay the
   * same; a provider without sources is never cached.
   */
  sources?: string[]
  collect: (payload: Payload, query: StatsQuery) => Promise<StatsContribution>
}

export type StatsSection = StatsContribution &
  Pick<StatisticsProvider, 'key' | 'title' | 'order' | 'public'> & {
    /** the provider failed (logged); the section is empty */
    failed?: boolean
  }
