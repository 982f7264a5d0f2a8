import type { PortalModule } from '@/modules/types'
import { ApiClients } from './open-api/api-clients'
import { changesCollections, changesTasks } from './changes'
import { syncCollections, syncTask } from './sync'

/**
 * Interoperability (issue 7): the data standard's JSON Schemas and the open API (open-api/), feeds,
 * Akoma Ntoso, import connectors and sync between instances, each in its own folder.
 */
export const dataExchangeModule: PortalModule = {
  name: 'data-exchange',
  collections: [ApiClients, ...changesCollections, ...syncCollections],
  scheduledTasks: [...changesTasks, syncTask],
}
