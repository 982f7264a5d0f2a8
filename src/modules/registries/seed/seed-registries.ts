/**
 * Demo registries: provincial and commune legal reporters, propagandists and mediators in the
 * demo communes, the coordination council, a few dismissed members, and the signed PDFs of three
 * provincial decisions. Runs as the system (seeds may override access).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, RequestContext } from 'payload'
import { PDFDocument } from 'pdf-lib'
import type { RegistryMember } from '@/payload-types'
import { embedFonts, printable, wrap } from '@/shared/pdf'
import { REGISTRY_MEMBERS_SLUG } from '../constants'
import { dayToVi, isoFromDay } from '../dates'
import {
  COMMUNE_REPORTER_POSITIONS,
  COMMUNES,
  COUNCIL,
  COUNCIL_DECISION,
  DECISION_FILES,
  FAMILY,
  GIVEN_MEN,
  GIVEN_WOMEN,
  MEDIATOR_POSITIONS,
  MIDDLE_MEN,
  MIDDLE_WOMEN,
  PROPAGANDIST_POSITIONS,
  PROVINCIAL_REPORTERS,
  type DecisionFileKey,
  type DemoDecision,
  type DemoMember,
} from './registry-data'

type Log = (message: string) => void

function provinceName(): string {
  const file = process.env.PROVINCE_CONFIG || path.resolve('config', 'province.json')
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { provinceName?: string }).provinceName ?? 'tỉnh'
  } catch {
    return 'tỉnh'
  }
}

/** A small deterministic generator, so every seeded database has the same people. */
function namer() {
  let state = 20260471
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
  const used = new Set<string>()
  return (): string => {
    for (;;) {
      const woman = next(2) === 0
      const name = [
        FAMILY[next(FAMILY.length)],
        (woman ? MIDDLE_WOMEN : MIDDLE_MEN)[next(woman ? MIDDLE_WOMEN.length : MIDDLE_MEN.length)],
        (woman ? GIVEN_WOMEN : GIVEN_MEN)[next(woman ? GIVEN_WOMEN.length : GIVEN_MEN.length)],
      ].join(' ')
      if (!used.has(name)) {
        used.add(name)
        return name
      }
    }
  }
}

const FIELD_SETS = [
  ['dat-dai', 'dan-su'],
  ['hon-nhan-gia-dinh', 'tre-em'],
  ['giao-thong', 'an-ninh-trat-tu'],
  ['moi-truong'],
  ['lao-dong', 'hanh-chinh'],
  ['tu-phap-ho-tich'],
]

/** The commune teams: 3 reporters, 4 or 5 propagandists and 3 mediators in each demo commune. */
function communeMembers(): DemoMember[] {
  const name = namer()
  const members: DemoMember[] = []
  COMMUNES.forEach((c, ci) => {
    const decision = (number: string): DemoDecision => ({ number, day: c.day, issuer: 'commune' })
    for (let i = 0; i < 3; i++) {
      members.push({
        fullName: name(),
        kind: 'reporter',
        level: 'commune',
        unit: c.unit,
        position: COMMUNE_REPORTER_POSITIONS[i] ?? 'Công chức',
        fields: FIELD_SETS[(ci + i) % FIELD_SETS.length] ?? [],
        recognition: decision(c.reporters),
      })
    }
    for (let i = 0; i < (ci < 2 ? 5 : 4); i++) {
      members.push({
        fullName: name(),
        kind: 'propagandist',
        level: 'commune',
        unit: c.unit,
        position: PROPAGANDIST_POSITIONS[(ci + i) % PROPAGANDIST_POSITIONS.length] ?? 'Trưởng ấp',
        fields: FIELD_SETS[(ci * 2 + i) % FIELD_SETS.length] ?? [],
        recognition: decision(c.propagandists),
      })
    }
    for (let i = 0; i < 3; i++) {
      members.push({
        fullName: name(),
        kind: 'mediator',
        level: 'commune',
        unit: c.unit,
        position: MEDIATOR_POSITIONS[(ci + i) % MEDIATOR_POSITIONS.length] ?? 'Tổ viên Tổ hòa giải',
        fields: ['dan-su', 'hon-nhan-gia-dinh'].slice(0, 1 + (i % 2)),
        recognition: decision(c.mediators),
      })
    }
  })
  // A few people left their team: the commune recorded the dismissal.
  const dismiss = (index: number, number: string, day: string, reason: string) => {
    const m = members[index]
    if (m && m.recognition.day < day) m.dismissal = { number, day, issuer: 'commune', reason }
  }
  dismiss(5, '97/QĐ-UBND', '2024-11-18', 'Chuyển nơi cư trú ra ngoài địa bàn.')
  dismiss(12, '130/QĐ-UBND', '2025-05-20', 'Theo nguyện vọng cá nhân vì lý do sức khỏe.')
  dismiss(33, '58/QĐ-UBND', '2025-12-09', 'Không còn đủ điều kiện theo quy định.')
  dismiss(50, '44/QĐ-UBND', '2026-04-16', 'Chuyển công tác.')
  return members
}

async function decisionPdf(key: DecisionFileKey, names: string[], province: string): Promise<Buffer> {
  const info = DECISION_FILES[key]
  const doc = await PDFDocument.create()
  doc.setTitle(`Quyết định số ${info.number}`)
  const fonts = await embedFonts(doc, 'serif')
  const page = doc.addPage([595, 842])
  let y = 790
  const line = (text: string, opts: { bold?: boolean; size?: number; center?: boolean; x?: number } = {}) => {
    const font = opts.bold ? fonts.bold : fonts.regular
    const size = opts.size ?? 12
    for (const piece of wrap(printable(font, text), font, size, 470)) {
      const width = font.widthOfTextAtSize(piece, size)
      page.drawText(piece, { x: opts.center ? (595 - width) / 2 : (opts.x ?? 62), y, size, font })
      y -= size * 1.45
    }
  }
  line(`ỦY BAN NHÂN DÂN ${province.toUpperCase()}`, { bold: true, size: 11, x: 62 })
  line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 11, center: true })
  line('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 11, center: true })
  line(`Số: ${info.number}   —   ngày ${dayToVi(info.day)}`, { size: 11, center: true })
  y -= 12
  line('QUYẾT ĐỊNH', { bold: true, size: 14, center: true })
  line(info.title, { bold: true, center: true })
  y -= 8
  line(`CHỦ TỊCH ỦY BAN NHÂN DÂN ${province.toUpperCase()}`, { bold: true, center: true })
  line('Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;')
  line('Căn cứ Thông tư số 10/2016/TT-BTP ngày 22 tháng 7 năm 2016 của Bộ trưởng Bộ Tư pháp;')
  line('Theo đề nghị của Giám đốc Sở Tư pháp.')
  line('QUYẾT ĐỊNH:', { bold: true, center: true })
  const verb = key === 'dismissal-2025' ? 'Miễn nhiệm' : 'Công nhận'
  line(`Điều 1. ${verb} báo cáo viên pháp luật ${province} đối với ${names.length} ông, bà có tên sau:`)
  names.forEach((n, i) => line(`${i + 1}. ${n}`, { x: 80 }))
  line('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.')
  line(
    'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
  )
  y -= 12
  line('KT. CHỦ TỊCH — PHÓ CHỦ TỊCH', { bold: true, x: 330 })
  line('(Bản trình diễn, không có giá trị pháp lý)', { size: 10, x: 330 })
  return Buffer.from(await doc.save())
}

export async function seedRegistries(payload: Payload, log: Log = () => {}): Promise<void> {
  const ctx: RequestContext = { disableRevalidate: true }
  const already = await payload.count({ collection: REGISTRY_MEMBERS_SLUG })
  if (already.totalDocs > 0) return
  const province = provinceName()
  const [units, fields] = await Promise.all([
    payload.find({
      collection: 'units',
      pagination: false,
      depth: 0,
      select: { slug: true, title: true, shortName: true },
    }),
    payload.find({ collection: 'legal-fields', pagination: false, depth: 0, select: { slug: true } }),
  ])
  const unitBySlug = new Map(units.docs.map((u) => [u.slug, u]))
  const fieldBySlug = new Map(fields.docs.map((f) => [f.slug, f.id]))

  const provincial = PROVINCIAL_REPORTERS
  const files = new Map<string, number>()
  for (const key of Object.keys(DECISION_FILES) as DecisionFileKey[]) {
    const names = provincial
      .filter((m) => (key === 'dismissal-2025' ? m.dismissal?.file === key : m.recognition.file === key))
      .map((m) => m.fullName)
    const data = await decisionPdf(key, names, province)
    const info = DECISION_FILES[key]
    const doc = await payload.create({
      collection: 'files',
      data: { title: `Quyết định số ${info.number} ${info.title.charAt(0).toLowerCase()}${info.title.slice(1)}` },
      file: {
        data,
        mimetype: 'application/pdf',
        name: `quyet-dinh-${info.number.split('/')[0]}-qd-ubnd.pdf`,
        size: data.length,
      },
      context: ctx,
    })
    files.set(key, doc.id)
  }

  const issuerOf = (d: DemoDecision, unit: string) => {
    if (d.issuer === 'province') return `Ủy ban nhân dân ${province}`
    const u = unitBySlug.get(unit)
    return u?.title ?? `Ủy ban nhân dân ${u?.shortName ?? ''}`.trim()
  }
  const council: DemoMember[] = COUNCIL.map((c) => ({
    ...c,
    kind: 'council-member',
    level: 'province',
    recognition: COUNCIL_DECISION,
  }))
  const members = [...provincial, ...communeMembers(), ...council]
  let created = 0
  for (const [i, m] of members.entries()) {
    const unit = unitBySlug.get(m.unit)
    if (!unit) continue
    const data: Partial<RegistryMember> = {
      fullName: m.fullName,
      kind: m.kind,
      level: m.level,
      unit: unit.id,
      position: m.position,
      fields: m.fields.map((f) => fieldBySlug.get(f)).filter((id): id is number => typeof id === 'number'),
      recognition: {
        number: m.recognition.number,
        date: isoFromDay(m.recognition.day),
        issuer: issuerOf(m.recognition, m.unit),
        file: m.recognition.file ? (files.get(m.recognition.file) ?? null) : null,
      },
      dismissal: m.dismissal
        ? {
            number: m.dismissal.number,
            date: isoFromDay(m.dismissal.day),
            issuer: issuerOf(m.dismissal, m.unit),
            reason: m.dismissal.reason,
            file: m.dismissal.file ? (files.get(m.dismissal.file) ?? null) : null,
          }
        : undefined,
      // Invented numbers in the 0900 000 xxx range, only visible to the editorial board.
      contact: { phone: `0900 000 ${String(100 + i).padStart(3, '0')}`, email: null },
    }
    await payload.create({ collection: REGISTRY_MEMBERS_SLUG, data: data as RegistryMember, context: ctx, depth: 0 })
    created++
  }
  log(`Đội ngũ: ${created} người, ${files.size} quyết định (PDF)`)
}
