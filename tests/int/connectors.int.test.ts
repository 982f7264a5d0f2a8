import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCongbaoStream } from '@/modules/data-exchange/connectors/congbao'
import { personName } from '@/modules/legal-documents/import/map-records'
import { csvTemplate } from '@/modules/data-exchange/connectors/csv'
import { importConnectorFile } from '@/modules/data-exchange/connectors/import-file'
import { ConnectorError } from '@/modules/data-exchange/connectors/types'
import type { User } from '@/payload-types'
import { createOrg, pdfFile, pngFile, VIETNAMESE, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { sessionHeaders } from '../helpers/sessions'

/**
 * Import connectors (issue 7 §6) on a real database: the national legal documents database
 * gateway's JSON and CSV files, mapped, upserted with provenance, idempotent, all or nothing.
 */

const GATEWAY = fs.readFileSync(path.resolve(__dirname, '../fixtures/connectors/vbpl-gateway.json'), 'utf8')

let t: TestPayload
let org: Org
let editor: User

const counts = async () => ({
  documents: (await t.payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs,
  provenance: (await t.payload.count({ collection: 'import-provenance', overrideAccess: true })).totalDocs,
})

async function refusal(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(ConnectorError)
    return err as ConnectorError
  }
  return expect.unreachable('the import was expected to be refused')
}

async function byNumber(number: string) {
  const found = await t.payload.find({
    collection: 'legal-documents',
    where: { number: { equals: number } },
    depth: 0,
    overrideAccess: true,
  })
  return found.docs
}

beforeAll(async () => {
  t = await startTestPayload('connectors')
  org = await createOrg(t.payload, 'conn')
  editor = org.users.editor
  for (const title of ['Đất đai', 'Lao động', 'Tư pháp']) {
    await t.payload.create({ collection: 'legal-fields', data: { title } })
  }
})
afterAll(async () => {
  await t?.close()
})

describe('national legal documents database gateway (JSON)', () => {
  it('previews exactly what a run will do, writing nothing', async () => {
    const preview = await importConnectorFile({
      payload: t.payload,
      user: editor,
      format: 'vbpl',
      content: GATEWAY,
      dryRun: true,
    })
    expect(preview).toMatchObject({ total: 5, created: 5, updated: 0, unchanged: 0, dryRun: true })
    expect(await counts()).toEqual({ documents: 0, provenance: 0 })
  })

  it('maps the records: status, agency, dates, signer, fields, and keeps the provenance', async () => {
    const progress: number[] = []
    const summary = await importConnectorFile({
      payload: t.payload,
      user: editor,
      format: 'vbpl',
      content: GATEWAY,
      onProgress: (done) => progress.push(done),
    })
    expect(summary).toMatchObject({ total: 5, created: 5, updated: 0, unchanged: 0 })
    expect(progress).toEqual([1, 2, 3, 4, 5])
    // "Bảo hiểm" is not in our taxonomy: reported, not invented.
    expect(summary.warnings).toEqual([{ line: 5, message: expect.stringContaining('“Bảo hiểm”') }])

    const [oldLand] = await byNumber('45/2013/QH13')
    expect(oldLand).toMatchObject({
      type: 'luat',
      title: 'Luật Đất đai',
      issuer: 'Quốc hội',
      signer: 'Nguyễn Sinh Hùng',
      status: 'het-hieu-luc-toan-bo',
      scope: 'toan-quoc',
      workflowState: 'draft',
      source: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=32833',
    })
    expect(oldLand?.issuedAt).toBe('2013-11-28T17:00:00.000Z')
    expect(oldLand?.effectiveAt).toBe('2014-06-30T17:00:00.000Z')
    expect(oldLand?.expiresAt).toBe('2024-07-31T17:00:00.000Z')

    const [decree] = await byNumber('28/2013/NĐ-CP')
    expect(decree).toMatchObject({ type: 'nghi-dinh', issuer: 'Chính phủ', signerTitle: 'Thủ tướng' })
    const [code] = await byNumber('45/2019/QH14')
    expect(code?.type).toBe('bo-luat')
    expect(code?.fields).toHaveLength(1)

    const provenance = await t.payload.find({
      collection: 'import-provenance',
      where: { sourceId: { equals: '32833' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(provenance.docs[0]).toMatchObject({
      source: 'vbpl-gateway',
      sourceUrl: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=32833',
      document: oldLand?.id,
    })
    expect(Date.parse(provenance.docs[0]!.fetchedAt)).not.toBeNaN()
  })

  it('imports the same file twice without a change (same rows)', async () => {
    const before = await counts()
    const again = await importConnectorFile({ payload: t.payload, user: editor, format: 'vbpl', content: GATEWAY })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 })
    expect(await counts()).toEqual(before)
  })

  it('takes an effect change from the source, keeps an editor’s wording', async () => {
    const [law] = await byNumber('14/2012/QH13')
    await t.payload.update({
      collection: 'legal-documents',
      id: law!.id,
      data: { title: 'Luật Phổ biến, giáo dục pháp luật năm 2012' },
      user: editor,
      overrideAccess: false,
    })
    const changed = GATEWAY.replace(
      /("itemId": 27627,[\s\S]*?"effStatus": )"Còn hiệu lực"/,
      '$1"Hết hiệu lực một phần"',
    )
    const summary = await importConnectorFile({ payload: t.payload, user: editor, format: 'vbpl', content: changed })
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 4 })
    const [after] = await byNumber('14/2012/QH13')
    expect(after).toMatchObject({
      status: 'het-hieu-luc-mot-phan',
      title: 'Luật Phổ biến, giáo dục pháp luật năm 2012',
    })
  })

  it('refuses malformed JSON, hostile markup and bad values, naming each record, importing nothing', async () => {
    const before = await counts()
    const broken = await refusal(
      importConnectorFile({ payload: t.payload, user: editor, format: 'vbpl', content: '{"data": [{"docNum": ' }),
    )
    expect(broken.status).toBe(400)
    expect(broken.message).toMatch(/không phải JSON hợp lệ/)

    const hostile = JSON.stringify([
      {
        itemId: 900001,
        docNum: '01/2025/QĐ-UBND',
        docType: 'Quyết định',
        title: 'Quy định về <script>alert(1)</script> phổ biến pháp luật',
        issueDate: '2025-01-10',
        agencyName: 'UBND tỉnh Long An',
      },
      {
        itemId: 900002,
        docNum: '02/2025/QĐ-UBND',
        docType: 'Quyết định',
        title: 'Quy định hợp lệ',
        issueDate: '31/02/2025',
        effStatus: 'Đang xem xét',
        agencyName: 'UBND tỉnh Long An',
      },
      // A valid record: not imported either, since the file has errors.
      {
        itemId: 900003,
        docNum: '03/2025/QĐ-UBND',
        docType: 'Quyết định',
        title: 'Quy chế phối hợp',
        issueDate: '2025-01-12',
        agencyName: 'UBND tỉnh Long An',
      },
    ])
    const refused = await refusal(
      importConnectorFile({ payload: t.payload, user: editor, format: 'vbpl', content: hostile }),
    )
    expect(refused.status).toBe(400)
    expect(refused.issues.map((i) => i.message)).toEqual([
      'Bản ghi 1 (số 01/2025/QĐ-UBND), trích yếu: chứa thẻ HTML hoặc mã lệnh; chỉ nhận văn bản thuần.',
      'Bản ghi 2 (số 02/2025/QĐ-UBND), ngày ban hành: “31/02/2025” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).',
      expect.stringMatching(
        /^Bản ghi 2 \(số 02\/2025\/QĐ-UBND\), tình trạng hiệu lực: “Đang xem xét” không có trong danh mục/,
      ),
    ])
    expect(refused.message).toMatch(VIETNAMESE)
    expect(await counts()).toEqual(before)
  })

  it('rolls back every record when a write fails half-way', async () => {
    const before = await counts()
    const [law] = await byNumber('14/2012/QH13')
    const history = async () =>
      (
        await t.payload.count({
          collection: 'effect-history',
          where: { document: { equals: law!.id } },
          overrideAccess: true,
        })
      ).totalDocs
    const historyBefore = await history()
    const records = [
      // An update of a stored document (its status) that must be undone with the rest.
      { ...(JSON.parse(GATEWAY) as { data: Record<string, unknown>[] }).data[0], effStatus: 'Hết hiệu lực toàn bộ' },
      {
        itemId: 910001,
        docNum: '05/2025/QĐ-UBND',
        docType: 'Quyết định',
        title: 'Quy chế A',
        issueDate: '2025-02-01',
        agencyName: 'UBND tỉnh Long An',
      },
      {
        itemId: 910002,
        docNum: '06/2025/QĐ-UBND',
        docType: 'Quyết định',
        title: 'Quy chế B',
        issueDate: '2025-02-02',
        agencyName: 'UBND tỉnh Long An',
      },
      // Passes the connector's checks but is refused by the collection: it ends before it was issued.
      {
        itemId: 910003,
        docNum: '07/2025/QĐ-UBND',
        docType: 'Quyết định',
        title: 'Quy chế C',
        issueDate: '2025-02-03',
        agencyName: 'UBND tỉnh Long An',
        effTo: '2025-01-15',
      },
    ]
    const failed = await refusal(
      importConnectorFile({ payload: t.payload, user: editor, format: 'vbpl', content: JSON.stringify(records) }),
    )
    expect(failed.status).toBeGreaterThanOrEqual(400)
    expect(failed.status).toBeLessThan(500)
    expect(failed.message).toMatch(/^Không nhập được; chưa ghi văn bản nào\. Dòng 4 \(số 07\/2025\/QĐ-UBND\)/)
    expect(await counts()).toEqual(before)
    expect((await byNumber('14/2012/QH13'))[0]?.status).toBe(law!.status)
    expect(await history()).toBe(historyBefore)
    expect(await byNumber('05/2025/QĐ-UBND')).toEqual([])
  })
})

describe('CSV', () => {
  const header =
    'Số ký hiệu;Loại văn bản;Trích yếu;Cơ quan ban hành;Ngày ban hành;Ngày có hiệu lực;Tình trạng hiệu lực;Lĩnh vực'

  it('offers a template that imports as it is (BOM, “;”)', async () => {
    const template = csvTemplate()
    expect(template.startsWith('\ufeffSố ký hiệu;Loại văn bản;')).toBe(true)
    const summary = await importConnectorFile({
      payload: t.payload,
      user: editor,
      format: 'csv',
      content: Buffer.from(template),
    })
    expect(summary).toMatchObject({ source: 'csv', created: 1 })
    const [doc] = await byNumber('12/2024/QĐ-UBND')
    expect(doc).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Tây Ninh', scope: 'dia-phuong', status: 'con-hieu-luc' })
  })

  it('reads “,” without BOM, with quoted cells, and a second run changes nothing', async () => {
    const csv = [
      'Số ký hiệu,Loại văn bản,Trích yếu,Cơ quan ban hành,Ngày ban hành,Người ký',
      '"15/2024/QĐ-UBND",Quyết định,"Quy định về quản lý, khai thác Tủ sách pháp luật",UBND tỉnh Tây Ninh,2024-05-02,"Nguyễn Văn ""Út"""',
    ].join('\n')
    const first = await importConnectorFile({ payload: t.payload, user: editor, format: 'csv', content: csv })
    const second = await importConnectorFile({ payload: t.payload, user: editor, format: 'csv', content: csv })
    expect(first).toMatchObject({ created: 1 })
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    const [doc] = await byNumber('15/2024/QĐ-UBND')
    expect(doc).toMatchObject({ title: 'Quy định về quản lý, khai thác Tủ sách pháp luật', signer: 'Nguyễn Văn "Út"' })
  })

  it('refuses a file in another encoding, missing columns, and bad rows with “Dòng N, cột …”', async () => {
    const before = await counts()
    // "Số ký hiệu" in Windows-1258/Latin-1 bytes: not UTF-8.
    const latin = Buffer.concat([Buffer.from([0x53, 0xf4, 0x20]), Buffer.from(' ký hiệu;Trích yếu\n1;2\n')])
    const encoding = await refusal(
      importConnectorFile({ payload: t.payload, user: editor, format: 'csv', content: latin }),
    )
    expect(encoding.message).toMatch(/không phải UTF-8/)

    const columns = await refusal(
      importConnectorFile({
        payload: t.payload,
        user: editor,
        format: 'csv',
        content: 'Số ký hiệu;Trích yếu;Ghi chú\n1/2024/QĐ-UBND;X;Y\n',
      }),
    )
    expect(columns.issues.map((i) => i.message)).toEqual([
      'Dòng 1: thiếu cột “Loại văn bản”, “Cơ quan ban hành”, “Ngày ban hành”.',
      'Dòng 1: không biết cột “Ghi chú”; hãy dùng tệp mẫu.',
    ])

    const rows = [
      header,
      '20/2024/QĐ-UBND;Quyết định;Quy chế thi đua;UBND tỉnh Tây Ninh;2024-06-01;2024-06-11;Còn hiệu lực;Tư pháp',
      '21/2024/QĐ-UBND;Quyết định;<img src=x onerror=alert(1)>;UBND tỉnh Tây Ninh;2024-06-02;;;',
      '22/2024/QĐ-UBND;Quyết định;Quy chế khác;UBND tỉnh Tây Ninh;hôm qua;;;',
    ].join('\r\n')
    const bad = await refusal(importConnectorFile({ payload: t.payload, user: editor, format: 'csv', content: rows }))
    expect(bad.status).toBe(400)
    expect(bad.issues.map((i) => i.message)).toEqual([
      'Dòng 3, cột “Trích yếu”: chứa thẻ HTML hoặc mã lệnh; chỉ nhận văn bản thuần.',
      'Dòng 4, cột “Ngày ban hành”: “hôm qua” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).',
    ])
    expect(await counts()).toEqual(before)
  })
})

describe('role rights', () => {
  it('lets the editorial board import and refuses everyone else', async () => {
    for (const role of ['contributor', 'expert', 'viewer'] as const) {
      const err = await refusal(
        importConnectorFile({
          payload: t.payload,
          user: org.users[role],
          format: 'vbpl',
          content: GATEWAY,
          dryRun: true,
        }),
      )
      expect(err.status).toBe(403)
      expect(err.message).toMatch(/Ban Biên tập/)
    }
    const anonymous = await refusal(
      importConnectorFile({ payload: t.payload, user: null, format: 'vbpl', content: GATEWAY }),
    )
    expect(anonymous.status).toBe(401)
    for (const role of ['admin', 'editor-in-chief', 'editor'] as const) {
      const summary = await importConnectorFile({
        payload: t.payload,
        user: org.users[role],
        format: 'vbpl',
        content: GATEWAY,
        dryRun: true,
      })
      expect(summary.total).toBe(5)
    }
  })

  it('shows the provenance to the board only', async () => {
    const read = (user?: User) =>
      t.payload.find({ collection: 'import-provenance', user, overrideAccess: false, depth: 0 })
    expect((await read(editor)).totalDocs).toBeGreaterThan(0)
    await expect(read(org.users.contributor)).rejects.toMatchObject({ status: 403 })
    await expect(read()).rejects.toMatchObject({ status: 403 })
    await expect(
      t.payload.create({
        collection: 'import-provenance',
        data: { source: 'csv', sourceId: 'x', fetchedAt: new Date().toISOString(), document: 1 },
        user: org.users.admin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('import route (/api/quan-tri/nhap-van-ban)', () => {
  const call = async (user: User | null, fields: Record<string, string | Blob>) => {
    const { connectorImportResponse } = await import('@/modules/data-exchange/connectors/routes')
    const { PASSWORD } = await import('../helpers/fixtures')
    const headers = new Headers()
    if (user) {
      for (const [name, value] of Object.entries(await sessionHeaders(t.payload, user.email, PASSWORD))) {
        headers.set(name, value)
      }
    }
    const body = new FormData()
    for (const [k, v] of Object.entries(fields)) body.set(k, v)
    const res = await connectorImportResponse(
      new Request('http://localhost/api/quan-tri/nhap-van-ban', { method: 'POST', headers, body }),
    )
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const file = (text: string, name: string) => new File([text], name)

  it('previews and imports for the board; refuses others, bad formats and bad files in Vietnamese', async () => {
    const csv = `${['Số ký hiệu', 'Loại văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Ngày ban hành'].join(';')}\n30/2024/QĐ-UBND;Quyết định;Quy chế quản lý cổng thông tin;UBND tỉnh Tây Ninh;01/07/2024\n`
    expect((await call(null, { format: 'csv', file: file(csv, 'a.csv') })).status).toBe(401)
    const contributor = await call(org.users.contributor, { format: 'csv', file: file(csv, 'a.csv') })
    expect(contributor.status).toBe(403)
    expect(contributor.body.message).toMatch(/Ban Biên tập/)
    expect((await call(editor, { format: 'xml', file: file(csv, 'a.csv') })).status).toBe(400)
    const empty = await call(editor, { format: 'csv' })
    expect(empty).toMatchObject({ status: 400, body: { ok: false, message: 'Hãy chọn tệp để nhập.' } })
    const broken = await call(editor, { format: 'vbpl', file: file('[{"docNum": 1', 'a.json') })
    expect(broken.status).toBe(400)
    expect(broken.body.message).toMatch(/không phải JSON hợp lệ/)

    const preview = await call(editor, { format: 'csv', mode: 'preview', file: file(csv, 'a.csv') })
    expect(preview).toMatchObject({ status: 200, body: { ok: true, mode: 'preview', created: 1, total: 1 } })
    expect(await byNumber('30/2024/QĐ-UBND')).toEqual([])
    const run = await call(editor, { format: 'csv', mode: 'import', file: file(csv, 'a.csv') })
    expect(run).toMatchObject({ status: 200, body: { ok: true, mode: 'import', created: 1 } })
    expect(await byNumber('30/2024/QĐ-UBND')).toHaveLength(1)
  })

  it('takes a Công báo JSONL upload: counts in the preview, bad lines listed', async () => {
    const jsonl = [
      JSON.stringify({
        so_hieu: '40/2016/TT-BTP',
        loai_van_ban: 'Thông tư',
        co_quan_ban_hanh: 'BỘ TƯ PHÁP',
        ngay_ban_hanh: '2016-07-05',
        trich_yeu: 'quy định thử nghiệm tải tệp Công báo.',
        url: 'https://congbao.chinhphu.vn/van-ban/thong-tu-so-40-2016-tt-btp.htm',
      }),
      '{"so_hieu": ',
    ].join('\n')
    const preview = await call(editor, { format: 'congbao', mode: 'preview', file: file(jsonl, 'cb.jsonl') })
    expect(preview).toMatchObject({
      status: 200,
      body: { ok: true, total: 2, created: 1, errors: ['Dòng 2: không phải JSON hợp lệ. Bỏ qua dòng này.'] },
    })
    expect(await byNumber('40/2016/TT-BTP')).toEqual([])
    expect((await call(org.users.viewer, { format: 'congbao', file: file(jsonl, 'cb.jsonl') })).status).toBe(403)
    const run = await call(editor, { format: 'congbao', mode: 'import', file: file(jsonl, 'cb.jsonl') })
    expect(run.body).toMatchObject({ ok: true, created: 1 })
    expect(await byNumber('40/2016/TT-BTP')).toHaveLength(1)
  })

  it('serves the CSV template', async () => {
    const { csvTemplateResponse } = await import('@/modules/data-exchange/connectors/routes')
    const res = csvTemplateResponse()
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(await res.text()).toContain('Số ký hiệu;Loại văn bản;Trích yếu')
  })
})

describe('e-book metadata export for the national e-legal bookshelf', () => {
  let ids: { published: number; draft: number; video: number }

  beforeAll(async () => {
    const sys = { overrideAccess: true, depth: 0 } as const
    const field = (
      await t.payload.find({ collection: 'legal-fields', where: { title: { equals: 'Lao động' } }, ...sys })
    ).docs[0]!.id
    const audience = (await t.payload.create({ collection: 'audiences', data: { title: 'Người lao động' }, ...sys })).id
    const png = await pngFile()
    const pdf = pdfFile()
    const upload = (name: string) =>
      t.payload.create({ collection: 'library-files', data: { title: name }, file: { ...pdf, name }, ...sys })
    const [book, secret, cover] = await Promise.all([
      upload('cam-nang.pdf'),
      upload('ban-thao.pdf'),
      t.payload.create({ collection: 'media', data: { alt: 'Bìa cẩm nang' }, file: png, ...sys }),
    ])
    const ebook = (title: string, file: number) => ({
      title,
      kind: 'ebook',
      summary: `Sách hỏi đáp về ${title.toLowerCase()} dành cho người lao động.`,
      fields: [field],
      audiences: [audience],
      pdfFile: file,
      cover: cover.id,
      author: 'Sở Tư pháp tỉnh Tây Ninh',
      publisher: 'Nhà xuất bản Tư pháp',
      year: 2025,
      pages: 96,
    })
    const create = (data: Record<string, unknown>, publish: boolean) =>
      t.payload.create({
        collection: 'library-items',
        data: data as never,
        ...sys,
        context: {
          systemAction: { action: publish ? 'publish' : 'save', byName: 'Kiểm thử' },
          disableRevalidate: true,
        },
      })
    const published = await create(ebook('Cẩm nang hợp đồng lao động, "thử việc"; tiền lương', book.id), true)
    const draft = await create(ebook('Bản thảo sách chưa duyệt', secret.id), false)
    const video = await create(
      {
        title: 'Video về hợp đồng lao động',
        kind: 'video',
        videoSource: 'youtube',
        youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ',
        summary: 'Video ngắn giải thích các loại hợp đồng lao động.',
        fields: [field],
        audiences: [audience],
      },
      true,
    )
    ids = { published: published.id, draft: draft.id, video: video.id }
  })

  it('lists only published e-books, with the fields the bookshelf asks for', async () => {
    const { bookshelfResponse } = await import('@/modules/data-exchange/connectors/routes')
    const res = await bookshelfResponse('json')
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const text = await res.text()
    const body = JSON.parse(text) as { count: number; items: Record<string, unknown>[] }
    // The draft e-book and the published video exist; the export leaves them out.
    const stored = await t.payload.find({
      collection: 'library-items',
      where: { id: { in: [ids.draft, ids.video] } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs.map((d) => [d.kind, d.workflowState]).sort()).toEqual([
      ['ebook', 'draft'],
      ['video', 'published'],
    ])
    const published = await t.payload.findByID({ collection: 'library-items', id: ids.published, depth: 0 })
    expect(body.items.map((i) => i.id)).toEqual([published.slug])
    expect(body.count).toBe(1)
    expect(body.items[0]).toMatchObject({
      title: 'Cẩm nang hợp đồng lao động, "thử việc"; tiền lương',
      author: 'Sở Tư pháp tỉnh Tây Ninh',
      publisher: 'Nhà xuất bản Tư pháp',
      year: 2025,
      pages: 96,
      fields: ['Lao động'],
      audiences: ['Người lao động'],
      summary: expect.stringContaining('Sách hỏi đáp'),
      fileUrl: expect.stringMatching(/^https?:\/\/.+cam-nang.*\.pdf$/),
      coverUrl: expect.stringMatching(/^https?:\/\/.+\.png$/),
      pageUrl: expect.stringMatching(/\/thu-vien\/cam-nang-hop-dong-lao-dong/),
    })
    // Nothing of the draft, the video or the people who wrote them.
    expect(text).not.toMatch(/Bản thảo|ban-thao|Video về|@example\.vn|workflow/)
  })

  it('exports the same list as CSV that a spreadsheet reads back', async () => {
    const { bookshelfResponse } = await import('@/modules/data-exchange/connectors/routes')
    const bytes = Buffer.from(await (await bookshelfResponse('csv')).arrayBuffer())
    // UTF-8 with a BOM, so spreadsheets read the Vietnamese letters right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).toContain('Mã,Nhan đề,Tác giả / người biên soạn,Nhà xuất bản / đơn vị phát hành,Năm xuất bản')
    const { splitCsv } = await import('@/modules/data-exchange/connectors/csv')
    const rows = splitCsv(text.replace(/^\ufeff/, ''), ',')
    if ('error' in rows) throw new Error(rows.error)
    expect(rows).toHaveLength(2)
    expect(rows[1]!.cells[1]).toBe('Cẩm nang hợp đồng lao động, "thử việc"; tiền lương')
    expect(rows[1]!.cells[6]).toBe('Lao động')
    expect(text).not.toMatch(/Bản thảo/)
  })
})

describe('Công báo metadata (congbao_metadata.jsonl), streamed in batches', () => {
  const CONGBAO = path.resolve(process.cwd(), '..', 'shared', 'data', 'legal-corpus', 'congbao_metadata.jsonl')
  const all = fs
    .readFileSync(CONGBAO, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
  const numberOf = (l: string) => (JSON.parse(l) as { so_hieu?: string }).so_hieu
  const slice = [
    ...all.slice(100, 106),
    '{"so_hieu": "12/2015/TT-BNNPTNT", "loai_van_ban": ',
    ...all.filter((l) => numberOf(l) === '49/2010/QH12'),
    JSON.stringify({
      so_hieu: '99/2015/TT-BTP',
      loai_van_ban: 'Thông tư',
      co_quan_ban_hanh: 'BỘ TƯ PHÁP',
      ngay_ban_hanh: '2015-03-16',
      trich_yeu: '<iframe src="https://example.com"></iframe>',
    }),
  ]
  const stream = (lines: string[]) => Readable.from([`${lines.join('\n')}\n`])

  it('imports the good lines, reports bad ones by line number, and changes nothing the second time', async () => {
    const before = await counts()
    const progress: number[] = []
    const first = await importCongbaoStream({
      payload: t.payload,
      user: editor,
      input: stream(slice),
      batchSize: 3,
      onProgress: (n) => progress.push(n),
    })
    expect(first).toMatchObject({ lines: slice.length, created: 8, updated: 0, failedBatches: [] })
    expect(first.badLines).toEqual([
      { line: 7, message: 'Dòng 7: không phải JSON hợp lệ.' },
      { line: 10, message: 'Dòng 10, trường “trich_yeu”: chứa thẻ HTML hoặc mã lệnh; chỉ nhận văn bản thuần.' },
    ])
    expect(progress.at(-1)).toBe(slice.length)
    expect((await byNumber('49/2010/QH12')).map((d) => d.type).sort()).toEqual(['luat', 'nghi-quyet'])
    expect((await counts()).provenance - before.provenance).toBe(8)

    const second = await importCongbaoStream({ payload: t.payload, user: editor, input: stream(slice), batchSize: 3 })
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 8 })
    expect(await counts()).toEqual({ documents: before.documents + 8, provenance: before.provenance + 8 })
  })

  it('takes the gazette’s longest real numbers, issuers and signers whole (joint documents)', async () => {
    const longest = (key: string) =>
      all.reduce((best, l) => {
        const value = String((JSON.parse(l) as Record<string, unknown>)[key] ?? '')
        return value.length > String((JSON.parse(best) as Record<string, unknown>)[key] ?? '').length ? l : best
      })
    const lines = [...new Set(['so_hieu', 'co_quan_ban_hanh', 'nguoi_ky'].map(longest))]
    const records = lines.map((l) => JSON.parse(l) as { so_hieu: string; nguoi_ky: string; co_quan_ban_hanh: string })
    // The joint circular of 2025 has an 81-character number; its signers run past 200 characters.
    expect(Math.max(...records.map((r) => r.so_hieu.length))).toBeGreaterThan(80)
    expect(Math.max(...records.map((r) => r.nguoi_ky.length))).toBeGreaterThan(200)
    expect(Math.max(...records.map((r) => r.co_quan_ban_hanh.length))).toBeGreaterThan(200)

    const run = await importCongbaoStream({ payload: t.payload, user: editor, input: stream(lines), batchSize: 10 })
    expect(run).toMatchObject({ badLines: [], failedBatches: [], created: lines.length })
    for (const record of records) {
      const [doc] = await byNumber(record.so_hieu.normalize('NFC'))
      expect(doc, record.so_hieu).toBeDefined()
      expect(doc!.signer).toBe(personName(record.nguoi_ky.normalize('NFC')))
      expect(String(doc!.issuer).length).toBeGreaterThan(0)
    }
  })

  it('does not let the gazette’s undetermined status overwrite a known one', async () => {
    const line = all.find((l) => numberOf(l) === '68/2010/NĐ-CP')!
    await importCongbaoStream({ payload: t.payload, user: editor, input: stream([line]) })
    const [doc] = await byNumber('68/2010/NĐ-CP')
    await t.payload.update({
      collection: 'legal-documents',
      id: doc!.id,
      data: { status: 'het-hieu-luc-toan-bo' },
      user: editor,
      overrideAccess: false,
    })
    const again = await importCongbaoStream({ payload: t.payload, user: editor, input: stream([line]) })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    expect((await byNumber('68/2010/NĐ-CP'))[0]?.status).toBe('het-hieu-luc-toan-bo')
  })

  it('rolls back a whole batch whose write fails and goes on with the next', async () => {
    // Two documents that share number, type and day but not the issuer: a gazette record naming
    // a third issuer cannot tell which one it is.
    for (const issuer of ['Bộ Tài chính', 'Bộ Công Thương']) {
      await t.payload.create({
        collection: 'legal-documents',
        data: {
          number: '77/2016/TT-BTC',
          type: 'thong-tu',
          title: `Thông tư của ${issuer}`,
          issuer,
          issuedAt: '2016-06-30T17:00:00.000Z',
        },
        overrideAccess: true,
        context: { systemAction: { action: 'save', byName: 'Kiểm thử' }, disableRevalidate: true },
      })
    }
    const line = (n: number, extra: Record<string, string> = {}) =>
      JSON.stringify({
        so_hieu: `${n}/2016/TT-BTP`,
        loai_van_ban: 'Thông tư',
        co_quan_ban_hanh: 'BỘ TƯ PHÁP',
        ngay_ban_hanh: '2016-07-01',
        trich_yeu: `quy định thử nghiệm số ${n}.`,
        url: `https://congbao.chinhphu.vn/van-ban/thong-tu-so-${n}-2016-tt-btp.htm`,
        ...extra,
      })
    const before = await counts()
    const result = await importCongbaoStream({
      payload: t.payload,
      user: editor,
      batchSize: 2,
      input: stream([
        line(81),
        line(82),
        line(83),
        line(77, { so_hieu: '77/2016/TT-BTC', co_quan_ban_hanh: 'KIỂM TOÁN NHÀ NƯỚC' }),
      ]),
    })
    expect(result.created).toBe(2)
    expect(result.failedBatches).toEqual([
      { fromLine: 3, toLine: 4, message: expect.stringMatching(/Dòng 4: có 2 văn bản số 77\/2016\/TT-BTC/) },
    ])
    expect(await byNumber('83/2016/TT-BTP')).toEqual([])
    expect(await counts()).toEqual({ documents: before.documents + 2, provenance: before.provenance + 2 })
  })

  it('is for the editorial board only', async () => {
    const err = await refusal(
      importCongbaoStream({ payload: t.payload, user: org.users.contributor, input: stream(slice) }),
    )
    expect(err.status).toBe(403)
  })
})
