import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { S3 } from '@aws-sdk/client-s3'

/**
 * A real S3-compatible HTTP server on loopback for the tests: s3rver (the maintained
 * `@20minutes/s3rver` fork, a devDependency; objects kept in a scratch folder), with signature
 * checking on (access key `S3RVER`, secret `S3RVER`).
 *
 * One fix is applied to it: s3rver builds the canonical URI of bucket-level requests without the
 * trailing slash that the AWS SDK sends (`HEAD /bucket/`, `GET /bucket/?list-type=2`) and that
 * AWS S3, MinIO and Ceph sign with, so every such request failed with SignatureDoesNotMatch. The
 * authentication middleware is wrapped so that it signs the path the client sent; everything else
 * (routing, storage, errors) is s3rver's own.
 */
export type TestS3Server = {
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** The S3_* variables that point the portal at this server. */
  env: Record<string, string>
  /** A client of the server, for the tests' own checks. */
  client: S3
  close: () => Promise<void>
}

type Middleware = (ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown>
type KoaContext = { path: string; params: { bucket?: string; key?: string } }

// As in src/shared/storage/s3.ts: no warning about the SDK's future Node 22 requirement.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

const require = createRequire(import.meta.url)
let patched = false

function patchSignedPath(): void {
  if (patched) return
  const file = require.resolve('@20minutes/s3rver/lib/middleware/authentication.js')
  require(file)
  const cached = require.cache[file]!
  const original = cached.exports as () => Middleware
  cached.exports = (): Middleware => {
    const inner = original()
    return (ctx, next) => {
      const bucket = ctx.params.bucket
      if (!bucket || ctx.params.key || !ctx.path.endsWith(`/${bucket}/`)) return inner(ctx, next)
      ctx.params.bucket = `${bucket}/`
      const restore = () => {
        ctx.params.bucket = bucket
      }
      return inner(ctx, () => {
        restore()
        return next()
      }).finally(restore)
    }
  }
  patched = true
}

export async function startS3Server(options: { buckets?: string[] } = {}): Promise<TestS3Server> {
  patchSignedPath()
  const S3rver = require('@20minutes/s3rver') as new (options: Record<string, unknown>) => {
    run(): Promise<{ port: number }>
    close(): Promise<void>
  }
  const buckets = options.buckets ?? ['pbgdpl']
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  const client = new S3({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
  return {
    endpoint,
    bucket: buckets[0]!,
    ...credentials,
    env: {
      S3_BUCKET: buckets[0]!,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    client,
    close: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
