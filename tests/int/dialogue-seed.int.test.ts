import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDialogue } from '@/modules/dialogue/seed/seed-dialogue'
import { dialoguePhase } from '@/modules/dialogue/phase'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/** The demo dialogues: one open, one with a published summary, one live session with questions. */

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload('dialogue-seed')
  await seedDialogue(t.payload)
})

afterAll(async () => {
  await t?.close()
})

describe('the demo dialogues', () => {
  it('are published in each phase a visitor should see', async () => {
    const { docs } = await t.payload.find({ collection: 'dialogues', sort: 'createdAt', overrideAccess: false })
    expect(docs.map((d) => [d.kind, dialoguePhase(d)])).toEqual([
      ['lay-y-kien', 'dang-lay-y-kien'],
      ['lay-y-kien', 'da-cong-bo'],
      ['truc-tiep', 'dang-lay-y-kien'],
    ])
    const open = docs[0]!
    const days = (new Date(open.closesAt).getTime() - Date.now()) / (24 * 60 * 60 * 1000)
    expect(Math.round(days)).toBe(14)
  })

  it('give the closed dialogue decided comments dated inside its period', async () => {
    const closed = await t.payload.find({ collection: 'dialogues', where: { summaryPublished: { equals: true } } })
    const dialogue = closed.docs[0]!
    const comments = await t.payload.find({
      collection: 'dialogue-comments',
      where: { dialogue: { equals: dialogue.id } },
      overrideAccess: false,
    })
    expect(comments.docs).toHaveLength(4)
    for (const c of comments.docs) {
      expect(c.decision).toBeTruthy()
      expect(new Date(c.createdAt) < new Date(dialogue.closesAt)).toBe(true)
    }
  })

  it('are read by the public page query, drafts and unknown slugs give nothing', async () => {
    // Imported late: the page query reaches the Payload config, which reads DATABASE_URL when loaded.
    const { getDialogue } = await import('@/modules/dialogue/server/queries')
    const open = await getDialogue('du-thao-nghi-quyet-ho-tro-hoc-phi')
    expect(open?.sections?.map((s) => s.key)).toEqual(['mo-dau', 'dieu-1', 'dieu-2', 'dieu-3', 'dieu-4', 'dieu-5'])
    expect(await getDialogue('khong-co-doi-thoai-nay')).toBeNull()
    expect(await getDialogue('../../etc')).toBeNull()
  })

  it('keep a rejected spam comment out of public view', async () => {
    const all = await t.payload.count({ collection: 'dialogue-comments' })
    const visible = await t.payload.count({ collection: 'dialogue-comments', overrideAccess: false })
    expect(all.totalDocs - visible.totalDocs).toBe(1)
  })
})
