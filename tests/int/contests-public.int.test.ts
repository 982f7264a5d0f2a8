import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Audience, Contest, ContestQuestion, ContestRound } from '@/payload-types'
import type { AttemptItem } from '@/modules/contests/engine/items'
import { ACTORS, as, createOrg, type Org } from '../helpers/fixtures'
import { startMailServer, type TestMailServer } from '../helpers/mail'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The contests' public side on a real database (both dialects) and a real SMTP server:
 * registration (validation, eligibility, anti-spam), the one-time code (hashed, expiry, tries,
 * resend), one entry per person per round (also under simultaneous registrations), public names
 * of minors, leaderboards without contact data, certificates and their verification, erasure
 * on request and who may read or delete contestants' records.
 */

type Mods = {
  register: typeof import('@/modules/contests/server/register')
  verify: typeof import('@/modules/contests/server/verify')
  page: typeof import('@/modules/contests/server/contestant-page')
  certs: typeof import('@/modules/contests/server/certificates')
  download: typeof import('@/modules/contests/server/certificate-download')
  engine: typeof import('@/modules/contests/server/engine')
  ranking: typeof import('@/modules/contests/server/ranking')
  session: typeof import('@/modules/contests/server/contestant-session')
  pow: typeof import('@/shared/antispam/pow')
  results: typeof import('@/modules/contests/ui/results-view')
  codes: typeof import('@/modules/contests/server/certificate-code')
}

let t: TestPayload
let mail: TestMailServer
let org: Org
let m: Mods
let open: Contest
let round: ContestRound
let schoolsOnly: Contest
let schoolsRound: ContestRound
let students: Audience
let teachers: Audience
let audienceContest: Contest
let audienceRound: ContestRound
const bank: ContestQuestion[] = []
const MIN = 60_000
const saved: Record<string, string | undefined> = {}
let ipSeq = 0

const SLUG = 'thi-tim-hieu-an-toan-giao-thong'

function powValue(): string {
  const solution = m.pow.solveChallenge(m.pow.createChallenge())
  if (!solution) throw new Error('no PoW solution')
  return m.pow.encodeSolution(solution)
}

type Cookies = Map<string, string>
const jar = (): Cookies => new Map()
function keep(cookies: Cookies, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';')
    const at = pair!.indexOf('=')
    const name = pair!.slice(0, at)
    const value = pair!.slice(at + 1)
    if (/Max-Age=0/.test(line)) cookies.delete(name)
    else cookies.set(name, value)
  }
}

function post(path: string, fields: Record<string, string>, cookies?: Cookies, ip?: string): Request {
  const headers = new Headers({
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
    'x-real-ip': ip ?? `10.0.0.${(ipSeq = (ipSeq + 1) % 250) + 1}`,
  })
  if (cookies && cookies.size > 0) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '))
  return new Request(`http://localhost:3000${path}`, { method: 'POST', headers, body: new URLSearchParams(fields) })
}

const person = (email: string, extra: Record<string, string> = {}) => ({
  contest: SLUG,
  round: 'vong-1',
  fullName: 'Trần Thị Mai Anh',
  birthDate: '1990-04-12',
  school: 'Trường THPT Nguyễn Trãi',
  className: '',
  email,
  consent: 'on',
  altcha: powValue(),
  ...extra,
})

async function register(fields: Record<string, string>, cookies = jar(), ip?: string) {
  const res = await m.register.handleRegister(post('/api/cuoc-thi/dang-ky', fields, cookies, ip), t.payload)
  keep(cookies, res)
  return { res, body: (await res.json()) as Record<string, unknown>, cookies }
}

async function codeFor(email: string, count = 1): Promise<string> {
  const mails = await mail.waitFor((x) => x.recipients.includes(email), count)
  const last = mails[count - 1]
  const code = last?.text.match(/là: (\d{6})/)?.[1]
  if (!code) throw new Error(`no code mail for ${email}`)
  return code
}

const verifyCode = async (code: string, cookies: Cookies, contestSlug = SLUG) => {
  const res = await m.verify.handleVerify(
    post('/api/cuoc-thi/xac-thuc', { contest: contestSlug, round: 'vong-1', code }, cookies),
    t.payload,
  )
  keep(cookies, res)
  return { res, body: (await res.json()) as Record<string, unknown> }
}

async function entryOf(email: string, roundId = round.id) {
  const found = await t.payload.find({
    collection: 'contest-entries',
    where: { and: [{ round: { equals: roundId } }, { contact: { equals: email } }] },
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs[0]
}

/** Registers and verifies `email`; returns the cookies (with the contestant's session). */
async function signedUp(email: string, extra: Record<string, string> = {}) {
  const { res, cookies } = await register(person(email, extra))
  expect(res.status).toBe(200)
  const { res: ok } = await verifyCode(await codeFor(email), cookies)
  expect(ok.status).toBe(200)
  return cookies
}

/** Takes one attempt through the engine and answers `right` of the items correctly. */
async function takeAttempt(cookies: Cookies, right: number, tag: string) {
  const token = cookies.get(m.session.contestantCookieName(round.id))!
  const now = new Date()
  const session = `phien-${tag}-0123456789abcdef`.slice(0, 40)
  const started = await m.engine.startAttempt(t.payload, { roundId: round.id, token, session, now })
  if (!started.ok) throw new Error(started.message)
  const doc = await t.payload.findByID({
    collection: 'contest-attempts',
    id: started.attempt.attemptId,
    depth: 0,
    overrideAccess: true,
  })
  const items = doc.items as unknown as AttemptItem[]
  for (const [index, item] of items.entries()) {
    const wrong = item.options.find((o) => !item.key.includes(o.id))!.id
    const res = await m.engine.saveAnswer(t.payload, {
      roundId: round.id,
      token,
      session,
      now: new Date(now.getTime() + (index + 1) * 1000),
      attemptId: started.attempt.attemptId,
      itemIndex: index,
      choice: index < right ? item.key : [wrong],
    })
    expect(res.ok).toBe(true)
  }
  const done = await m.engine.submitAttempt(t.payload, {
    roundId: round.id,
    token,
    session,
    now: new Date(now.getTime() + 30_000),
    attemptId: started.attempt.attemptId,
  })
  if (!done.ok) throw new Error(done.message)
  return done.result
}

beforeAll(async () => {
  mail = await startMailServer()
  for (const k of ['SMTP_HOST', 'SMTP_PORT', 'CONTEST_LIMIT_PER_CONTACT_HOUR', 'CONTEST_LIMIT_PER_IP_HOUR'])
    saved[k] = process.env[k]
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  process.env.CONTEST_LIMIT_PER_CONTACT_HOUR = '50'
  t = await startTestPayload('contests-public')
  m = {
    register: await import('@/modules/contests/server/register'),
    verify: await import('@/modules/contests/server/verify'),
    page: await import('@/modules/contests/server/contestant-page'),
    certs: await import('@/modules/contests/server/certificates'),
    download: await import('@/modules/contests/server/certificate-download'),
    engine: await import('@/modules/contests/server/engine'),
    ranking: await import('@/modules/contests/server/ranking'),
    session: await import('@/modules/contests/server/contestant-session'),
    pow: await import('@/shared/antispam/pow'),
    results: await import('@/modules/contests/ui/results-view'),
    codes: await import('@/modules/contests/server/certificate-code'),
  }
  org = await createOrg(t.payload, 'ctp')
  const editor = as(org, 'editor')
  for (let i = 1; i <= 4; i++) {
    bank.push(
      await t.payload.create({
        collection: 'contest-questions',
        data: {
          code: `ATGT-${i}`,
          kind: 'single',
          text: `Theo Luật Trật tự, an toàn giao thông đường bộ, quy định số ${i} là gì?`,
          options: ['A', 'B', 'C'].map((k, j) => ({ text: `Phương án ${k} câu ${i}`, correct: j === i % 3 })),
        },
        depth: 0,
        ...editor,
      }),
    )
  }
  students = await t.payload.create({ collection: 'audiences', data: { title: 'Học sinh' }, overrideAccess: true })
  teachers = await t.payload.create({ collection: 'audiences', data: { title: 'Giáo viên' }, overrideAccess: true })
  const contestData = (
    slug: string,
    extra: {
      eligibility: 'open' | 'units' | 'audiences'
      eligibleUnits?: number[]
      eligibleAudiences?: number[]
      askSchool?: boolean
    },
  ) => ({
    title: `Cuộc thi ${slug}`,
    slug,
    status: 'published' as const,
    contactKinds: ['email' as const],
    certificateRule: 'threshold' as const,
    certificateThreshold: 75,
    certificateSigner: 'Nguyễn Văn Bình',
    certificateSignerTitle: 'Giám đốc Sở Tư pháp',
    organiser: org.unitA.id,
    ...extra,
  })
  open = await t.payload.create({
    collection: 'contests',
    data: contestData(SLUG, { eligibility: 'open' }),
    depth: 1,
    ...editor,
  })
  schoolsOnly = await t.payload.create({
    collection: 'contests',
    data: contestData('thi-cho-truong', { eligibility: 'units', eligibleUnits: [org.unitA.id], askSchool: true }),
    depth: 1,
    ...editor,
  })
  audienceContest = await t.payload.create({
    collection: 'contests',
    data: contestData('thi-cho-hoc-sinh', { eligibility: 'audiences', eligibleAudiences: [students.id] }),
    depth: 1,
    ...editor,
  })
  const roundOf = (contest: Contest) =>
    t.payload.create({
      collection: 'contest-rounds',
      data: {
        contest: contest.id,
        number: 1,
        title: 'Vòng 1',
        opensAt: new Date(Date.now() - 60 * MIN).toISOString(),
        closesAt: new Date(Date.now() + 7 * 24 * 60 * MIN).toISOString(),
        questionCount: 4,
        timeLimitMinutes: 10,
        attemptsAllowed: 1,
      },
      depth: 0,
      ...editor,
    })
  round = await roundOf(open)
  schoolsRound = await roundOf(schoolsOnly)
  audienceRound = await roundOf(audienceContest)
})

afterAll(async () => {
  await t?.close()
  await mail?.close()
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

describe('registration', () => {
  it('refuses an incomplete form with a Vietnamese message per field and stores nothing', async () => {
    const { res, body } = await register({
      ...person(''),
      fullName: 'A',
      birthDate: '30/02/2011',
      email: 'khong-phai-thu',
      consent: '',
    })
    expect(res.status).toBe(400)
    const errors = body.errors as Record<string, string>
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'consent', 'email', 'fullName'])
    expect(errors.consent).toMatch(/Nghị định|dữ liệu cá nhân/)
    expect((await t.payload.count({ collection: 'contest-entries', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses a contestant outside the eligible units or audiences', async () => {
    const unitForm = {
      ...person('hs-ngoai@example.vn'),
      contest: 'thi-cho-truong',
      unit: String(org.unitB.id),
    }
    const outside = await register(unitForm)
    expect(outside.res.status).toBe(400)
    expect((outside.body.errors as Record<string, string>).unit).toMatch(/không thuộc đối tượng dự thi/)
    const inside = await register({ ...unitForm, altcha: powValue(), unit: String(org.unitA.id) })
    expect(inside.res.status).toBe(200)
    expect((await entryOf('hs-ngoai@example.vn', schoolsRound.id))?.unit).toBe(org.unitA.id)

    const teacher = await register({
      ...person('gv@example.vn'),
      contest: 'thi-cho-hoc-sinh',
      audience: String(teachers.id),
    })
    expect(teacher.res.status).toBe(400)
    expect((teacher.body.errors as Record<string, string>).audience).toMatch(/không được dự thi/)
    const student = await register({
      ...person('hs@example.vn'),
      contest: 'thi-cho-hoc-sinh',
      audience: String(students.id),
    })
    expect(student.res.status).toBe(200)
    expect((await entryOf('hs@example.vn', audienceRound.id))?.audience).toBe(students.id)
  })

  it('asks a minor for the guardian’s consent and shows a minor by family name and initials', async () => {
    const minor = person('em.an@example.vn', { fullName: 'Nguyễn Văn An', birthDate: '4/3/2012' })
    const refused = await register(minor)
    expect(refused.res.status).toBe(400)
    expect((refused.body.errors as Record<string, string>).guardianConsent).toMatch(/cha mẹ|giám hộ/)
    const ok = await register({ ...minor, altcha: powValue(), guardianConsent: 'on' })
    expect(ok.res.status).toBe(200)
    const entry = await entryOf('em.an@example.vn')
    expect(entry).toMatchObject({ isMinor: true, publicName: 'Nguyễn V. A.', guardianConsent: true })
    const adult = await register(person('co.mai@example.vn'))
    expect(adult.res.status).toBe(200)
    expect(await entryOf('co.mai@example.vn')).toMatchObject({ isMinor: false, publicName: 'Trần Thị Mai Anh' })
  })

  it('refuses a missing or replayed proof of work and a filled honeypot', async () => {
    expect((await register({ ...person('bot@example.vn'), altcha: '' })).res.status).toBe(400)
    const pow = powValue()
    expect((await register({ ...person('bot2@example.vn'), altcha: pow })).res.status).toBe(200)
    const replay = await register({ ...person('bot3@example.vn'), altcha: pow })
    expect(replay.res.status).toBe(400)
    expect(replay.body.error).toMatch(/đã được dùng/)
    expect((await register({ ...person('bot4@example.vn'), website: 'http://spam' })).res.status).toBe(400)
  })

  it('limits registrations per address with a Vietnamese 429', async () => {
    process.env.CONTEST_LIMIT_PER_IP_HOUR = '2'
    try {
      const ip = '203.0.113.77'
      expect((await register(person('ip1@example.vn'), jar(), ip)).res.status).toBe(200)
      expect((await register(person('ip2@example.vn'), jar(), ip)).res.status).toBe(200)
      const third = await register(person('ip3@example.vn'), jar(), ip)
      expect(third.res.status).toBe(429)
      expect(third.res.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(third.body.error).toMatch(/quá nhiều lần/)
    } finally {
      delete process.env.CONTEST_LIMIT_PER_IP_HOUR
    }
  })
})

describe('the one-time code', () => {
  it('is mailed through the outbox, stored only as a hash and verified once', async () => {
    const { res, cookies } = await register(person('ma.so@example.vn'))
    expect(res.status).toBe(200)
    const code = await codeFor('ma.so@example.vn')
    expect(code).toMatch(/^\d{6}$/)
    const entry = await entryOf('ma.so@example.vn')
    expect(entry?.codeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(entry)).not.toContain(`"${code}"`)
    expect(Date.parse(entry!.codeExpiresAt!) - Date.parse(entry!.codeSentAt!)).toBe(10 * MIN)
    const outbox = await t.payload.find({
      collection: 'outbox-mails',
      where: { to: { equals: 'ma.so@example.vn' } },
      overrideAccess: true,
    })
    expect(outbox.docs[0]).toMatchObject({ status: 'sent', kind: 'contest-code' })

    const ok = await verifyCode(code, cookies)
    expect(ok.res.status).toBe(200)
    expect(ok.body.redirect).toBe(`/cuoc-thi/${SLUG}/vong-1`)
    const token = cookies.get(m.session.contestantCookieName(round.id))
    expect((await m.session.findContestant(t.payload, round.id, token))?.contact).toBe('ma.so@example.vn')
    const after = await entryOf('ma.so@example.vn')
    expect(after?.verifiedAt).toBeTruthy()
    expect(after?.codeHash).toBeFalsy()
    // The code is spent: the same code again is refused.
    cookies.set(
      `pbgdpl_ctp_${round.id}`,
      (await import('@/modules/contests/server/codes')).pendingCookieValue(after!.id),
    )
    expect((await verifyCode(code, cookies)).res.status).toBe(400)
  })

  it('allows five wrong tries, then locks the code until a new one is sent', async () => {
    const { cookies } = await register(person('sai.ma@example.vn'))
    const code = await codeFor('sai.ma@example.vn')
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 1; i <= 4; i++) {
      const r = await verifyCode(wrong, cookies)
      expect(r.res.status).toBe(400)
      expect(r.body.error).toContain(`còn ${5 - i} lần`)
    }
    expect((await verifyCode(wrong, cookies)).res.status).toBe(429)
    const locked = await verifyCode(code, cookies)
    expect(locked.res.status).toBe(429)
    expect(locked.body.error).toMatch(/Gửi lại mã/)
  })

  it('counts parallel guesses: at most five tries whatever the concurrency', async () => {
    const { cookies } = await register(person('song.song@example.vn'))
    const code = await codeFor('song.song@example.vn')
    const wrong = code === '000000' ? '111111' : '000000'
    const answers = await Promise.all(Array.from({ length: 8 }, () => verifyCode(wrong, cookies)))
    expect(answers.every((a) => a.res.status >= 400)).toBe(true)
    expect((await entryOf('song.song@example.vn'))?.codeAttempts).toBeLessThanOrEqual(5)
  })

  it('expires after ten minutes', async () => {
    const { cookies } = await register(person('het.han@example.vn'))
    const code = await codeFor('het.han@example.vn')
    const entry = await entryOf('het.han@example.vn')
    await t.payload.update({
      collection: 'contest-entries',
      id: entry!.id,
      data: { codeExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const r = await verifyCode(code, cookies)
    expect(r.res.status).toBe(400)
    expect(r.body.error).toMatch(/hết hạn/)
  })

  it('is resent only after the cooldown, and the new code replaces the old one', async () => {
    const { cookies } = await register(person('gui.lai@example.vn'))
    const first = await codeFor('gui.lai@example.vn')
    const resend = () =>
      m.verify.handleSendCode(
        post('/api/cuoc-thi/gui-ma', { contest: SLUG, round: 'vong-1', altcha: powValue() }, cookies),
        t.payload,
      )
    const early = await resend()
    expect(early.status).toBe(429)
    expect(((await early.json()) as { error: string }).error).toMatch(/đợi \d+ giây/)
    const entry = await entryOf('gui.lai@example.vn')
    await t.payload.update({
      collection: 'contest-entries',
      id: entry!.id,
      data: { codeSentAt: new Date(Date.now() - 2 * MIN).toISOString() },
      overrideAccess: true,
    })
    expect((await resend()).status).toBe(200)
    const second = await codeFor('gui.lai@example.vn', 2)
    if (second !== first) expect((await verifyCode(first, cookies)).res.status).toBe(400)
    expect((await verifyCode(second, cookies)).res.status).toBe(200)
  })
})

describe('one entry per person per round', () => {
  it('answers 409 to a second registration with a verified contact, and a sign-in code moves the session', async () => {
    const first = await signedUp('mot.lan@example.vn')
    const again = await register(person('MOT.LAN@example.vn'))
    expect(again.res.status).toBe(409)
    expect(again.body.error).toBe('Thư điện tử này đã đăng ký vòng thi.')
    // Days later, on another device: a sign-in code to the same address re-issues the cookie there.
    await t.payload.update({
      collection: 'contest-entries',
      id: (await entryOf('mot.lan@example.vn'))!.id,
      data: { codeSentAt: new Date(Date.now() - 2 * MIN).toISOString() },
      overrideAccess: true,
    })
    const other = jar()
    const asked = await m.verify.handleSendCode(
      post(
        '/api/cuoc-thi/gui-ma',
        { contest: SLUG, round: 'vong-1', contact: 'mot.lan@example.vn', altcha: powValue() },
        other,
      ),
      t.payload,
    )
    expect(asked.status).toBe(200)
    keep(other, asked)
    expect((await verifyCode(await codeFor('mot.lan@example.vn', 2), other)).res.status).toBe(200)
    const name = m.session.contestantCookieName(round.id)
    expect(await m.session.findContestant(t.payload, round.id, other.get(name))).not.toBeNull()
    expect(await m.session.findContestant(t.payload, round.id, first.get(name))).toBeNull()
    expect(
      (
        await t.payload.count({
          collection: 'contest-entries',
          where: { contact: { equals: 'mot.lan@example.vn' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  // A takeover that wrote back the whole entry as read once wiped the code just stored by a
  // simultaneous registration (PostgreSQL, 2026-11-29): the mailed code was then "expired".
  it('keeps one entry and sends one code when the same contact registers several times at the same moment', async () => {
    const answers = await Promise.all(Array.from({ length: 3 }, () => register(person('cung.luc@example.vn'))))
    // The first creates the entry; the others either lose the race on the unique (round, contact)
    // index (409) or find the unverified entry just made and take it over without a second code.
    const statuses = answers.map((a) => a.res.status)
    expect(statuses).toContain(200)
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true)
    const count = await t.payload.count({
      collection: 'contest-entries',
      where: { contact: { equals: 'cung.luc@example.vn' } },
      overrideAccess: true,
    })
    expect(count.totalDocs).toBe(1)
    await codeFor('cung.luc@example.vn')
    expect(mail.messages.filter((x) => x.recipients.includes('cung.luc@example.vn'))).toHaveLength(1)
    // Once verified, simultaneous registrations are all refused with the 409.
    const { res } = await verifyCode(
      await codeFor('cung.luc@example.vn'),
      answers.find((a) => a.res.status === 200)!.cookies,
    )
    expect(res.status).toBe(200)
    const again = await Promise.all(Array.from({ length: 2 }, () => register(person('cung.luc@example.vn'))))
    expect(again.map((a) => a.res.status)).toEqual([409, 409])
  })

  it('tells an unknown contact asking for a sign-in code to register first', async () => {
    const res = await m.verify.handleSendCode(
      post('/api/cuoc-thi/gui-ma', {
        contest: SLUG,
        round: 'vong-1',
        contact: 'chua.dk@example.vn',
        altcha: powValue(),
      }),
      t.payload,
    )
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: string }).error).toMatch(/chưa đăng ký/)
  })
})

describe('leaderboards, certificates and erasure', () => {
  let minorCookies: Cookies
  let adultCookies: Cookies
  let lowCookies: Cookies

  beforeAll(async () => {
    minorCookies = await signedUp('be.lan@example.vn', {
      fullName: 'Lê Thị Ngọc Lan',
      birthDate: '2011-09-01',
      guardianConsent: 'on',
      school: 'Trường THCS Lê Lợi',
    })
    adultCookies = await signedUp('anh.tuan@example.vn', { fullName: 'Phạm Anh Tuấn', birthDate: '1985-01-20' })
    lowCookies = await signedUp('thap.diem@example.vn', { fullName: 'Võ Minh Khoa', birthDate: '1999-05-05' })
    await takeAttempt(minorCookies, 4, 'minor')
    await takeAttempt(adultCookies, 3, 'adult')
    await takeAttempt(lowCookies, 1, 'low')
  })

  it('issues no certificate before the results are published', async () => {
    const entry = (await entryOf('be.lan@example.vn'))!
    expect(await m.certs.certificateFor(t.payload, { entry, contest: open, round })).toBeNull()
  })

  it('shows the leaderboard with public names only: no contact, no birth date, no minor’s full name', async () => {
    round = await t.payload.update({
      collection: 'contest-rounds',
      id: round.id,
      data: { resultsPublished: true },
      depth: 0,
      ...as(org, 'editor'),
    })
    const rows = await m.ranking.rankRound(t.payload, round.id)
    expect(rows.map((r) => r.publicName).slice(0, 3)).toEqual(['Lê T. N. L.', 'Phạm Anh Tuấn', 'Võ Minh Khoa'])
    const html = renderToStaticMarkup(
      m.results.ResultsView({ contest: open, round, board: 'vong', page: 1, rows, total: rows.length }),
    )
    expect(html).toContain('Lê T. N. L.')
    expect(html).not.toContain('Lê Thị Ngọc Lan')
    expect(html).not.toMatch(/@example\.vn|2011|1985/)
    expect(JSON.stringify(rows)).not.toMatch(/@example\.vn|birth|contact/)
  })

  it('issues a certificate once to an entry that meets the threshold, and none below it', async () => {
    const entry = (await entryOf('be.lan@example.vn'))!
    const first = await m.certs.certificateFor(t.payload, { entry, contest: open, round })
    const again = await Promise.all([
      m.certs.certificateFor(t.payload, { entry, contest: open, round }),
      m.certs.certificateFor(t.payload, { entry, contest: open, round }),
    ])
    expect(first).toMatchObject({ holderName: 'Lê Thị Ngọc Lan', score: 4, maxScore: 4 })
    expect(again.map((c) => c?.id)).toEqual([first!.id, first!.id])
    expect(m.codes.normaliseCertificateCode(first!.code)).toBe(first!.code)
    const low = (await entryOf('thap.diem@example.vn'))!
    expect(await m.certs.certificateFor(t.payload, { entry: low, contest: open, round })).toBeNull()
  })

  it('serves the PDF to its holder only', async () => {
    const url = `http://localhost:3000/cuoc-thi/${SLUG}/vong-1/cua-toi/giay-chung-nhan.pdf`
    const cookie = (c: Cookies) => [...c].map(([k, v]) => `${k}=${v}`).join('; ')
    const res = await m.download.handleCertificatePdf(
      new Request(url, { headers: { cookie: cookie(adultCookies) } }),
      SLUG,
      'vong-1',
      t.payload,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(5000)
    const anonymous = await m.download.handleCertificatePdf(new Request(url), SLUG, 'vong-1', t.payload)
    expect(anonymous.status).toBe(401)
    const low = await m.download.handleCertificatePdf(
      new Request(url, { headers: { cookie: cookie(lowCookies) } }),
      SLUG,
      'vong-1',
      t.payload,
    )
    expect(low.status).toBe(404)
  })

  it('verifies genuine, revoked, unknown and malformed codes', async () => {
    const entry = (await entryOf('anh.tuan@example.vn'))!
    const cert = (await m.certs.certificateFor(t.payload, { entry, contest: open, round }))!
    const genuine = await m.certs.verifyCertificate(t.payload, m.codes.formatCertificateCode(cert.code).toLowerCase())
    expect(genuine).toMatchObject({ status: 'genuine', holderName: 'Phạm Anh Tuấn', roundTitle: 'Vòng 1' })
    expect(JSON.stringify(genuine)).not.toMatch(/school|birth|@example|Nguyễn Trãi/)
    await t.payload.update({
      collection: 'contest-certificates',
      id: cert.id,
      data: { revokedAt: new Date().toISOString(), revokeReason: 'Vi phạm thể lệ' },
      ...as(org, 'editor'),
    })
    expect(await m.certs.verifyCertificate(t.payload, cert.code)).toMatchObject({
      status: 'revoked',
      revokeReason: 'Vi phạm thể lệ',
    })
    const unknown = m.codes.newCertificateCode()
    expect(await m.certs.verifyCertificate(t.payload, unknown)).toEqual({ status: 'unknown', code: unknown })
    expect(await m.certs.verifyCertificate(t.payload, 'ABCD-1234')).toEqual({ status: 'malformed' })
    const { checkContestQuery } = await import('@/modules/contests/server/result-params')
    expect(checkContestQuery('/cuoc-thi/xac-minh/ABCD-1234', new URLSearchParams())).toMatch(/không đúng dạng/)
    expect(checkContestQuery(`/cuoc-thi/xac-minh/${unknown}`, new URLSearchParams())).toBeNull()
    // The lookup form: a malformed typed code is a 400 too; an empty form and a well-formed code pass.
    expect(checkContestQuery('/cuoc-thi/xac-minh', new URLSearchParams('ma=ABCD-1234'))).toMatch(
      /“ABCD-1234” không đúng dạng/,
    )
    expect(checkContestQuery('/cuoc-thi/xac-minh', new URLSearchParams('ma='))).toBeNull()
    expect(checkContestQuery('/cuoc-thi/xac-minh', new URLSearchParams(`ma=${unknown}`))).toBeNull()
    expect(checkContestQuery(`/cuoc-thi/${SLUG}/vong-1/ket-qua`, new URLSearchParams('bang=x'))).toMatch(/không hợp lệ/)
  })

  it('lets the contestant erase their entry with its attempts, answers and certificate, recorded in the audit', async () => {
    const entry = (await entryOf('be.lan@example.vn'))!
    const cert = await m.certs.findCertificateOfEntry(t.payload, entry.id)
    expect(cert).not.toBeNull()
    const unconfirmed = await m.page.handleErase(
      post('/api/cuoc-thi/xoa-du-lieu', { contest: SLUG, round: 'vong-1', confirm: 'xoa' }, minorCookies),
      t.payload,
    )
    expect(unconfirmed.status).toBe(400)
    const res = await m.page.handleErase(
      post('/api/cuoc-thi/xoa-du-lieu', { contest: SLUG, round: 'vong-1', confirm: 'XÓA' }, minorCookies),
      t.payload,
    )
    expect(res.status).toBe(200)
    expect(res.headers.getSetCookie().some((c) => c.includes('Max-Age=0'))).toBe(true)
    const left = async (collection: 'contest-attempts' | 'contest-certificates', field = 'entry') =>
      (await t.payload.count({ collection, where: { [field]: { equals: entry.id } }, overrideAccess: true })).totalDocs
    expect(await entryOf('be.lan@example.vn')).toBeUndefined()
    expect(await left('contest-attempts')).toBe(0)
    expect(await left('contest-certificates')).toBe(0)
    expect(await m.certs.verifyCertificate(t.payload, cert!.code)).toMatchObject({ status: 'unknown' })
    const audit = await t.payload.find({
      collection: 'privacy-audit',
      where: { and: [{ action: { equals: 'erase' } }, { documentId: { equals: String(entry.id) } }] },
      overrideAccess: true,
    })
    expect(audit.docs[0]?.note).toMatch(/Người dự thi tự yêu cầu xóa/)
    expect((await m.ranking.rankRound(t.payload, round.id)).map((r) => r.publicName)).not.toContain('Lê T. N. L.')
  })

  it('lets an organiser erase an entry in the admin, with the same cascade and the organiser named in the audit', async () => {
    const entry = (await entryOf('thap.diem@example.vn'))!
    const answersBefore = await t.payload.count({ collection: 'contest-answers', overrideAccess: true })
    await t.payload.delete({ collection: 'contest-entries', id: entry.id, ...as(org, 'editor') })
    expect(await entryOf('thap.diem@example.vn')).toBeUndefined()
    const answersAfter = await t.payload.count({ collection: 'contest-answers', overrideAccess: true })
    expect(answersBefore.totalDocs - answersAfter.totalDocs).toBe(4)
    const audit = await t.payload.find({
      collection: 'privacy-audit',
      where: { and: [{ action: { equals: 'erase' } }, { documentId: { equals: String(entry.id) } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(audit.docs[0]?.user).toBe(org.users.editor.id)
  })
})

describe('role rights', () => {
  it('lets only the organisers read contestants’ contact data, and nobody else delete an entry', async () => {
    const entry = (await entryOf('co.mai@example.vn'))!
    for (const actor of ACTORS) {
      const board = ['admin', 'editor-in-chief', 'editor'].includes(actor)
      const read = await t.payload
        .findByID({ collection: 'contest-entries', id: entry.id, depth: 0, ...as(org, actor) })
        .then((d) => d.contact)
        .catch(() => null)
      expect(read, actor).toBe(board ? 'co.mai@example.vn' : null)
      const certs = await t.payload
        .find({ collection: 'contest-certificates', depth: 0, ...as(org, actor) })
        .then((r) => r.totalDocs)
        .catch(() => -1)
      expect(certs > 0, actor).toBe(board)
      if (!board) {
        const removed = await t.payload
          .delete({ collection: 'contest-entries', id: entry.id, ...as(org, actor) })
          .then(() => true)
          .catch(() => false)
        expect(removed, actor).toBe(false)
      }
    }
    // The code's hash, the token's hash and the contact's hash are hidden even from the organisers.
    const seen = await t.payload.findByID({ collection: 'contest-entries', id: entry.id, ...as(org, 'admin') })
    expect(seen).not.toHaveProperty('codeHash')
    expect(seen).not.toHaveProperty('accessTokenHash')
    expect(seen).not.toHaveProperty('contactHash')
  })

  it('shows the public published contests only, never drafts', async () => {
    await t.payload.create({
      collection: 'contests',
      data: {
        title: 'Cuộc thi nháp',
        slug: 'cuoc-thi-nhap',
        status: 'draft',
        eligibility: 'open',
        certificateRule: 'none',
        contactKinds: ['email'],
      },
      ...as(org, 'editor'),
    })
    const visible = await t.payload.find({ collection: 'contests', overrideAccess: false, user: null })
    expect(visible.docs.map((c) => c.slug)).not.toContain('cuoc-thi-nhap')
    expect(visible.docs.map((c) => c.slug)).toContain(SLUG)
  })
})
