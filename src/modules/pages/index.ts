import type { PortalModule } from '@/modules/types'
import { Pages } from './collections/pages'

export const pagesModule: PortalModule = {
  name: 'pages',
  collections: [Pages],
  workflowCollections: ['pages'],
  searchable: [{ collection: 'pages', label: 'Giới thiệu', path: (slug) => `/gioi-thieu/${slug}` }],
}
