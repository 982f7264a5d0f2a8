/**
 * Demo activity records of the province's units over 2024–2026: conferences on the Land Law 2024,
 * drug-prevention campaigns, training of grassroots mediators, legal contests, Vietnam Law Day
 * (9/11), legal drama, commune loudspeakers… mostly verified, some waiting for verification, two
 * returned with a note; a few recorded from the demo activity articles. Deterministic (seeded
 * random numbers), written as the system without notifications or cache refreshes.
 */
import type { Payload, RequestContext } from 'payload'
import type { Activity } from '@/payload-types'
import { ACTIVITIES_SLUG, type ActivityForm, type ActivityStatus, type MaterialKind } from '../constants'
import { rebuildActivityRollups } from '../server/aggregate'

type Log = (message: string) => void

type Template = {
  title: string
  form: ActivityForm
  fields: string[]
  audiences: string[]
  /** participants per session */
  people: [number, number]
  sessions?: [number, number]
  materials?: [MaterialKind, number, number][]
  cost?: [number, number]
  description: string
  /** unit kinds that hold it */
  by: ('department' | 'commune' | 'school' | 'agency')[]
  /** fixed months (1–12), e.g. 11 for Ngày Pháp luật */
  months?: number[]
}

const TEMPLATES: Template[] = [
  {
    title: 'Hội nghị phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành',
    form: 'direct',
    fields: ['dat-dai'],
    audiences: ['can-bo-cong-chuc-vien-chuc', 'nhan-dan'],
    people: [80, 250],
    materials: [
      ['handbook', 100, 300],
      ['leaflet', 200, 600],
    ],
    cost: [8_000_000, 25_000_000],
    description:
      'Báo cáo viên pháp luật giới thiệu những điểm mới của Luật Đất đai năm 2024 về cấp giấy chứng nhận, bồi thường, hỗ trợ, tái định cư; giải đáp vướng mắc của cán bộ địa chính và người dân.',
    by: ['department', 'commune'],
  },
  {
    title: 'Tuyên truyền Luật Phòng, chống ma túy năm 2021 tại khu dân cư',
    form: 'direct',
    fields: ['an-ninh-trat-tu'],
    audiences: ['nhan-dan', 'thanh-nien'],
    people: [60, 180],
    materials: [['leaflet', 150, 500]],
    cost: [2_000_000, 6_000_000],
    description:
      'Lồng ghép trong buổi sinh hoạt khu phố, ấp: tác hại của ma túy, trách nhiệm của gia đình và cộng đồng trong cai nghiện, quản lý sau cai nghiện.',
    by: ['commune', 'department'],
    months: [6, 7],
  },
  {
    title: 'Tập huấn kỹ năng, nghiệp vụ cho hòa giải viên ở cơ sở',
    form: 'direct',
    fields: ['tu-phap-ho-tich', 'hon-nhan-gia-dinh'],
    audiences: ['nhan-dan'],
    people: [40, 120],
    materials: [['handbook', 40, 150]],
    cost: [5_000_000, 15_000_000],
    description:
      'Hướng dẫn quy trình hòa giải theo Luật Hòa giải ở cơ sở 2013, kỹ năng tiếp cận các bên tranh chấp, xử lý tình huống tranh chấp đất đai, hôn nhân và gia đình.',
    by: ['department', 'commune'],
  },
  {
    title: 'Cuộc thi tìm hiểu pháp luật trực tuyến',
    form: 'contest',
    fields: ['tu-phap-ho-tich', 'chuyen-doi-so'],
    audiences: ['can-bo-cong-chuc-vien-chuc', 'nhan-dan', 'hoc-sinh'],
    people: [1_500, 12_000],
    sessions: [1, 1],
    cost: [20_000_000, 60_000_000],
    description:
      'Cuộc thi trắc nghiệm trên Trang thông tin PBGDPL; đối tượng dự thi là cán bộ, công chức, viên chức và người dân trên địa bàn tỉnh; trao giải tập thể và cá nhân.',
    by: ['department', 'agency'],
    months: [4, 5, 9, 10],
  },
  {
    title: 'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11)',
    form: 'direct',
    fields: ['tu-phap-ho-tich', 'hanh-chinh'],
    audiences: ['can-bo-cong-chuc-vien-chuc', 'nhan-dan'],
    people: [100, 400],
    materials: [
      ['poster', 5, 30],
      ['leaflet', 200, 800],
    ],
    cost: [5_000_000, 20_000_000],
    description:
      'Treo băng rôn, pa-nô; tổ chức tọa đàm, tiếp công dân, tư vấn pháp luật miễn phí; phát động thi đua chấp hành pháp luật tại cơ quan, đơn vị.',
    by: ['department', 'commune', 'school', 'agency'],
    months: [11],
  },
  {
    title: 'Sân khấu hóa phổ biến pháp luật về phòng, chống bạo lực gia đình',
    form: 'cultural',
    fields: ['hon-nhan-gia-dinh'],
    audiences: ['phu-nu', 'nhan-dan'],
    people: [150, 500],
    cost: [6_000_000, 18_000_000],
    description:
      'Tiểu phẩm, hỏi đáp có thưởng lồng ghép trong hội diễn văn nghệ quần chúng; nội dung về Luật Phòng, chống bạo lực gia đình năm 2022.',
    by: ['commune', 'department'],
  },
  {
    title: 'Phát trên loa truyền thanh cơ sở chuyên mục “Pháp luật và đời sống”',
    form: 'mass-media',
    fields: ['giao-thong', 'an-ninh-trat-tu', 'dat-dai'],
    audiences: ['nhan-dan'],
    people: [0, 0],
    sessions: [8, 30],
    description:
      'Phát các tin, bài giới thiệu văn bản mới, tình huống pháp luật thường gặp trên hệ thống loa truyền thanh của xã, phường vào buổi sáng và buổi chiều.',
    by: ['commune'],
  },
  {
    title: 'Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ năm 2024 cho học sinh',
    form: 'school',
    fields: ['giao-thong'],
    audiences: ['hoc-sinh'],
    people: [300, 1_200],
    materials: [['leaflet', 300, 1_000]],
    cost: [1_000_000, 4_000_000],
    description:
      'Sinh hoạt dưới cờ theo chủ đề; cam kết không điều khiển xe máy khi chưa đủ tuổi, đội mũ bảo hiểm đúng quy cách, không sử dụng điện thoại khi đi đường.',
    by: ['school'],
    months: [9, 10, 11, 2, 3],
  },
  {
    title: 'Tư vấn, giải đáp pháp luật miễn phí cho người dân',
    form: 'consulting',
    fields: ['dan-su', 'dat-dai', 'hon-nhan-gia-dinh'],
    audiences: ['nhan-dan', 'nguoi-khuyet-tat'],
    people: [20, 90],
    description:
      'Trợ giúp viên pháp lý và luật sư tình nguyện tư vấn trực tiếp tại trụ sở Ủy ban nhân dân xã; ghi nhận và chuyển các vụ việc cần trợ giúp pháp lý.',
    by: ['commune', 'department'],
  },
  {
    title: 'Đăng tải tin, bài phổ biến pháp luật trên cổng thông tin và trang mạng xã hội của đơn vị',
    form: 'online',
    fields: ['chuyen-doi-so', 'hanh-chinh'],
    audiences: ['nhan-dan', 'doanh-nghiep'],
    people: [500, 6_000],
    sessions: [4, 20],
    description: 'Tin, bài, video ngắn, đồ họa thông tin về văn bản mới có hiệu lực; số lượt người tính theo lượt xem.',
    by: ['department', 'agency'],
  },
  {
    title: 'Phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động tại khu công nghiệp',
    form: 'direct',
    fields: ['lao-dong'],
    audiences: ['nguoi-lao-dong', 'doanh-nghiep'],
    people: [120, 450],
    materials: [['handbook', 100, 400]],
    cost: [4_000_000, 12_000_000],
    description:
      'Phối hợp công đoàn cơ sở giới thiệu Bộ luật Lao động 2019, Luật Bảo hiểm xã hội năm 2024; giải đáp về hợp đồng lao động, tiền lương, nghỉ phép.',
    by: ['department'],
  },
  {
    title: 'Bổ sung sách, tài liệu cho tủ sách pháp luật',
    form: 'bookshelf',
    fields: ['tu-phap-ho-tich'],
    audiences: ['nhan-dan', 'can-bo-cong-chuc-vien-chuc'],
    people: [0, 0],
    materials: [['book', 20, 120]],
    cost: [2_000_000, 8_000_000],
    description: 'Bổ sung đầu sách pháp luật mới, sắp xếp lại tủ sách và mở sổ theo dõi mượn, đọc.',
    by: ['commune', 'school'],
  },
  {
    title: 'Phổ biến pháp luật về phòng, chống tham nhũng cho cán bộ, công chức',
    form: 'direct',
    fields: ['phong-chong-tham-nhung'],
    audiences: ['can-bo-cong-chuc-vien-chuc'],
    people: [50, 160],
    materials: [['handbook', 50, 160]],
    cost: [3_000_000, 9_000_000],
    description:
      'Giới thiệu Luật Phòng, chống tham nhũng 2018 và Nghị định về kiểm soát tài sản, thu nhập; trách nhiệm người đứng đầu.',
    by: ['department', 'agency'],
  },
  {
    title: 'Phổ biến pháp luật cho đồng bào dân tộc thiểu số bằng song ngữ Việt – Khmer',
    form: 'direct',
    fields: ['dan-su', 'an-ninh-trat-tu'],
    audiences: ['dong-bao-dan-toc-thieu-so'],
    people: [40, 150],
    materials: [['leaflet', 100, 300]],
    cost: [3_000_000, 10_000_000],
    description:
      'Báo cáo viên và người có uy tín trong cộng đồng phổ biến quy định về cư trú, căn cước, hôn nhân và gia đình.',
    by: ['commune', 'department'],
  },
]

/** Mulberry32: the same demo on every machine. */
function random(seed: number) {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ACTIVITY_ARTICLES: { slug: string; form: ActivityForm; participants: number }[] = [
  { slug: 'hoat-dong-huong-ung-ngay-phap-luat-viet-nam-2025', form: 'direct', participants: 420 },
  { slug: 'hoi-nghi-trien-khai-cong-tac-pbgdpl-nam-2026', form: 'direct', participants: 180 },
  { slug: 'tap-huan-ky-nang-so-cho-nguoi-lam-cong-tac-pbgdpl', form: 'direct', participants: 95 },
  { slug: 'thanh-tra-tinh-pho-bien-phap-luat-phong-chong-tham-nhung', form: 'direct', participants: 140 },
  { slug: 'so-y-te-pho-bien-luat-kham-benh-chua-benh', form: 'direct', participants: 210 },
  { slug: 'xa-long-huu-nang-cao-chat-luong-hoa-giai-o-co-so', form: 'direct', participants: 65 },
  { slug: 'xa-my-quy-tuyen-truyen-phap-luat-khu-vuc-bien-gioi', form: 'direct', participants: 130 },
  { slug: 'xa-duc-hoa-tuyen-truyen-phap-luat-tai-khu-nha-tro-cong-nhan', form: 'direct', participants: 160 },
  { slug: 'thpt-tan-an-phien-toa-gia-dinh-an-toan-giao-thong', form: 'school', participants: 900 },
  { slug: 'thpt-ben-luc-cau-lac-bo-em-yeu-phap-luat', form: 'school', participants: 120 },
]

export async function seedActivities(payload: Payload, log: Log = () => {}, count = 320): Promise<void> {
  const ctx: RequestContext = { disableRevalidate: true, disableNotifications: true, disableSearchIndex: true }
  const sys = { overrideAccess: true, context: ctx, depth: 0 } as const
  const bySlug = async (collection: 'legal-fields' | 'audiences' | 'articles') => {
    const found = await payload.find({ collection, limit: 0, pagination: false, select: { slug: true }, ...sys })
    return new Map(found.docs.map((d) => [String((d as { slug?: string | null }).slug), d.id]))
  }
  const [fields, audiences, articles] = await Promise.all([
    bySlug('legal-fields'),
    bySlug('audiences'),
    bySlug('articles'),
  ])
  const unitKinds = await payload.find({
    collection: 'units',
    limit: 0,
    pagination: false,
    select: { slug: true, kind: true, title: true },
    ...sys,
  })
  const areas = await payload.find({ collection: 'areas', limit: 40, select: { title: true }, ...sys })
  // Reporters and propagandists of each unit (seeded before the activities) take part in its sessions.
  const registry = await payload.find({
    collection: 'registry-members',
    where: { and: [{ status: { equals: 'active' } }, { kind: { in: ['reporter', 'propagandist'] } }] },
    limit: 0,
    pagination: false,
    select: { unit: true },
    ...sys,
  })
  const membersByUnit = new Map<unknown, number[]>()
  for (const m of registry.docs) {
    const unitId = typeof m.unit === 'object' && m.unit ? m.unit.id : m.unit
    membersByUnit.set(unitId, [...(membersByUnit.get(unitId) ?? []), m.id])
  }
  const editor = (await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, limit: 1, ...sys }))
    .docs[0]
  const demoKeys = new Set([
    'hoi-dong-phoi-hop',
    'so-tu-phap',
    'so-noi-vu',
    'so-gddt',
    'so-y-te',
    'so-nn-mt',
    'so-vhttdl',
    'cong-an-tinh',
    'thanh-tra-tinh',
    'so-dan-toc-ton-giao',
    'thpt-tan-an',
    'thpt-chuyen-long-an',
    'thpt-ben-luc',
    'thpt-can-duoc',
    'phuong-1-tan-an',
    'phuong-khanh-hau',
    'thi-tran-ben-luc',
    'xa-long-huu-dong',
    'xa-duc-hoa-ha',
    'xa-my-quy-tay',
    'xa-tuyen-binh',
  ])
  const pool = unitKinds.docs
    .filter((u) => demoKeys.has(String(u.slug)))
    .map((u) => ({
      id: u.id,
      kind: String(u.slug).startsWith('thpt') ? 'school' : u.slug === 'hoi-dong-phoi-hop' ? 'agency' : String(u.kind),
    }))
  if (pool.length === 0) {
    log('Hoạt động PBGDPL: bỏ qua (chưa có đơn vị mẫu)')
    return
  }
  const rand = random(20_241_109)
  const between = ([lo, hi]: [number, number]) => Math.round(lo + rand() * (hi - lo))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const ids = (map: Map<string, number>, keys: string[]) =>
    keys.map((k) => map.get(k)).filter((v): v is number => v !== undefined)
  const now = Date.now()
  const start = Date.parse('2024-01-02T01:00:00.000Z')
  let created = 0
  const returnedLeft = { n: 2 }

  const statusFor = (date: number): ActivityStatus => {
    const ageDays = (now - date) / 86_400_000
    if (ageDays < 60) {
      if (returnedLeft.n > 0 && rand() < 0.15) {
        returnedLeft.n -= 1
        return 'returned'
      }
      return rand() < 0.55 ? 'submitted' : rand() < 0.5 ? 'draft' : 'verified'
    }
    // Older records have all been dealt with.
    return 'verified'
  }

  for (let i = 0; i < count; i++) {
    const template = pick(TEMPLATES)
    const candidates = pool.filter((u) => template.by.includes(u.kind as Template['by'][number]))
    const unit = pick(candidates.length ? candidates : pool)
    let date = start + rand() * (now - 2 * 86_400_000 - start)
    if (template.months) {
      const d = new Date(date)
      const month = pick(template.months)
      d.setUTCMonth(month - 1)
      d.setUTCDate(
        template.months.length === 1 && month === 11 ? 5 + Math.floor(rand() * 5) : 1 + Math.floor(rand() * 27),
      )
      date = d.getTime() > now - 86_400_000 ? d.getTime() - 365 * 86_400_000 : d.getTime()
    }
    const sessions = template.sessions ? between(template.sessions) : rand() < 0.8 ? 1 : between([2, 4])
    const status = statusFor(date)
    const year = new Date(date).getUTCFullYear()
    const data: Partial<Activity> = {
      title: `${template.title}${template.form === 'contest' ? ` năm ${year}` : ''}`,
      date: new Date(date).toISOString(),
      form: template.form,
      fields: ids(fields, template.fields),
      audiences: ids(audiences, template.audiences),
      areas: areas.docs.length && template.by.includes('commune') ? [pick(areas.docs).id] : [],
      sessions,
      participants:
        between(template.people) * (template.form === 'online' || template.form === 'contest' ? 1 : sessions),
      cost: template.cost ? Math.round(between(template.cost) / 100_000) * 100_000 : null,
      materials: (template.materials ?? []).map(([kind, lo, hi]) => ({
        kind,
        count: Math.round(between([lo, hi]) / 10) * 10,
      })),
      description: template.description,
      members: ['direct', 'consulting', 'school', 'cultural'].includes(template.form)
        ? (membersByUnit.get(unit.id) ?? []).slice(0, 1 + (created % 2))
        : [],
      unit: unit.id,
      status,
      reviewNote:
        status === 'returned'
          ? pick([
              'Đề nghị bổ sung danh sách người tham dự có chữ ký và ảnh chụp buổi tuyên truyền.',
              'Số lượt người tham dự chưa khớp với biên bản; đề nghị kiểm tra lại.',
            ])
          : null,
      ...(status === 'verified'
        ? { verifiedBy: editor?.id ?? null, verifiedAt: new Date(Math.min(date + 5 * 86_400_000, now)).toISOString() }
        : {}),
    }
    await payload.create({ collection: ACTIVITIES_SLUG, data: data as Activity, ...sys })
    created += 1
  }

  // Activities recorded from the demo articles of units' activities.
  for (const a of ACTIVITY_ARTICLES) {
    const articleId = articles.get(a.slug)
    if (!articleId) continue
    const article = await payload.findByID({ collection: 'articles', id: articleId, ...sys })
    if (article.workflowState !== 'published' || !article.publishedAt) continue
    const cover = article.cover ? (typeof article.cover === 'object' ? article.cover.id : article.cover) : null
    const rel = (v: unknown) => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? x.id : x)) : [])
    await payload.create({
      collection: ACTIVITIES_SLUG,
      data: {
        title: article.title.slice(0, 300),
        date: article.publishedAt,
        form: a.form,
        fields: rel(article.fields),
        audiences: rel(article.audiences),
        areas: rel(article.areas),
        photos: cover ? [cover] : [],
        sourceArticle: article.id,
        description: article.summary ?? null,
        sessions: 1,
        participants: a.participants,
        unit: typeof article.unit === 'object' ? (article.unit?.id ?? null) : (article.unit ?? null),
        status: 'verified',
        verifiedBy: editor?.id ?? null,
        verifiedAt: article.publishedAt,
      } as Activity,
      ...sys,
    })
    created += 1
  }
  await rebuildActivityRollups(payload)
  log(`Hoạt động PBGDPL: ${created} hồ sơ`)
}
