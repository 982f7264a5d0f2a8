import type { PortalModule } from '@/modules/types'

/** Site search: the interface other modules call, and its current implementation (server/). */
export const searchModule: PortalModule = { name: 'search' }
