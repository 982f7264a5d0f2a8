import type { PortalModule } from '@/modules/types'
import { RegistryMembers } from './collections/registry-members'

/**
 * Registries (đội ngũ): legal reporters, legal propagandists, grassroots mediators and the members
 * of the coordination council, with the decisions recognising and dismissing them. Public lists
 * live under /doi-ngu.
 */
export const registriesModule: PortalModule = {
  name: 'registries',
  collections: [RegistryMembers],
}
