import type { PortalModule } from '@/modules/types'
import { Files } from './collections/files'
import { LibraryFiles } from './collections/library-files'
import { LibraryItems } from './collections/library-items'
import { Media } from './collections/media'
import { LIBRARY_ITEMS_SLUG, libraryPath } from './library/constants'
import { libraryEntries } from './library/search-entries'

/**
 * Uploaded images (with required alt text) and attached documents, and the media library
 * (/thu-vien): videos, audio programmes, infographics and e-books with their own files.
 */
export const mediaModule: PortalModule = {
  name: 'media',
  collections: [Media, Files, LibraryFiles, LibraryItems],
  workflowCollections: [LIBRARY_ITEMS_SLUG],
  searchable: [{ collection: LIBRARY_ITEMS_SLUG, label: 'Thư viện số', path: libraryPath, entries: libraryEntries }],
}
