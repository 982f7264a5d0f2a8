import type { TextBlock } from '@/shared/text/blocks-to-lexical'

/**
 * Shapes of the demo content. The data files in ./data are plain values (no Payload imports) so
 * that the seeder can map them to collections and tests can check them without a database.
 */

/** Rich text written as simple blocks; the seeder turns them into Lexical JSON. */
export type DemoBlock = TextBlock

export type DemoUnitKind = 'department' | 'commune' | 'school' | 'agency'

export type DemoUnit = {
  key: string
  name: string
  shortName?: string
  kind: DemoUnitKind
  /** key of the parent unit, if any */
  parent?: string
  address: string
  phone?: string
  email?: string
  website?: string
  leaderName?: string
  leaderTitle?: string
}

/** Sections (chuyên mục) form a tree; keys are also their slugs. */
export type DemoSection = {
  slug: string
  title: string
  description: string
  parent?: string
  order: number
  showInNav: boolean
}

export type DemoCover = {
  /** two hex colours for the generated gradient cover */
  colors: [string, string]
  /** a short label painted on the cover (2–5 words) */
  label: string
  /** alt text describing the generated image */
  alt: string
}

export type DemoArticle = {
  slug: string
  title: string
  summary: string
  /** slug of a DemoSection */
  section: string
  /** key of a DemoUnit that wrote it */
  unit: string
  /** slugs of legal fields (see legal-fields in data/taxonomies.ts) */
  fields: string[]
  /** slugs of audiences */
  audiences: string[]
  /** names of communes/wards as in the admin-units data, optional */
  areas?: string[]
  /** ISO date (YYYY-MM-DD) */
  publishedAt: string
  featured?: boolean
  author?: string
  cover: DemoCover
  body: DemoBlock[]
}

export type DemoEvent = {
  slug: string
  title: string
  summary: string
  /** ISO date-time with +07:00 offset */
  startsAt: string
  endsAt: string
  place: string
  unit: string
  body: DemoBlock[]
}

export type DemoAnnouncement = {
  slug: string
  kind: 'thong-bao' | 'giay-moi'
  /** số hiệu, e.g. "125/TB-STP" */
  number: string
  title: string
  summary: string
  issuedAt: string
  /** for invitations: meeting time and place */
  meetingAt?: string
  meetingPlace?: string
  unit: string
  body: DemoBlock[]
}

export type DemoPlan = {
  slug: string
  kind: 'ke-hoach' | 'chuong-trinh' | 'de-an'
  number: string
  title: string
  summary: string
  issuedAt: string
  unit: string
  periodFrom: number
  periodTo: number
  body: DemoBlock[]
}

export type DemoPage = {
  slug: string
  title: string
  summary: string
  body: DemoBlock[]
}

export type DemoOfficial = {
  name: string
  position: string
  unit: string
  phone?: string
  email?: string
  order: number
}

export type DemoTaxonomyItem = { slug: string; title: string; description?: string }
