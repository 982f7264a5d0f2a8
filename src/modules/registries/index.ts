import type { PortalModule } from '@/modules/types'
import { RegistryMembers } from './collections/registry-members'
import { registriesStatistics } from './statistics'

/**
 * Registries (đội ngũ): legal reporters, legal propagandists, grassroots mediators and the members
 * of the coordination council, with the decisions recognising and dismissing them. Public lists
 * live under /doi-ngu; the XLSX import screen under /admin/doi-ngu/nhap.
 */
export const registriesModule: PortalModule = {
  name: 'registries',
  collections: [RegistryMembers],
  statistics: [registriesStatistics],
  admin: {
    views: {
      registriesImport: {
        Component: '@/modules/registries/admin/import-view#RegistriesImportView',
        path: '/doi-ngu/nhap',
        exact: true,
        meta: { title: 'Nhập danh sách đội ngũ từ tệp XLSX' },
      },
    },
    navLinks: ['@/modules/registries/admin/registry-links#RegistryImportNavLink'],
  },
}
