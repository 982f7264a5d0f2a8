import type { AdminViewConfig, CollectionConfig, GlobalConfig, Payload } from 'payload'
import type { SearchEntry } from './search/engine/types'
import type { StatisticsProvider } from './statistics/types'

/** What a module contributes to the portal; payload.config.ts and cross-cutting features read these. */
export type PortalModule = {
  name: string
  collections?: CollectionConfig[]
  globals?: GlobalConfig[]
  /** collections whose documents go through the editorial workflow */
  workflowCollections?: string[]
  /** collections whose published documents appear in site search */
  searchable?: SearchableSpec[]
  /**
   * Work the server's scheduler runs on every tick (every few seconds, see
   * src/app/api/internal/publish-scheduled): mail retries, reminders, closing dialogues… A task
   * returns true when it changed something public, so the public cache is refreshed.
   */
  scheduledTasks?: ScheduledTask[]
  /** figures for the dashboards, the public statistics page and the summary report (issue 5 §4) */
  statistics?: StatisticsProvider[]
  /**
   * Custom admin screens (Payload `admin.components.views`, keyed by a unique name, each with its
   * own `path` under /admin) and links added to the admin's side navigation (component paths).
   */
  admin?: { views?: Record<string, AdminViewConfig>; navLinks?: string[] }
}

export type ScheduledTask = {
  name: string
  run: (payload: Payload, now: Date) => Promise<boolean | void>
}

export type SearchableSpec = {
  collection: string
  /** what a hit is called on the results page ("Bài viết", "Văn bản"…) */
  label: string
  /** the public URL of a document from its slug */
  path: (slug: string) => string
  /**
   * The index entries of one published document; by default one entry with the title, summary
   * and body. A legal document gives one per Điều.
   */
  entries?: (doc: Record<string, unknown>, payload: Payload) => Promise<SearchEntry[]>
}
