import type { PortalModule } from '@/modules/types'
import { Files } from './collections/files'
import { Media } from './collections/media'

/** Uploaded images (with required alt text) and attached documents. */
export const mediaModule: PortalModule = {
  name: 'media',
  collections: [Media, Files],
}
