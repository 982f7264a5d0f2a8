import type { PortalModule } from '@/modules/types'
import { ImportProvenance } from './collections/import-provenance'

/** Import connectors (national legal documents database gateway, Công báo, CSV): issue 7 §6. */
export const dataExchangeConnectorsModule: PortalModule = {
  name: 'data-exchange-connectors',
  collections: [ImportProvenance],
}
