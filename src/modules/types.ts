import type { CollectionConfig, GlobalConfig } from 'payload'

/** What a module contributes to the portal; payload.config.ts and cross-cutting features read these. */
export type PortalModule = {
  name: string
  collections?: CollectionConfig[]
  globals?: GlobalConfig[]
  /** collections whose documents go through the editorial workflow */
  workflowCollections?: string[]
  /** collections whose published documents appear in site search, with their public URL prefix */
  searchable?: { collection: string; label: string; path: (slug: string) => string }[]
}
