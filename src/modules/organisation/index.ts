import type { PortalModule } from '@/modules/types'
import { Units } from './collections/units'
import { Users } from './collections/users'

/** Organisation: units (đơn vị) as a tree and the portal's users with their roles. */
export const organisationModule: PortalModule = {
  name: 'organisation',
  collections: [Users, Units],
}
