import type { PortalModule } from './types'
import { activitiesModule } from './activities'
import { antispamModule } from './antispam'
import { contestsModule } from './contests'
import { dataExchangeConnectorsModule } from './data-exchange/connectors/manifest'
import { dataExchangeModule } from './data-exchange'
import { demoModule } from './demo'
import { dialogueModule } from './dialogue'
import { directoryModule } from './directory'
import { guideModule } from './guide'
import { legalDocumentsModule } from './legal-documents'
import { mediaModule } from './media'
import { newsModule } from './news'
import { organisationModule } from './organisation'
import { outboxModule } from './outbox'
import { pagesModule } from './pages'
import { privacyModule } from './privacy'
import { auditModule } from './audit'
import { qaModule } from './qa'
import { registriesModule } from './registries'
import { reportsModule } from './reports'
import { searchModule } from './search/manifest'
import { settingsModule } from './settings'
import { situationsModule } from './situations'
import { statisticsModule } from './statistics'
import { taxonomyModule } from './taxonomy'

/**
 * Every module of the portal, in the order their collections appear in the admin. Import only
 * manifests here (no server code): payload.config.ts imports this list, so a module that reached
 * back into the Payload instance would make an import cycle.
 */
export const modules: PortalModule[] = [
  newsModule,
  legalDocumentsModule,
  dataExchangeConnectorsModule,
  qaModule,
  dialogueModule,
  situationsModule,
  registriesModule,
  activitiesModule,
  reportsModule,
  statisticsModule,
  contestsModule,
  pagesModule,
  taxonomyModule,
  organisationModule,
  directoryModule,
  mediaModule,
  settingsModule,
  antispamModule,
  outboxModule,
  privacyModule,
  auditModule,
  searchModule,
  dataExchangeModule,
  guideModule,
  demoModule,
]

export const workflowCollections = (): string[] => modules.flatMap((m) => m.workflowCollections ?? [])
export const searchableCollections = () => modules.flatMap((m) => m.searchable ?? [])
export const scheduledTasks = () => modules.flatMap((m) => m.scheduledTasks ?? [])
export const statisticsProviders = () => modules.flatMap((m) => m.statistics ?? []).sort((a, b) => a.order - b.order)
