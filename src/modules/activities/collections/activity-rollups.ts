import type { CollectionConfig } from 'payload'
import { ACTIVITY_ROLLUPS_SLUG } from '../constants'

const nobody = () => false

/**
 * Monthly sums of the submitted and verified activity records, province-wide, by form, unit,
 * legal field, audience, area and material kind (../server/rollups.ts keeps them). Province-wide
 * statistics read these few thousand rows instead of scanning 100,000 records. Internal: no
 * access for anyone, hidden in the admin; written by raw SQL only.
 */
export const ActivityRollups: CollectionConfig = {
  slug: ACTIVITY_ROLLUPS_SLUG,
  labels: { singular: 'Tổng hợp hoạt động', plural: 'Tổng hợp hoạt động' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // Covering: a statistics query reads the index only.
  indexes: [{ fields: ['status', 'month', 'dim', 'item', 'records', 'sessions', 'participants', 'amount'] }],
  fields: [
    { name: 'month', type: 'text', required: true },
    { name: 'status', type: 'text', required: true },
    { name: 'dim', type: 'text', required: true },
    { name: 'item', type: 'text', required: true },
    { name: 'records', type: 'number', required: true },
    { name: 'sessions', type: 'number', required: true },
    { name: 'participants', type: 'number', required: true },
    { name: 'amount', type: 'number', required: true },
  ],
}
