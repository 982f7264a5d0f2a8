import type { PortalModule } from '@/modules/types'

/** Demo content for a fresh installation (Long An's Department of Justice). */
export const demoModule: PortalModule = { name: 'demo' }
export { seedDemo, readProvinceConfig, DEMO_USERS, demoPassword } from './seed/seed-demo'
