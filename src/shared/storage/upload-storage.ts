import fs from 'node:fs'
import path from 'node:path'
import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { initClientUploads } from '@payloadcms/plugin-cloud-storage/utilities'
import type { CollectionBeforeChangeHook, CollectionConfig, Plugin } from 'payload'
import { readS3Settings, s3ClientConfig } from './s3'

/**
 * The folder of an upload collection under the uploads root: its staticDir relative to `root`
 * ('media', 'files', 'library', 'private', 'evidence'), or its slug when it lives elsewhere.
 */
export function uploadFolder(collection: CollectionConfig, root: string): string {
  const staticDir = typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  if (staticDir) {
    const rel = path.relative(root, path.resolve(staticDir))
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/')
  }
  return collection.slug
}

/**
 * Where an object lives is the storage plugin's business: `prefix` and `_objectKey` are never
 * taken from a client (the REST API could otherwise point a document at another key). The
 * plugin's own metadata update (context.skipCloudStorage) is left alone.
 */
const keepStorageCoordinates: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.context?.skipCloudStorage) return data
  const stored = (originalDoc ?? {}) as { prefix?: unknown; _objectKey?: unknown }
  const next = data as { prefix?: unknown; _objectKey?: unknown }
  next.prefix = typeof stored.prefix === 'string' ? stored.prefix : ''
  next._objectKey = typeof stored._objectKey === 'string' ? stored._objectKey : null
  return data
}

type UploadHandler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]

/**
 * Payload's file route on disk answers a name that is not on the disk with a 500 ("Something went
 * wrong", after the access check): asked for a file that does not exist, the portal says so with a
 * 404. Names outside the collection's folder are left to Payload, which refuses them with 400.
 */
function missingFileAnswer(collection: CollectionConfig): UploadHandler {
  const staticDir = typeof collection.upload === 'object' ? collection.upload.staticDir : undefined
  const dir = path.resolve(staticDir || collection.slug)
  return (_req, { params }) => {
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep) || fs.existsSync(file)) return
    return Response.json(
      { errors: [{ message: 'Không tìm thấy tệp này. Có thể tệp đã bị xóa hoặc địa chỉ không đúng.' }] },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}

/**
 * Upload storage for every upload collection: Payload's official S3 adapter when S3_BUCKET is set
 * (src/shared/storage/s3.ts), the local disk (each collection's staticDir) otherwise.
 *
 * The plugin is applied in both cases (`enabled: false` without S3) with `alwaysInsertFields`, so
 * the database schema, the generated types and the admin import map do not depend on the
 * environment. Keys are `<S3_PREFIX>/<folder>/<filename>` (composite prefixes: documents keep an
 * empty `prefix`, so changing S3_PREFIX moves nothing in the database). Files stay behind
 * Payload's own file route and its access control (no `disablePayloadAccessControl`, no signed or
 * public URLs, no ACL: objects keep the bucket's private default).
 */
export const uploadStorage =
  (root: string): Plugin =>
  async (config) => {
    const settings = readS3Settings()
    const uploads = (config.collections ?? []).filter((c) => Boolean(c.upload))
    const collections = Object.fromEntries(
      uploads.map((c) => [c.slug, { prefix: path.posix.join(settings?.prefix ?? '', uploadFolder(c, root)) }]),
    )
    const withLocks = {
      ...config,
      collections: (config.collections ?? []).map((c) =>
        c.upload
          ? { ...c, hooks: { ...c.hooks, beforeChange: [keepStorageCoordinates, ...(c.hooks?.beforeChange ?? [])] } }
          : c,
      ),
    }
    if (!settings) {
      // On disk, a file name that is not there is a 404 in Vietnamese (Payload answers 500).
      withLocks.collections = withLocks.collections.map((c) =>
        typeof c.upload === 'object'
          ? { ...c, upload: { ...c.upload, handlers: [missingFileAnswer(c), ...(c.upload.handlers ?? [])] } }
          : c,
      )
      // What s3Storage({ enabled: false, alwaysInsertFields: true }) does, without loading the AWS
      // SDK (seconds per process): the same fields, the same import map entry, no adapter.
      initClientUploads({
        clientHandler: '@payloadcms/storage-s3/client#S3ClientUploadHandler',
        collections,
        config: withLocks,
        enabled: false,
        serverHandler: () => new Response(null, { status: 404 }),
        serverHandlerPath: '/storage-s3-generate-signed-url',
      })
      return cloudStoragePlugin({
        alwaysInsertFields: true,
        enabled: false,
        useCompositePrefixes: true,
        collections: Object.fromEntries(
          Object.entries(collections).map(([slug, c]) => [slug, { ...c, adapter: null }]),
        ),
      })(withLocks)
    }
    const { s3Storage } = await import('@payloadcms/storage-s3')
    return s3Storage({
      enabled: true,
      alwaysInsertFields: true,
      useCompositePrefixes: true,
      bucket: settings.bucket,
      config: s3ClientConfig(settings),
      collections: collections as Parameters<typeof s3Storage>[0]['collections'],
    })(withLocks)
  }
