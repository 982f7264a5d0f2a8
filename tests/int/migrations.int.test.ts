import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { vnMidnight } from '@/modules/legal-documents/dates'
import type { Pool as PgPool } from 'pg'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database'

/**
 * The legal documents migration can be rolled back and applied again, on both dialects: a database
 * migrated up to it, with data in the tables it drops (and an editor's lock on one of its
 * documents), goes down through its own down(), then the whole committed chain is applied again.
 * Later migrations are not rolled back here: each is its owner's to test.
 */

type Migration = {
  name: string
  up: (args: never) => Promise<void>
  down: (args: { db: unknown; payload: Payload; req: unknown }) => Promise<void>
}
type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

const LEGAL_DOCUMENTS = /_legal_documents$/

let t: { payload: Payload; db: TestDatabase }
let migrations: Migration[]
let legalAt: number

beforeAll(async () => {
  const db = await createTestDatabase('migrations')
  process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'integration-test-secret-0123456789'
  const { default: configPromise } = await import('@/payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: configPromise })
  const committed =
    db.dialect === 'postgres' ? await import('@/migrations/postgres') : await import('@/migrations/sqlite')
  migrations = committed.migrations as unknown as Migration[]
  legalAt = migrations.findIndex((m) => LEGAL_DOCUMENTS.test(m.name))
  t = { payload, db }
  // Up to and including the legal documents migration only.
  if (legalAt > 0) await payload.db.migrate({ migrations: migrations.slice(0, legalAt + 1) as unknown as Migrations })
})
afterAll(async () => {
  if (!t) return
  // As in tests/helpers/payload.ts: the Postgres adapter's pool never ends on its own.
  const pool = (t.payload.db as unknown as { pool?: PgPool }).pool
  pool?.on('error', () => undefined)
  void pool?.end().catch(() => undefined)
  await t.payload.db.destroy?.()
  await t.db.drop()
})

/** Runs one migration's down() the way Payload's migrateDown does, but throws instead of exiting. */
async function migrateDown(payload: Payload, migration: Migration): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const sessions = (payload.db as unknown as { sessions?: Record<string, { db: unknown }> }).sessions
    const db =
      sessions?.[String(await req.transactionID)]?.db ?? (payload.db as unknown as { drizzle: unknown }).drizzle
    await migration.down({ db, payload, req })
    await payload.delete({ collection: 'payload-migrations', where: { name: { equals: migration.name } }, req })
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

/** Rows of a raw query, `?` placeholders on both dialects. */
async function query(text: string, args: unknown[] = []): Promise<unknown[]> {
  if (t.db.dialect === 'postgres') {
    type Pool = { query: (q: string, v: unknown[]) => Promise<{ rows: unknown[] }> }
    let n = 0
    const result = await (t.payload.db as unknown as { pool: Pool }).pool.query(
      text.replace(/\?/g, () => `$${++n}`),
      args,
    )
    return result.rows
  }
  type Client = { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }> }
  const result = await (t.payload.db as unknown as { client: Client }).client.execute({ sql: text, args })
  return result.rows
}

async function tableExists(name: string): Promise<boolean> {
  const sql =
    t.db.dialect === 'postgres'
      ? 'SELECT 1 FROM information_schema.tables WHERE table_name = ?'
      : "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
  return (await query(sql, [name])).length > 0
}

async function appliedNames(): Promise<string[]> {
  const found = await t.payload.find({
    collection: 'payload-migrations',
    pagination: false,
    sort: 'name',
    overrideAccess: true,
  })
  return found.docs.map((d) => (d as { name: string }).name)
}

/** A document, a relation to another, an effect-history row and an editor's lock on the relation. */
async function fillLegalTables(tag: string): Promise<void> {
  const system = { depth: 0, overrideAccess: true, context: { disableRevalidate: true } } as const
  const draft = { systemAction: { action: 'save', byName: 'Kiểm thử' }, disableRevalidate: true }
  const issuedAt = vnMidnight('2024-01-10') as string
  const docs = await Promise.all(
    [1, 2].map((n) =>
      t.payload.create({
        collection: 'legal-documents',
        data: {
          number: `${n}/2024/QĐ-${tag}`,
          type: 'quyet-dinh',
          title: `Quyết định thử chuyển đổi ${n}`,
          issuer: 'Ủy ban nhân dân tỉnh Long An',
          issuedAt,
        },
        ...system,
        context: draft,
      }),
    ),
  )
  const relation = await t.payload.create({
    collection: 'document-relations',
    data: { from: docs[0]!.id, to: docs[1]!.id, type: 'bai-bo' },
    ...system,
  })
  await t.payload.create({
    collection: 'effect-history',
    data: { document: docs[1]!.id, action: 'cap-nhat', date: issuedAt, byDocument: docs[0]!.id, relation: relation.id },
    ...system,
  })
  // An editor has the relation open in the admin: Payload's lock rows point at it.
  const [lock] = (await query('INSERT INTO payload_locked_documents (global_slug) VALUES (NULL) RETURNING id')) as {
    id: number
  }[]
  await query(
    'INSERT INTO payload_locked_documents_rels ("order", parent_id, path, document_relations_id) VALUES (?, ?, ?, ?)',
    [1, lock!.id, 'document', relation.id],
  )
}

describe('rolling back and re-applying the legal documents migration', () => {
  it('drops the legal tables with data in them, then the whole chain applies again', async () => {
    const all = migrations.map((m) => m.name)
    expect(legalAt, 'the legal documents migration is committed').toBeGreaterThan(0)
    expect(await appliedNames()).toEqual(all.slice(0, legalAt + 1))
    await fillLegalTables('DOWN')
    expect(await query('SELECT id FROM payload_locked_documents_rels')).toHaveLength(1)

    await migrateDown(t.payload, migrations[legalAt]!)

    expect(await appliedNames()).toEqual(all.slice(0, legalAt))
    for (const table of ['legal_documents', 'document_relations', 'effect_history', 'document_materials']) {
      expect(await tableExists(table), table).toBe(false)
    }
    // The editor's lock on the dropped relation went with it; the lock table itself stays.
    expect(await tableExists('payload_locked_documents_rels')).toBe(true)
    expect(await query('SELECT id FROM payload_locked_documents')).toEqual([])
    expect(await query('SELECT id FROM payload_locked_documents_rels')).toEqual([])
    // What the earlier migrations made is still there and usable.
    expect(await t.payload.count({ collection: 'sections', overrideAccess: true })).toMatchObject({ totalDocs: 0 })

    await t.payload.db.migrate({ migrations: migrations as unknown as Migrations })

    expect(await appliedNames()).toEqual(all)
    expect(await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).toMatchObject({
      totalDocs: 0,
    })
    // The tables work again, locks included.
    await fillLegalTables('UP')
    expect(await t.payload.count({ collection: 'effect-history', overrideAccess: true })).toMatchObject({
      totalDocs: 1,
    })
    expect(await query('SELECT id FROM payload_locked_documents_rels')).toHaveLength(1)
  })
})

describe('rolling back and re-applying the latest migration', () => {
  it('goes down with data in its tables and applies again', async () => {
    const all = migrations.map((m) => m.name)
    const last = migrations[migrations.length - 1]!
    expect(await appliedNames()).toEqual(all)
    // Something in the newest tables (library and contests: a contest with a round and a question).
    if (/_library_contests$/.test(last.name)) {
      const contest = await t.payload.create({
        collection: 'contests',
        data: {
          title: 'Cuộc thi tìm hiểu Luật Giao thông đường bộ',
          status: 'published',
          eligibility: 'open',
          certificateRule: 'threshold',
          contactKinds: ['email'],
        },
        overrideAccess: true,
      })
      const question = await t.payload.create({
        collection: 'contest-questions',
        data: {
          text: 'Người đi xe máy phải đội mũ bảo hiểm khi nào?',
          kind: 'true-false',
          options: [
            { text: 'Đúng', correct: true },
            { text: 'Sai', correct: false },
          ],
        },
        overrideAccess: true,
      })
      await t.payload.create({
        collection: 'contest-rounds',
        data: {
          contest: contest.id,
          number: 1,
          title: 'Vòng 1',
          opensAt: '2026-03-01T00:00:00.000Z',
          closesAt: '2026-03-31T00:00:00.000Z',
          questionCount: 1,
          timeLimitMinutes: 10,
          attemptsAllowed: 1,
          questions: [question.id],
        },
        overrideAccess: true,
      })
    }
    // Sync between portals: a source, a provenance row and a conflict.
    if (/_sync_and_more$/.test(last.name)) {
      const source = await t.payload.create({
        collection: 'sync-sources',
        data: { name: 'Cổng tỉnh', baseUrl: 'https://pbgdpl.example.vn', types: ['articles'], intervalSeconds: 60 },
        overrideAccess: true,
      })
      await t.payload.create({
        collection: 'sync-records',
        data: { syncSource: source.id, entityType: 'articles', sourceId: 7, localCollection: 'articles' },
        overrideAccess: true,
      })
      await t.payload.create({
        collection: 'sync-conflicts',
        data: {
          syncSource: source.id,
          kind: 'rejected',
          status: 'open',
          entityType: 'articles',
          sourceId: 8,
          reason: 'Sai lược đồ.',
        },
        overrideAccess: true,
      })
    }
    // The change feed and push webhooks: a subscription, a log entry and the delivery it queues.
    if (/_sync_and_more$/.test(last.name)) {
      await t.payload.create({
        collection: 'webhook-subscriptions',
        data: { name: 'Máy nhận thử', url: 'https://may-nhan.example.vn/webhook', types: ['articles'] },
        overrideAccess: true,
      })
      await t.payload.create({
        collection: 'publication-log',
        data: {
          entityType: 'articles',
          collection: 'articles',
          docId: 7,
          action: 'created',
          at: new Date().toISOString(),
        },
        overrideAccess: true,
      })
      expect(await query('SELECT id FROM webhook_deliveries')).toHaveLength(1)
    }
    await migrateDown(t.payload, last)
    expect(await appliedNames()).toEqual(all.slice(0, -1))
    await t.payload.db.migrate({ migrations: migrations as unknown as Migrations })
    expect(await appliedNames()).toEqual(all)
  })
})
