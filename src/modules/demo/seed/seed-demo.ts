import fs from 'node:fs'
import path from 'node:path'
import type { Payload, RequestContext } from 'payload'
import type { User } from '@/payload-types'
import { loadCommunes, type AdminUnitSet } from '@/modules/taxonomy/server/load-communes'
import { blocksToLexical } from '@/shared/text/blocks-to-lexical'
import { slugify } from '@/shared/text/vietnamese'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import * as demo from '../data'
import { reindexAll } from '@/modules/search/server/sync'
import { drawCover } from './covers'
import { seedLegalDocuments } from '@/modules/legal-documents/seed/seed-legal-documents'
import { enrolDemoAccounts } from '@/modules/organisation/mfa/demo'

export type ProvinceConfig = {
  provinceName: string
  ownerName: string
  operatorName: string
  siteName: string
  responsiblePerson?: string
  address?: string
  phone?: string
  email?: string
  licence?: string
  adminUnits: { set: AdminUnitSet; provinceCode: string }
}

export function readProvinceConfig(
  file = process.env.PROVINCE_CONFIG || path.resolve('config', 'province.json'),
): ProvinceConfig {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ProvinceConfig
}

export const DEMO_USERS = [
  { email: 'quantri@pbgdpl.local', name: 'Quản trị hệ thống', role: 'admin', unit: 'so-tu-phap' },
  { email: 'truongban@pbgdpl.local', name: 'Võ Minh Tâm', role: 'editor-in-chief', unit: 'so-tu-phap' },
  { email: 'bientap@pbgdpl.local', name: 'Huỳnh Ngọc Trâm', role: 'editor', unit: 'so-tu-phap' },
  { email: 'ctv.sogddt@pbgdpl.local', name: 'Cộng tác viên Sở GD&ĐT', role: 'contributor', unit: 'so-gddt' },
  { email: 'ctv.xa@pbgdpl.local', name: 'Cộng tác viên cấp xã', role: 'contributor', unit: null },
  { email: 'chuyengia@pbgdpl.local', name: 'Luật sư Nguyễn Văn Bình', role: 'expert', unit: 'so-tu-phap' },
  { email: 'thanhtra@pbgdpl.local', name: 'Thanh tra Sở', role: 'viewer', unit: 'so-tu-phap' },
] as const

export const demoPassword = (): string => process.env.DEMO_PASSWORD || 'Demo@2026'

type Log = (message: string) => void

/**
 * Loads the demo content into an empty database. Runs as the system (seeds may override access);
 * revalidation and e-mails are switched off while it runs.
 */
export async function seedDemo(payload: Payload, log: Log = () => {}): Promise<void> {
  const province = readProvinceConfig()
  // Search entries are built in one pass at the end (reindexAll), not document by document.
  const ctx: RequestContext = { disableRevalidate: true, disableNotifications: true, disableSearchIndex: true }
  const publish: RequestContext & WorkflowContext = {
    ...ctx,
    systemAction: { action: 'publish', byName: 'Dữ liệu mẫu' },
  }
  const sys = { overrideAccess: true, context: ctx } as const

  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      siteName: province.siteName,
      provinceName: province.provinceName,
      ownerName: province.ownerName,
      operatorName: province.operatorName,
      responsiblePerson: province.responsiblePerson,
      address: province.address,
      phone: province.phone,
      email: province.email,
      licence: province.licence,
      copyrightNote: 'Ghi rõ nguồn “Trang thông tin điện tử PBGDPL” khi phát hành lại thông tin từ trang này.',
      tagline: 'Pháp luật gần dân – vì dân',
      nationalLinks: [
        {
          label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
          url: 'https://vbpl.vn',
          description: 'Tra cứu văn bản quy phạm pháp luật',
        },
        {
          label: 'Cổng thông tin điện tử Pháp điển',
          url: 'https://phapdien.moj.gov.vn',
          description: 'Bộ pháp điển điện tử',
        },
        {
          label: 'Công báo Chính phủ',
          url: 'https://congbao.chinhphu.vn',
          description: 'Công báo nước CHXHCN Việt Nam',
        },
        {
          label: 'Tủ sách pháp luật điện tử',
          url: 'https://tusachphapluat.vn',
          description: 'Tủ sách pháp luật quốc gia',
        },
        {
          label: 'Cổng Phổ biến, giáo dục pháp luật quốc gia',
          url: 'https://pbgdpl.gov.vn',
          description: 'Cổng thông tin PBGDPL của Bộ Tư pháp',
        },
      ],
      socialLinks: [{ network: 'facebook', url: 'https://www.facebook.com/sotuphaplongan' }],
    },
    ...sys,
  })

  const ids = {
    fields: new Map<string, number>(),
    audiences: new Map<string, number>(),
    sections: new Map<string, number>(),
    units: new Map<string, number>(),
    areas: new Map<string, number>(),
  }

  for (const [i, f] of demo.legalFields.entries()) {
    const doc = await payload.create({
      collection: 'legal-fields',
      data: { title: f.title, slug: f.slug, summary: f.description, order: i + 1 },
      ...sys,
    })
    ids.fields.set(f.slug, doc.id)
  }
  for (const [i, a] of demo.audiences.entries()) {
    const doc = await payload.create({
      collection: 'audiences',
      data: { title: a.title, slug: a.slug, summary: a.description, order: i + 1 },
      ...sys,
    })
    ids.audiences.set(a.slug, doc.id)
  }
  for (const s of demo.sections) {
    const doc = await payload.create({
      collection: 'sections',
      data: {
        title: s.title,
        slug: s.slug,
        summary: s.description,
        order: s.order,
        showInNav: s.showInNav,
        parent: s.parent ? ids.sections.get(s.parent) : undefined,
      },
      ...sys,
    })
    ids.sections.set(s.slug, doc.id)
  }
  log(`Phân loại: ${ids.fields.size} lĩnh vực, ${ids.audiences.size} đối tượng, ${ids.sections.size} chuyên mục`)

  const communes = loadCommunes(province.adminUnits.set, province.adminUnits.provinceCode)
  for (const c of communes) {
    const doc = await payload.create({
      collection: 'areas',
      data: { title: c.name, slug: slugify(`${c.name} ${c.code}`), code: c.code, level: c.level, district: c.district },
      ...sys,
    })
    ids.areas.set(c.name, doc.id)
  }
  log(`Địa bàn: ${communes.length} xã, phường`)

  for (const u of demo.units) {
    const doc = await payload.create({
      collection: 'units',
      data: {
        title: u.name,
        slug: u.key,
        shortName: u.shortName,
        kind: u.kind,
        parent: u.parent ? ids.units.get(u.parent) : undefined,
        address: u.address,
        phone: u.phone,
        email: u.email,
        website: u.website,
        leaderName: u.leaderName,
        leaderTitle: u.leaderTitle,
      },
      ...sys,
    })
    ids.units.set(u.key, doc.id)
  }
  // Every commune of the province is also a unit that can contribute.
  const demoUnitNames = new Set(demo.units.map((u) => u.name))
  for (const c of communes) {
    if (demoUnitNames.has(c.name)) continue
    const doc = await payload.create({
      collection: 'units',
      data: {
        title: `UBND ${c.name}${c.district ? `, ${c.district}` : ''}`,
        slug: slugify(`ubnd ${c.name} ${c.code}`),
        kind: 'commune',
        areaCode: c.code,
        order: 500,
      },
      ...sys,
    })
    ids.units.set(`commune-${c.code}`, doc.id)
  }
  log(`Đơn vị: ${ids.units.size}`)

  const firstCommuneUnit = demo.units.find((u) => u.kind === 'commune')?.key
  const users = new Map<string, User>()
  for (const u of DEMO_USERS) {
    const unitKey = u.unit ?? firstCommuneUnit
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        password: demoPassword(),
        unit: unitKey ? ids.units.get(unitKey) : undefined,
      },
      ...sys,
      // The published demo password is shorter than the password policy asks (README).
      context: { ...ctx, demoPassword: true },
    })
    users.set(u.role === 'contributor' ? u.email : u.role, doc)
  }
  await enrolDemoAccounts(
    payload,
    DEMO_USERS.map((u) => u.email),
  )

  for (const o of demo.officials) {
    await payload.create({
      collection: 'officials',
      data: {
        name: o.name,
        position: o.position,
        unit: ids.units.get(o.unit) as number,
        phone: o.phone,
        email: o.email,
        order: o.order,
      },
      ...sys,
    })
  }
  log(`Danh bạ: ${demo.officials.length} cán bộ`)

  const pick = (map: Map<string, number>, keys: string[] | undefined) =>
    (keys ?? []).map((k) => map.get(k)).filter((v): v is number => v !== undefined)
  const editor = users.get('editor')
  const articleSlugs = new Map<string, number>()
  // Each cover is drawn (by sharp, off the main thread) while the previous article is stored.
  const draw = (i: number) => {
    const a = demo.articles[i]
    return a ? drawCover({ colors: a.cover.colors, label: a.cover.label, seed: i + 1 }) : null
  }
  let nextCover = draw(0)
  for (const [i, a] of demo.articles.entries()) {
    const cover = (await nextCover) as Buffer
    nextCover = draw(i + 1)
    const media = await payload.create({
      collection: 'media',
      data: { alt: a.cover.alt },
      file: { data: cover, mimetype: 'image/png', name: `${a.slug}.png`, size: cover.length },
      ...sys,
    })
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title: a.title,
        slug: a.slug,
        summary: a.summary,
        cover: media.id,
        body: blocksToLexical(a.body),
        section: ids.sections.get(a.section) as number,
        author: a.author,
        fields: pick(ids.fields, a.fields),
        audiences: pick(ids.audiences, a.audiences),
        areas: pick(ids.areas, a.areas),
        featured: a.featured ?? false,
        unit: ids.units.get(a.unit),
        publishedAt: new Date(`${a.publishedAt}T08:00:00+07:00`).toISOString(),
      },
      user: editor,
      overrideAccess: true,
      context: publish,
    })
    articleSlugs.set(a.slug, doc.id)
  }
  // Related articles: the other articles of the same section.
  for (const a of demo.articles) {
    const related = demo.articles.filter((b) => b.section === a.section && b.slug !== a.slug).slice(0, 3)
    if (related.length === 0) continue
    await payload.update({
      collection: 'articles',
      id: articleSlugs.get(a.slug) as number,
      data: { related: related.map((r) => articleSlugs.get(r.slug) as number) },
      overrideAccess: true,
      user: editor,
      context: ctx,
    })
  }
  log(`Bài viết: ${demo.articles.length}`)

  for (const e of demo.events) {
    await payload.create({
      collection: 'events',
      data: {
        title: e.title,
        slug: e.slug,
        summary: e.summary,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        place: e.place,
        body: blocksToLexical(e.body),
        unit: ids.units.get(e.unit),
      },
      user: editor,
      overrideAccess: true,
      context: publish,
    })
  }
  for (const n of demo.announcements) {
    await payload.create({
      collection: 'announcements',
      data: {
        title: n.title,
        slug: n.slug,
        kind: n.kind,
        number: n.number,
        summary: n.summary,
        issuedAt: n.issuedAt,
        meetingAt: n.meetingAt,
        meetingPlace: n.meetingPlace,
        body: blocksToLexical(n.body),
        unit: ids.units.get(n.unit),
        publishedAt: new Date(`${n.issuedAt.slice(0, 10)}T08:00:00+07:00`).toISOString(),
      },
      user: editor,
      overrideAccess: true,
      context: publish,
    })
  }
  for (const p of demo.plans) {
    await payload.create({
      collection: 'plans',
      data: {
        title: p.title,
        slug: p.slug,
        kind: p.kind,
        number: p.number,
        summary: p.summary,
        issuedAt: p.issuedAt,
        periodFrom: p.periodFrom,
        periodTo: p.periodTo,
        body: blocksToLexical(p.body),
        unit: ids.units.get(p.unit),
        publishedAt: new Date(`${p.issuedAt.slice(0, 10)}T08:00:00+07:00`).toISOString(),
      },
      user: editor,
      overrideAccess: true,
      context: publish,
    })
  }
  for (const [i, p] of demo.pages.entries()) {
    await payload.create({
      collection: 'pages',
      data: { title: p.title, slug: p.slug, summary: p.summary, body: blocksToLexical(p.body), order: i + 1 },
      user: editor,
      overrideAccess: true,
      context: publish,
    })
  }
  log(
    `Sự kiện: ${demo.events.length}, thông báo: ${demo.announcements.length}, kế hoạch: ${demo.plans.length}, trang: ${demo.pages.length}`,
  )

  // A contribution waiting for review, so the editors' queue is not empty in the demo.
  const contributor = users.get('ctv.sogddt@pbgdpl.local')
  if (contributor) {
    await payload.create({
      collection: 'articles',
      data: {
        title: 'Trường THPT Tân An tổ chức chuyên đề “Học sinh với pháp luật về an toàn giao thông”',
        summary: 'Bài cộng tác viên Sở Giáo dục và Đào tạo gửi Ban Biên tập xem xét.',
        body: blocksToLexical([
          {
            type: 'p',
            text: 'Sáng thứ Hai đầu tuần, Trường THPT Tân An phối hợp Công an thành phố Tân An tổ chức buổi sinh hoạt dưới cờ với chuyên đề “Học sinh với pháp luật về an toàn giao thông”.',
          },
          {
            type: 'p',
            text: 'Báo cáo viên giới thiệu các quy định của Luật Trật tự, an toàn giao thông đường bộ năm 2024 liên quan đến học sinh: độ tuổi điều khiển xe, đội mũ bảo hiểm, không chở quá số người quy định.',
          },
        ]),
        section: ids.sections.get('hoat-dong-truong-hoc') ?? (ids.sections.values().next().value as number),
        fields: pick(ids.fields, ['giao-thong']),
        audiences: pick(ids.audiences, ['hoc-sinh']),
        workflowAction: 'submit',
      } as never,
      user: contributor,
      overrideAccess: false,
      context: ctx,
    })
  }

  // Legal documents from the shared corpus (skipped with a note when it is not on this machine).
  await seedLegalDocuments(payload, log)
  await (await import('@/modules/qa/seed/seed-qa')).seedQuestions(payload, log)
  await (await import('@/modules/situations/seed/seed-situations')).seedSituations(payload, log)
  await (await import('@/modules/contests/seed/seed-contests')).seedContests(payload, log)

  await (await import('@/modules/dialogue/seed/seed-dialogue')).seedDialogue(payload, log)
  await (await import('@/modules/registries/seed/seed-registries')).seedRegistries(payload, log)
  await (await import('@/modules/activities/seed/seed-activities')).seedActivities(payload, log)
  await (await import('@/modules/reports/seed/seed-reports')).seedReports(payload, log)
  await (await import('@/modules/media/seed/seed-library')).seedLibrary(payload, log)
  await (await import('@/modules/data-exchange/open-api/seed-api-client')).seedApiClient(payload, log)
  const entries = await reindexAll(payload)
  log(`Chỉ mục tìm kiếm: ${entries} mục`)
}
