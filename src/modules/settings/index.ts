import type { PortalModule } from '@/modules/types'
import { SiteSettings } from './globals/site-settings'

export const settingsModule: PortalModule = {
  name: 'settings',
  globals: [SiteSettings],
}
