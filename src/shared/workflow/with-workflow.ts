import type { CollectionConfig, Field } from 'payload'
import { editorial, publishedOrWorkflowReader, workflowDeleter, workflowUpdater, writers } from '../access/rules'
import { applyWorkflow } from './apply-workflow'
import { workflowFields } from './fields'
import { notifyOnTransition, revalidateWorkflowDelete, revalidateWorkflowDoc, stampCreator } from './hooks'

type Options = {
  /** whether contributors may write this collection (false: editorial board only) */
  contributorsWrite?: boolean
}

/**
 * Gives a content collection the editorial workflow: state and history fields, the transition
 * hook, creator and unit stamping, version history with restore, cache refresh and
 * e-mail notifications, and the read/write rules that go with them.
 */
export function withWorkflow(config: CollectionConfig, options: Options = {}): CollectionConfig {
  const createdBy: Field = {
    name: 'createdBy',
    label: 'Người tạo',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar', readOnly: true },
  }
  const contributorsWrite = options.contributorsWrite ?? true
  return {
    ...config,
    access: {
      read: publishedOrWorkflowReader,
      create: contributorsWrite ? writers : editorial,
      update: contributorsWrite ? workflowUpdater : editorial,
      delete: workflowDeleter,
      readVersions: editorial,
      ...config.access,
    },
    // The admin lists the latest work first; public queries give their own order.
    defaultSort: '-updatedAt',
    versions: { maxPerDoc: 50 },
    // The workflow already decides who may edit when (contributors before submission, editors
    // after); Payload's edit locks outlived the editing session and blocked the next person.
    lockDocuments: false,
    admin: {
      ...config.admin,
      defaultColumns: config.admin?.defaultColumns ?? ['title', 'workflowState', 'unit', 'publishedAt', 'updatedAt'],
      listSearchableFields: config.admin?.listSearchableFields ?? ['title'],
    },
    fields: [...config.fields, ...workflowFields(), createdBy],
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), stampCreator, applyWorkflow],
      afterChange: [...(config.hooks?.afterChange ?? []), revalidateWorkflowDoc, notifyOnTransition],
      afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateWorkflowDelete],
    },
  }
}
