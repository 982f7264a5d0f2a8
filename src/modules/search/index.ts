import type { PortalModule } from '@/modules/types'

/** Site search: the interface other modules call, and its current implementation. */
export const searchModule: PortalModule = { name: 'search' }
export { foldedSearch as siteSearch } from './server/folded-search'
export { checkQuery } from './server/site-search'
