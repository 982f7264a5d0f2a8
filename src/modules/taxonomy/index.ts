import type { PortalModule } from '@/modules/types'
import { Areas } from './collections/areas'
import { Audiences } from './collections/audiences'
import { LegalFields } from './collections/legal-fields'
import { Sections } from './collections/sections'

/** Taxonomies: legal fields, audiences, areas (communes) and the tree of site sections. */
export const taxonomyModule: PortalModule = {
  name: 'taxonomy',
  collections: [Sections, LegalFields, Audiences, Areas],
}
