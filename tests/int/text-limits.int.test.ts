import type { Field } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VIETNAMESE, as, createOrg, messagesOf, rejectionOf, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Every text field's maximum length holds on the server, also behind our own validators (which
 * replaced Payload's, and with it the length check: src/shared/fields/text-limits.ts).
 */

let t: TestPayload
let org: Org

beforeAll(async () => {
  t = await startTestPayload('text-limits')
  org = await createOrg(t.payload, 'limits')
})

afterAll(async () => {
  await t?.close()
})

type Limited = { where: string; field: Field & { maxLength: number; validate: (...args: unknown[]) => unknown } }

function limitedFields(fields: Field[], where: string, out: Limited[] = []): Limited[] {
  for (const field of fields) {
    const name = 'name' in field ? field.name : field.type
    if ('fields' in field && Array.isArray(field.fields)) limitedFields(field.fields, `${where}.${name}`, out)
    if (field.type === 'tabs') for (const tab of field.tabs) limitedFields(tab.fields, `${where}.${name}`, out)
    if (field.type === 'blocks') {
      for (const block of field.blocks) limitedFields(block.fields, `${where}.${block.slug}`, out)
    }
    if (
      ['text', 'textarea', 'email'].includes(field.type) &&
      'maxLength' in field &&
      typeof field.maxLength === 'number'
    ) {
      out.push({ where: `${where}.${name}`, field: field as Limited['field'] })
    }
  }
  return out
}

describe('text limits', () => {
  it('every text, textarea and e-mail field with a maxLength refuses one character more', async () => {
    const config = t.payload.config
    const fields = [
      ...config.collections.flatMap((c) => limitedFields(c.fields, c.slug)),
      ...config.globals.flatMap((g) => limitedFields(g.fields, `global:${g.slug}`)),
    ]
    // Titles, numbers, names, slugs, comments…: over two hundred fields; many have a validator of ours.
    expect(fields.length).toBeGreaterThan(200)
    const req = { payload: t.payload, t: t.payload.config.i18n ? (key: string) => key : undefined, user: null }
    const unchecked: string[] = []
    for (const { where, field } of fields) {
      const options = { ...field, req, data: {}, siblingData: {}, operation: 'create', event: 'submit', path: [] }
      const tooLong = field.type === 'email' ? `${'a'.repeat(field.maxLength)}@x.vn` : 'a'.repeat(field.maxLength + 1)
      const result = await field.validate(tooLong, options)
      if (result === true) unchecked.push(`${where} (${field.maxLength})`)
    }
    expect(unchecked).toEqual([])
  })

  it('refuses an over-long value in Vietnamese, stores nothing and keeps what was stored', async () => {
    const editor = as(org, 'editor')
    const signer = 'Nguyễn Văn A - '.repeat(40).slice(0, 501)
    const data = {
      number: '12/2025/QĐ-UBND',
      type: 'quyet-dinh',
      title: 'Quyết định về giới hạn độ dài',
      issuer: 'UBND tỉnh Thử',
      issuedAt: '2025-03-03T00:00:00.000Z',
    } as const
    const before = (await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs
    const refused = await rejectionOf(
      t.payload.create({ collection: 'legal-documents', data: { ...data, signer }, ...editor }),
    )
    expect(refused.status).toBe(400)
    // Payload's own wording in the admin's language, as for a field without a validator of ours.
    expect(messagesOf(refused)).toContain('Giá trị phải ngắn hơn hoặc bằng 500 ký tự.')
    expect((await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs).toBe(before)

    // Exactly at the limit is taken; one more on update is refused and the stored value stays.
    const doc = await t.payload.create({
      collection: 'legal-documents',
      data: { ...data, signer: signer.slice(0, 500) },
      ...editor,
    })
    expect(doc.signer).toHaveLength(500)
    const update = await rejectionOf(
      t.payload.update({ collection: 'legal-documents', id: doc.id, data: { title: 'T'.repeat(1001) }, ...editor }),
    )
    expect(update.status).toBe(400)
    expect(messagesOf(update)).toMatch(VIETNAMESE)
    const kept = await t.payload.findByID({ collection: 'legal-documents', id: doc.id, overrideAccess: true })
    expect(kept.title).toBe(data.title)
  })
})
