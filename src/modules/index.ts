import type { PortalModule } from './types'
import { directoryModule } from './directory'
import { mediaModule } from './media'
import { newsModule } from './news'
import { organisationModule } from './organisation'
import { pagesModule } from './pages'
import { settingsModule } from './settings'
import { taxonomyModule } from './taxonomy'

/** Every module of the portal, in the order their collections appear in the admin. */
export const modules: PortalModule[] = [
  newsModule,
  pagesModule,
  taxonomyModule,
  organisationModule,
  directoryModule,
  mediaModule,
  settingsModule,
]

export const workflowCollections = (): string[] => modules.flatMap((m) => m.workflowCollections ?? [])
export const searchableCollections = () => modules.flatMap((m) => m.searchable ?? [])
