import type { PortalModule } from '@/modules/types'
import { Units } from './collections/units'
import { Users } from './collections/users'

/** Organisation: units (đơn vị) as a tree and the portal's users with their roles. */
export const organisationModule: PortalModule = {
  name: 'organisation',
  collections: [Users, Units],
  admin: {
    // The second sign-in step takes the place of Payload's "unauthorized" screen (mfa/ui/mfa-view.tsx).
    views: { unauthorized: { Component: '@/modules/organisation/mfa/ui/mfa-view#MfaView' } },
  },
}
