import type { PortalModule } from '@/modules/types'

/**
 * The staff user guide: docs/huong-dan-su-dung.md rendered at /huong-dan-quan-tri (linked from the
 * admin navigation). No collections: the guide is a file kept with the code.
 */
export const guideModule: PortalModule = { name: 'guide' }
