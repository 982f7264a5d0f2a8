import type { PortalModule } from '@/modules/types'
import { ImportProvenance } from './collections/import-provenance'

/** Import connectors (national legal documents database gateway, Công báo, CSV): issue 7 §6. */
export const dataExchangeConnectorsModule: PortalModule = {
  name: 'data-exchange-connectors',
  collections: [ImportProvenance],
  admin: {
    views: {
      connectorImport: {
        Component: '@/modules/data-exchange/connectors/admin/import-view#ConnectorImportView',
        path: '/nhap-van-ban',
        exact: true,
        meta: { title: 'Nhập văn bản pháp luật từ nguồn ngoài' },
      },
    },
    navLinks: ['@/modules/data-exchange/connectors/admin/import-view#ConnectorImportNavLink'],
  },
}
