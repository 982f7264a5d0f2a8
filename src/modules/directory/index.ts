import type { PortalModule } from '@/modules/types'
import { Officials } from './collections/officials'

/** Electronic directory: units (from the organisation module) and their officials. */
export const directoryModule: PortalModule = {
  name: 'directory',
  collections: [Officials],
}
