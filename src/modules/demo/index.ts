import type { PortalModule } from '@/modules/types'

/**
 * Demo content for a fresh installation (Long An's Department of Justice). The seeder lives in
 * ./seed/seed-demo.ts and is imported only by scripts, so the server never loads the demo texts.
 */
export const demoModule: PortalModule = { name: 'demo' }
