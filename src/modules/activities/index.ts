import type { PortalModule } from '@/modules/types'
import { Activities } from './collections/activities'
import { ActivityEvidence } from './collections/activity-evidence'
import { ActivityRollups } from './collections/activity-rollups'
import { activitiesStatistics } from './statistics'

/**
 * Activity records (hoạt động PBGDPL): each unit records what it did (form, topic, audiences,
 * sessions, participants, materials, people involved, cost, evidence); editors verify. Reports and
 * statistics are built from these records.
 */
export const activitiesModule: PortalModule = {
  name: 'activities',
  collections: [Activities, ActivityEvidence, ActivityRollups],
  statistics: [activitiesStatistics],
}
