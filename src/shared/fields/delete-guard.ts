import type { CollectionBeforeDeleteHook, CollectionConfig, Config, Field, Plugin } from 'payload'
import { userError } from '@/shared/errors'
import { isPlainObject } from '@/shared/object'

/**
 * A document that another one needs cannot be deleted out from under it. A required relationship
 * (a section of an article, the documents a relation links, the unit of an official, the contest of
 * a round, the file of an attachment…) is a NOT NULL column whose foreign key would set it to null:
 * the database refused the delete and the editor saw a 500. This plugin finds every such field in
 * the config and gives its target collection a `beforeDelete` check that answers 409 with a
 * Vietnamese message naming what still points at the document; nothing is deleted.
 *
 * A field whose rows the target's own `beforeDelete` removes (bookkeeping such as a sync source's
 * provenance rows) says so with `custom: { deletedWithTarget: true }` and is not checked.
 */

export type Referrer = {
  /** the collection that points */
  collection: string
  /** its plural label, for the message */
  label: string
  /** the query path of the field (`citations.document` for a field in an array row) */
  path: string
  /** the field's label, when it has one */
  fieldLabel: string | null
  /** the collection keeps versions (history only: no drafts in this portal) */
  versions: boolean
}

const labelText = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : isPlainObject(label) && typeof label.vi === 'string' ? label.vi : fallback

/** Required single relationships and uploads of `fields`, with their query paths. */
type Link = { path: string; target: string; label: string | null }

function requiredLinks(fields: Field[], prefix = ''): Link[] {
  const out: Link[] = []
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : null
    if (field.type === 'relationship' || field.type === 'upload') {
      const custom = (field.custom ?? {}) as { deletedWithTarget?: boolean }
      if (
        field.required &&
        !field.hasMany &&
        typeof field.relationTo === 'string' &&
        !custom.deletedWithTarget &&
        named &&
        !('virtual' in field && field.virtual)
      ) {
        const label = field.label === undefined || field.label === false ? null : labelText(field.label, '')
        out.push({ path: `${prefix}${named}`, target: field.relationTo, label: label || null })
      }
    } else if (field.type === 'array' || field.type === 'group') {
      out.push(...requiredLinks(field.fields, named ? `${prefix}${named}.` : prefix))
    } else if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...requiredLinks(field.fields, prefix))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabName = 'name' in tab && typeof tab.name === 'string' ? tab.name : null
        out.push(...requiredLinks(tab.fields, tabName ? `${prefix}${tabName}.` : prefix))
      }
    }
  }
  return out
}

/** Which collections point at which, by a required relationship: target slug → its referrers. */
export function referrersByTarget(collections: CollectionConfig[]): Map<string, Referrer[]> {
  const map = new Map<string, Referrer[]>()
  for (const collection of collections) {
    const label = labelText(collection.labels?.plural, collection.slug)
    for (const link of requiredLinks(collection.fields)) {
      const list = map.get(link.target) ?? []
      list.push({
        collection: collection.slug,
        label,
        path: link.path,
        fieldLabel: link.label,
        versions: Boolean(collection.versions),
      })
      map.set(link.target, list)
    }
  }
  return map
}

function guard(referrers: Referrer[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const blocking: string[] = []
    for (const referrer of referrers) {
      // A system count: it tells whether the delete can go ahead, over documents of every state,
      // also those the editor cannot read (only their number is said).
      const { totalDocs } = await req.payload.count({
        collection: referrer.collection as never,
        where: { [referrer.path]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0)
        blocking.push(
          `${totalDocs.toLocaleString('vi-VN')} ${referrer.label.toLowerCase()}` +
            (referrer.fieldLabel ? ` (trường “${referrer.fieldLabel}”)` : ''),
        )
    }
    if (blocking.length > 0) {
      throw userError(
        `Không xóa được: còn ${blocking.join(', ')} đang gắn với mục này. Hãy chuyển các mục đó sang mục khác hoặc xóa chúng trước.`,
        409,
      )
    }
    // Nothing current points here any more; earlier versions that did (an article once in this
    // section) could never be restored without it: they go, in the delete's transaction.
    for (const referrer of referrers) {
      if (!referrer.versions) continue
      await req.payload.db.deleteVersions({
        collection: referrer.collection as never,
        where: { [`version.${referrer.path}`]: { equals: id } },
        req,
      })
    }
  }
}

/** The plugin: the check on every collection that some required relationship points at. */
export const guardReferencedDeletes: Plugin = (config: Config): Config => {
  const collections = config.collections ?? []
  const referrers = referrersByTarget(collections)
  return {
    ...config,
    collections: collections.map((collection) => {
      const list = referrers.get(collection.slug)
      if (!list) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          // First: a refused delete must not have run the collection's own clean-up.
          beforeDelete: [guard(list), ...(collection.hooks?.beforeDelete ?? [])],
        },
      }
    }),
  }
}
