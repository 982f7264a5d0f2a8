import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Contest, ContestQuestion, ContestRound } from '@/payload-types'
import type { AttemptItem } from '@/modules/contests/engine/items'
import { ACTORS, as, createOrg, messagesOf, rejectionOf, type Org } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { sessionHeaders } from '../helpers/sessions'

/**
 * The contest engine on a real database (both dialects): drawing and the answer key, the server's
 * clock (deadline, auto-submit, reload), attempts allowed, one browser session at a time,
 * concurrent answers, the ranking's tie-breaks, bad input through the JSON API, and who may read
 * the bank and the contestants' records.
 */

type Engine = typeof import('@/modules/contests/server/engine')
type Ranking = typeof import('@/modules/contests/server/ranking')
type Session = typeof import('@/modules/contests/server/contestant-session')

let t: TestPayload
let org: Org
let engine: Engine
let ranking: Ranking
let sessions: Session
let contest: Contest
let round: ContestRound
let prediction: ContestQuestion
const bank: ContestQuestion[] = []
const MIN = 60_000
const T0 = new Date(Date.now() - 5 * MIN)
let entrySeq = 0

const sessionId = (tag: string) => `phien-${tag}-0123456789abcdef`.slice(0, 40)

async function newEntry(roundId = round.id, name = 'Nguyễn Văn An') {
  entrySeq += 1
  const { token, hash } = sessions.newAccessToken()
  const entry = await t.payload.create({
    collection: 'contest-entries',
    // Test set-up written as the system (registration is the other module's part).
    overrideAccess: true,
    data: {
      contest: contest.id,
      round: roundId,
      fullName: `${name} ${entrySeq}`,
      publicName: `${name} ${entrySeq}`,
      school: entrySeq % 2 ? 'Trường THPT Chuyên Lê Quý Đôn' : 'Trường THCS Nguyễn Du',
      unit: entrySeq % 2 ? org.unitA.id : org.unitB.id,
      contactKind: 'email',
      contact: `thi-sinh-${entrySeq}@example.vn`,
      contactHash: `hash-${entrySeq}-${Date.now()}`,
      verifiedAt: new Date(T0.getTime() - MIN).toISOString(),
      accessTokenHash: hash,
    },
    depth: 0,
  })
  return { entry, token }
}

const caller = (token: string, tag: string, now: Date, roundId = round.id) => ({
  roundId,
  token,
  session: sessionId(tag),
  now,
})

async function snapshotOf(attemptId: number): Promise<AttemptItem[]> {
  const doc = await t.payload.findByID({
    collection: 'contest-attempts',
    id: attemptId,
    depth: 0,
    ...as(org, 'editor'),
  })
  return doc.items as unknown as AttemptItem[]
}

async function start(token: string, tag: string, now: Date) {
  const res = await engine.startAttempt(t.payload, caller(token, tag, now))
  if (!res.ok) throw new Error(`start refused: ${res.message}`)
  return res.attempt
}

beforeAll(async () => {
  t = await startTestPayload('contests-engine')
  engine = await import('@/modules/contests/server/engine')
  ranking = await import('@/modules/contests/server/ranking')
  sessions = await import('@/modules/contests/server/contestant-session')
  org = await createOrg(t.payload, 'ct')
  const editor = as(org, 'editor')
  for (let i = 1; i <= 8; i++) {
    bank.push(
      await t.payload.create({
        collection: 'contest-questions',
        data: {
          code: `PL-${i}`,
          kind: i === 8 ? 'multiple' : 'single',
          text: `Theo Luật Phổ biến, giáo dục pháp luật, nội dung số ${i} là gì?`,
          options: ['A', 'B', 'C', 'D'].map((k, j) => ({
            text: `Phương án ${k} của câu ${i}`,
            correct: i === 8 ? j < 2 : j === i % 4,
          })),
          points: 1,
        },
        depth: 0,
        ...editor,
      }),
    )
  }
  bank.push(
    await t.payload.create({
      collection: 'contest-questions',
      data: {
        code: 'PL-DS',
        kind: 'true-false',
        text: 'Trẻ em có quyền được bảo vệ để không bị xâm hại.',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
      },
      depth: 0,
      ...editor,
    }),
  )
  prediction = await t.payload.create({
    collection: 'contest-questions',
    data: { code: 'PL-DD', kind: 'prediction', text: 'Có bao nhiêu người trả lời đúng tất cả các câu hỏi?' },
    depth: 0,
    ...editor,
  })
  contest = await t.payload.create({
    collection: 'contests',
    data: {
      title: 'Cuộc thi tìm hiểu Luật Trẻ em',
      status: 'published',
      eligibility: 'open',
      contactKinds: ['email'],
      certificateRule: 'participation',
    },
    depth: 0,
    ...editor,
  })
  round = await t.payload.create({
    collection: 'contest-rounds',
    data: {
      contest: contest.id,
      number: 1,
      title: 'Vòng 1',
      opensAt: new Date(T0.getTime() - 60 * MIN).toISOString(),
      closesAt: new Date(T0.getTime() + 24 * 60 * MIN).toISOString(),
      questionCount: 5,
      timeLimitMinutes: 10,
      attemptsAllowed: 2,
      predictionQuestion: prediction.id,
    },
    depth: 0,
    ...editor,
  })
})

afterAll(async () => {
  await t?.close()
})

describe('drawing', () => {
  it('shuffles questions and options per attempt and the answer key still marks the right options', async () => {
    const { token } = await newEntry()
    const view = await start(token, 'draw', T0)
    expect(view.items).toHaveLength(5)
    expect(JSON.stringify(view.items)).not.toMatch(/"key"|correct/)
    const items = await snapshotOf(view.attemptId)
    // Every key points at the option the bank marks right, whatever the display order.
    for (const item of items) {
      const source = bank.find((q) => q.id === item.questionId)!
      const right = (source.options ?? []).filter((o) => o.correct).map((o) => o.text)
      expect(item.key.map((id) => item.options.find((o) => o.id === id)?.text).sort()).toEqual(right.sort())
    }
    for (const [index, item] of items.entries()) {
      const res = await engine.saveAnswer(t.payload, {
        ...caller(token, 'draw', new Date(T0.getTime() + (index + 1) * 1000)),
        attemptId: view.attemptId,
        itemIndex: index,
        choice: item.key,
      })
      expect(res.ok).toBe(true)
    }
    const done = await engine.submitAttempt(t.payload, {
      ...caller(token, 'draw', new Date(T0.getTime() + 90_000)),
      attemptId: view.attemptId,
    })
    expect(done).toMatchObject({ ok: true, result: { status: 'submitted', score: 5, maxScore: 5, correctCount: 5 } })
    expect(done.ok && done.result.durationMs).toBe(90_000)
  })

  it('tells the organiser in Vietnamese when a published round cannot draw its questions', async () => {
    const err = await rejectionOf(
      t.payload.create({
        collection: 'contest-rounds',
        data: {
          contest: contest.id,
          number: 9,
          title: 'Vòng quá nhiều câu',
          opensAt: T0.toISOString(),
          closesAt: new Date(T0.getTime() + 60 * MIN).toISOString(),
          questionCount: 50,
          timeLimitMinutes: 10,
          attemptsAllowed: 1,
        },
        ...as(org, 'editor'),
      }),
    )
    expect(messagesOf(err)).toContain('Ngân hàng chỉ có 9 câu hỏi')
  })
})

describe('the server owns the clock', () => {
  it('ignores answers after the limit, submits automatically and a reload resumes the same attempt', async () => {
    const { token } = await newEntry()
    const view = await start(token, 'clock', T0)
    const items = await snapshotOf(view.attemptId)
    const at = (s: number) => new Date(T0.getTime() + s * 1000)
    const answer = (index: number, s: number) =>
      engine.saveAnswer(t.payload, {
        ...caller(token, 'clock', at(s)),
        attemptId: view.attemptId,
        itemIndex: index,
        choice: items[index]!.key,
      })
    expect((await answer(0, 30)).ok).toBe(true)
    // A reload of the same tab: the same attempt, with the answer so far.
    const again = await engine.startAttempt(t.payload, caller(token, 'clock', at(40)))
    expect(again).toMatchObject({ ok: true, resumed: true, attempt: { attemptId: view.attemptId } })
    expect(again.ok && again.attempt.answers[0]).toEqual(items[0]!.key)
    expect(again.ok && again.attempt.deadlineAt).toBe(new Date(T0.getTime() + 10 * MIN).toISOString())
    expect((await answer(1, 599)).ok).toBe(true)
    const late = await answer(2, 601)
    expect(late).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('Đã hết thời gian làm bài') })
    const doc = await t.payload.findByID({ collection: 'contest-attempts', id: view.attemptId, ...as(org, 'editor') })
    expect(doc).toMatchObject({ status: 'timed-out', score: 2, correctCount: 2, durationMs: 10 * MIN })
    // Submitting afterwards answers with the automatic submission's result.
    const submit = await engine.submitAttempt(t.payload, {
      ...caller(token, 'clock', at(700)),
      attemptId: view.attemptId,
    })
    expect(submit).toMatchObject({ ok: true, result: { status: 'timed-out', score: 2 } })
  })

  it('the scheduled task submits attempts left open past their deadline', async () => {
    const { token } = await newEntry()
    const view = await start(token, 'task', T0)
    const { modules } = await import('@/modules')
    const task = modules.flatMap((m) => m.scheduledTasks ?? []).find((x) => x.name.startsWith('contests-'))!
    await task.run(t.payload, new Date(T0.getTime() + 9 * MIN))
    let doc = await t.payload.findByID({ collection: 'contest-attempts', id: view.attemptId, ...as(org, 'editor') })
    expect(doc.status).toBe('in-progress')
    expect(await task.run(t.payload, new Date(T0.getTime() + 11 * MIN))).toBe(true)
    doc = await t.payload.findByID({ collection: 'contest-attempts', id: view.attemptId, ...as(org, 'editor') })
    expect(doc).toMatchObject({ status: 'timed-out', score: 0, durationMs: 10 * MIN })
    expect(doc.submittedAt).toBe(new Date(T0.getTime() + 10 * MIN).toISOString())
  })

  it('allows only the round’s number of attempts', async () => {
    const { token } = await newEntry()
    for (const n of [1, 2]) {
      const now = new Date(T0.getTime() + n * MIN)
      const view = await start(token, `n${n}`, now)
      expect(view.attemptNo).toBe(n)
      expect(
        (await engine.submitAttempt(t.payload, { ...caller(token, `n${n}`, now), attemptId: view.attemptId })).ok,
      ).toBe(true)
    }
    expect(await engine.startAttempt(t.payload, caller(token, 'n3', new Date(T0.getTime() + 3 * MIN)))).toMatchObject({
      ok: false,
      status: 409,
      message: 'Bạn đã dùng hết số lượt thi của vòng này.',
    })
  })
})

describe('one browser session at a time', () => {
  it('refuses a second session while the first is active and lets it take over once the first goes quiet', async () => {
    const { token } = await newEntry()
    const view = await start(token, 'tab-a', T0)
    const second = await engine.resumeAttempt(t.payload, caller(token, 'tab-b', new Date(T0.getTime() + 20_000)))
    expect(second).toMatchObject({
      ok: false,
      status: 409,
      message: 'Bài thi đang được mở ở một cửa sổ hoặc thiết bị khác.',
    })
    expect(!second.ok && second.retryAfterSeconds).toBe(25)
    const items = await snapshotOf(view.attemptId)
    const answerFrom = (tag: string, s: number) =>
      engine.saveAnswer(t.payload, {
        ...caller(token, tag, new Date(T0.getTime() + s * 1000)),
        attemptId: view.attemptId,
        itemIndex: 0,
        choice: [items[0]!.options[0]!.id],
      })
    expect(await answerFrom('tab-b', 21)).toMatchObject({ ok: false, status: 409 })
    const takeover = await engine.resumeAttempt(t.payload, caller(token, 'tab-b', new Date(T0.getTime() + 50_000)))
    expect(takeover).toMatchObject({ ok: true, attempt: { attemptId: view.attemptId } })
    expect(await answerFrom('tab-a', 51)).toMatchObject({ ok: false, status: 409 })
    expect((await answerFrom('tab-b', 52)).ok).toBe(true)
  })
})

describe('concurrency', () => {
  it('keeps one of two simultaneous answers to the same item, and an answer racing a submit is graded if accepted', async () => {
    const { token } = await newEntry()
    const view = await start(token, 'race', T0)
    const items = await snapshotOf(view.attemptId)
    const now = new Date(T0.getTime() + 5000)
    const send = (index: number, choice: string[]) =>
      engine.saveAnswer(t.payload, {
        ...caller(token, 'race', now),
        attemptId: view.attemptId,
        itemIndex: index,
        choice,
      })
    const wrong = items[0]!.options.find((o) => !items[0]!.key.includes(o.id))!.id
    const results = await Promise.all([send(0, items[0]!.key), send(0, [wrong]), send(0, items[0]!.key)])
    expect(results.every((r) => r.ok)).toBe(true)
    const rows = await t.payload.find({
      collection: 'contest-answers',
      where: { attempt: { equals: view.attemptId } },
      ...as(org, 'editor'),
    })
    expect(rows.docs).toHaveLength(1)
    const [answer, submit] = await Promise.all([
      send(1, items[1]!.key),
      engine.submitAttempt(t.payload, { ...caller(token, 'race', now), attemptId: view.attemptId }),
    ])
    expect(submit.ok).toBe(true)
    const stored = rows.docs[0]!.correct ? 1 : 0
    expect(submit.ok && submit.result.correctCount).toBe(stored + (answer.ok ? 1 : 0))
    const dup = await engine.submitAttempt(t.payload, { ...caller(token, 'race', now), attemptId: view.attemptId })
    expect(dup).toMatchObject({
      ok: false,
      status: 409,
      message: 'Bài thi đã được nộp; không thể thay đổi câu trả lời.',
    })
  })
})

describe('ranking', () => {
  it('orders by score, then prediction closeness, then time, and recomputes when the prediction’s answer is set', async () => {
    const r2 = await t.payload.create({
      collection: 'contest-rounds',
      data: {
        contest: contest.id,
        number: 2,
        title: 'Vòng 2',
        opensAt: new Date(T0.getTime() - 60 * MIN).toISOString(),
        closesAt: new Date(T0.getTime() + 60 * MIN).toISOString(),
        questionCount: 2,
        timeLimitMinutes: 5,
        attemptsAllowed: 1,
        predictionQuestion: prediction.id,
      },
      ...as(org, 'editor'),
    })
    // [right answers, prediction, seconds taken]
    const plans: [number, number | null, number][] = [
      [1, 10, 30],
      [2, 50, 100],
      [2, 12, 200],
      [2, 12, 150],
      [2, null, 20],
    ]
    const ids: number[] = []
    for (const [i, [right, guess, seconds]] of plans.entries()) {
      const { token, entry } = await newEntry(r2.id, `Thí sinh ${i}`)
      ids.push(entry.id)
      const tag = `rk${i}`
      const res = await engine.startAttempt(t.payload, caller(token, tag, T0, r2.id))
      if (!res.ok) throw new Error(res.message)
      const items = await snapshotOf(res.attempt.attemptId)
      for (let k = 0; k < 2; k++) {
        const choice = k < right ? items[k]!.key : [items[k]!.options.find((o) => !items[k]!.key.includes(o.id))!.id]
        await engine.saveAnswer(t.payload, {
          ...caller(token, tag, new Date(T0.getTime() + 1000), r2.id),
          attemptId: res.attempt.attemptId,
          itemIndex: k,
          choice,
        })
      }
      if (guess !== null) {
        const p = await engine.savePrediction(t.payload, {
          ...caller(token, tag, new Date(T0.getTime() + 2000), r2.id),
          attemptId: res.attempt.attemptId,
          value: guess,
        })
        expect(p.ok).toBe(true)
      }
      await engine.submitAttempt(t.payload, {
        ...caller(token, tag, new Date(T0.getTime() + seconds * 1000), r2.id),
        attemptId: res.attempt.attemptId,
      })
    }
    // No answer to the prediction yet: score, then time.
    expect((await ranking.rankRound(t.payload, r2.id)).map((r) => r.entryId)).toEqual([
      ids[4],
      ids[1],
      ids[3],
      ids[2],
      ids[0],
    ])
    const updated = await t.payload.update({
      collection: 'contest-rounds',
      id: r2.id,
      data: { predictionAnswer: 11 },
      ...as(org, 'editor'),
    })
    expect(updated.predictionAnswer).toBe(11)
    const rows = await ranking.rankRound(t.payload, r2.id)
    expect(rows.map((r) => r.entryId)).toEqual([ids[3], ids[2], ids[1], ids[4], ids[0]])
    expect(rows.map((r) => [r.rank, r.score, r.predictionDiff])).toEqual([
      [1, 2, 1],
      [2, 2, 1],
      [3, 2, 39],
      [4, 2, null],
      [5, 1, 1],
    ])
    const best = await ranking.bestAttemptOf(t.payload, ids[3]!)
    expect(best).toMatchObject({ score: 2, predictionDiff: 1, durationMs: 150_000 })
    const schools = await ranking.rankSchools(t.payload, r2.id)
    expect(schools.reduce((s, g) => s + g.participants, 0)).toBe(5)
    const units = await ranking.rankUnits(t.payload, r2.id)
    expect(units.map((u) => u.label).sort()).toEqual([org.unitA.title, org.unitB.title].sort())
    // Publishing with no organiser's answer: the target is the number of entries with full marks (4).
    const published = await t.payload.update({
      collection: 'contest-rounds',
      id: r2.id,
      data: { predictionAnswer: null, resultsPublished: true },
      ...as(org, 'editor'),
    })
    expect(published.resultsPublishedAt).toBeTruthy()
    const after = await ranking.rankRound(t.payload, r2.id)
    expect(after.find((r) => r.entryId === ids[1])?.predictionDiff).toBe(46)
  })
})

describe('the JSON API refuses bad and forged requests in Vietnamese', () => {
  const post = async (
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
    raw?: string,
  ): Promise<{ status: number; json: { ok: boolean; message?: string; attempt?: { attemptId: number } } }> => {
    const { handleAttemptPost } = await import('@/modules/contests/server/attempt-routes')
    const [roundParam, action] = path.split('/') as [string, string]
    const res = await handleAttemptPost(
      new Request(`http://localhost/api/cuoc-thi/lam-bai/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'localhost', ...headers },
        body: raw ?? JSON.stringify(body),
      }),
      roundParam,
      action,
    )
    return { status: res.status, json: await res.json() }
  }

  it('answers 4xx JSON, never 500', async () => {
    const a = await newEntry()
    const b = await newEntry()
    const cookieA = {
      cookie: `${sessions.contestantCookieName(round.id)}=${a.token}`,
      'x-contest-session': sessionId('api-a'),
    }
    const cookieB = {
      cookie: `${sessions.contestantCookieName(round.id)}=${b.token}`,
      'x-contest-session': sessionId('api-b'),
    }
    const started = await post(`${round.id}/bat-dau`, {}, cookieA)
    expect(started.status).toBe(200)
    const attemptId = started.json.attempt!.attemptId
    const cases: [string, unknown, Record<string, string>, number, RegExp][] = [
      [`${round.id}/bat-dau`, {}, {}, 401, /chưa đăng ký/],
      [`${round.id}/bat-dau`, {}, { cookie: cookieA.cookie }, 400, /Phiên làm bài/],
      [`${round.id}/tra-loi`, { attemptId, itemIndex: 0, choice: ['x'] }, cookieB, 404, /Không tìm thấy lượt thi/],
      [`${round.id}/tra-loi`, { attemptId, itemIndex: 99, choice: [] }, cookieA, 400, /không thuộc lượt thi/],
      [`${round.id}/tra-loi`, { attemptId, itemIndex: 0, choice: ['khong-co'] }, cookieA, 400, /không thuộc câu hỏi/],
      [`${round.id}/tra-loi`, { attemptId, itemIndex: '0', choice: 'A' }, cookieA, 400, /không thuộc lượt thi/],
      [`${round.id}/du-doan`, { attemptId, value: -3 }, cookieA, 400, /Số dự đoán/],
      [`${round.id}/xoa-bai`, {}, cookieA, 404, /Không có thao tác/],
      ['abc/bat-dau', {}, cookieA, 404, /vòng thi/],
      [`${round.id}/bat-dau`, {}, { ...cookieA, origin: 'https://ke-gian.example' }, 403, /trang của cuộc thi/],
      [`${round.id}/bat-dau`, {}, { ...cookieA, 'content-type': 'text/plain' }, 403, /trang của cuộc thi/],
    ]
    for (const [path, body, headers, status, message] of cases) {
      const res = await post(path, body, headers)
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(status)
      expect(res.json.message).toMatch(message)
    }
    const bad = await post(`${round.id}/tra-loi`, null, cookieA, '{"attemptId": ')
    expect(bad.status).toBe(400)
    expect(bad.json.message).toMatch(/không đọc được/)
    expect((await post(`${round.id}/nop-bai`, { attemptId }, cookieA)).status).toBe(200)
    const twice = await post(`${round.id}/nop-bai`, { attemptId }, cookieA)
    expect(twice.status).toBe(409)
    expect(twice.json.message).toMatch(/đã được nộp/)
  })
})

describe('who may read the bank and the contestants’ records', () => {
  it('only the organisers read questions, entries, attempts and answers through the Local API', async () => {
    for (const actor of ACTORS) {
      const allowed = actor === 'admin' || actor === 'editor-in-chief' || actor === 'editor'
      for (const collection of [
        'contest-questions',
        'contest-entries',
        'contest-attempts',
        'contest-answers',
      ] as const) {
        const res = await t.payload.find({ collection, limit: 1, depth: 0, ...as(org, actor) }).catch((e: unknown) => e)
        if (allowed) expect((res as { totalDocs: number }).totalDocs, `${actor} ${collection}`).toBeGreaterThan(0)
        else expect((res as { status?: number }).status, `${actor} ${collection}`).toBe(403)
      }
    }
  })

  it('nobody but the organisers writes an attempt or an answer directly', async () => {
    const err = await rejectionOf(
      t.payload.create({
        collection: 'contest-answers',
        data: { attempt: 1, itemIndex: 0, answeredAt: new Date().toISOString() },
        ...as(org, 'contributor'),
      }),
    )
    expect(err.status).toBe(403)
  })
})

describe('the question bank in XLSX', () => {
  type Xlsx = typeof import('@/modules/contests/xlsx/questions')
  let x: Xlsx
  let write: typeof import('@/shared/xlsx/write').writeXlsx
  const editor = () => org.users.editor as unknown as import('@/shared/access/roles').RoleUser
  const sheet = (rows: (string | number)[][]) => write([{ name: 'Câu hỏi', rows: rows.map((cells) => ({ cells })) }])
  const header = () => x.QUESTION_COLUMNS.map((c) => c.header)
  const row = (cells: Record<string, string | number>) => x.QUESTION_COLUMNS.map((c) => cells[c.key] ?? '')

  beforeAll(async () => {
    x = await import('@/modules/contests/xlsx/questions')
    write = (await import('@/shared/xlsx/write')).writeXlsx
  })

  it('lists every problem as “Dòng N, cột …” and writes nothing', async () => {
    const before = await t.payload.count({ collection: 'contest-questions', overrideAccess: true })
    const bytes = sheet([
      header(),
      row({
        code: 'XL-1',
        kind: 'Một đáp án',
        text: 'Câu hỏi hợp lệ số một?',
        optionA: 'Có',
        optionB: 'Không',
        answer: 'A',
      }),
      row({
        code: 'XL-2',
        kind: 'Một đáp án',
        text: 'Câu hỏi thiếu đáp án?',
        optionA: 'Có',
        optionB: 'Không',
        answer: 'D',
      }),
      row({ code: 'XL 3', kind: 'Loại lạ', text: 'Câu', answer: 'A' }),
      row({ code: 'XL-4', kind: 'Đúng/Sai', text: 'Mệnh đề cần đánh giá đúng sai.', answer: 'Có thể' }),
      row({
        code: 'XL-1',
        kind: 'Nhiều đáp án',
        text: 'Trùng mã với dòng trên?',
        optionA: 'a',
        optionB: 'b',
        optionC: 'c',
        answer: 'A,B',
        citations: 'Điều 5 - 999/2099/QH99',
      }),
    ])
    const plan = await x.planQuestionImport(t.payload, editor(), bytes)
    expect(plan.ok).toBe(false)
    const texts = plan.ok ? [] : plan.problems.map(x.questionProblemText)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Dòng 3, cột Đáp án đúng: “D” không phải là phương án đã nhập.',
        expect.stringMatching(/^Dòng 4, cột Mã câu hỏi: Chỉ gồm chữ không dấu/),
        expect.stringMatching(/^Dòng 4, cột Loại: “Loại lạ” không hợp lệ/),
        'Dòng 5, cột Đáp án đúng: Câu Đúng/Sai: ghi “Đúng” hoặc “Sai”.',
        'Dòng 6, cột Mã câu hỏi: Trùng mã với dòng 2.',
      ]),
    )
    expect((await t.payload.count({ collection: 'contest-questions', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
    const notXlsx = await x.planQuestionImport(t.payload, editor(), new TextEncoder().encode('không phải xlsx'))
    expect(notXlsx).toMatchObject({ ok: false, status: 400 })
    const viewer = await x.planQuestionImport(t.payload, org.users.viewer as never, bytes)
    expect(viewer).toMatchObject({ ok: false, status: 403 })
  })

  it('imports a valid file, updates by code, and an export imports back unchanged', async () => {
    const bytes = sheet([
      header(),
      row({
        code: 'XL-10',
        kind: 'Nhiều đáp án',
        text: 'Những hành vi nào bị nghiêm cấm?',
        optionA: 'Bạo lực',
        optionB: 'Học tập',
        optionC: 'Xâm hại',
        answer: 'A,C',
        points: 2,
      }),
      row({
        code: 'XL-11',
        kind: 'Đúng/Sai',
        text: 'Trẻ em có quyền được học tập.',
        answer: 'Đúng',
        explanation: 'Quyền được giáo dục.',
      }),
      row({
        code: 'PL-1',
        kind: 'Một đáp án',
        text: 'Nội dung số 1 đã sửa qua tệp?',
        optionA: 'X',
        optionB: 'Y',
        answer: 'B',
      }),
    ])
    const plan = await x.planQuestionImport(t.payload, editor(), bytes)
    if (!plan.ok) throw new Error(plan.problems.map(x.questionProblemText).join('\n'))
    expect(plan.rows.map((r) => r.existingId === null)).toEqual([true, true, false])
    expect(await x.applyQuestionImport(t.payload, editor(), plan.rows)).toEqual({ ok: true, created: 2, updated: 1 })
    const pl1 = await t.payload.find({
      collection: 'contest-questions',
      where: { code: { equals: 'PL-1' } },
      overrideAccess: true,
    })
    expect(pl1.docs[0]).toMatchObject({ text: 'Nội dung số 1 đã sửa qua tệp?' })
    expect(pl1.docs[0]?.options?.map((o) => [o.text, o.correct])).toEqual([
      ['X', false],
      ['Y', true],
    ])
    const exported = await x.exportQuestions(t.payload, editor())
    const again = await x.planQuestionImport(t.payload, editor(), exported)
    if (!again.ok) throw new Error(again.problems.map(x.questionProblemText).join('\n'))
    expect(again.rows.every((r) => r.existingId !== null)).toBe(true)
    const xl10 = again.rows.find((r) => r.data.code === 'XL-10')!
    expect(xl10.data).toMatchObject({
      kind: 'multiple',
      points: 2,
      options: [
        { text: 'Bạo lực', correct: true },
        { text: 'Học tập', correct: false },
        { text: 'Xâm hại', correct: true },
      ],
    })
    const template = await x.planQuestionImport(t.payload, editor(), x.questionTemplate())
    expect(template.ok ? [] : template.problems.map(x.questionProblemText)).toEqual([
      'Dòng 2, cột Căn cứ: Không có văn bản số hiệu “102/2016/QH13” trong cơ sở dữ liệu.',
    ])
  })
})

describe('organisers’ reports', () => {
  it('counts per-question difficulty, participation and exports the results with contact data', async () => {
    const report = await import('@/modules/contests/server/round-report')
    const stats = await report.questionStats(t.payload, round.id)
    expect(stats.length).toBeGreaterThan(0)
    expect(stats.every((s) => s.correct <= s.answered && s.answered <= s.drawn)).toBe(true)
    const drawn = stats.reduce((sum, s) => sum + s.drawn, 0)
    expect(drawn % 5).toBe(0)
    const people = await report.participation(t.payload, round.id)
    expect(people.totals.finished).toBeGreaterThan(0)
    expect(people.schools.map((s) => s.label)).toContain('Trường THPT Chuyên Lê Quý Đôn')
    const { readXlsx } = await import('@/shared/xlsx/read')
    const bytes = await report.resultsWorkbook(t.payload, org.users.editor as never, round.id)
    const rows = readXlsx(bytes).rows
    expect(rows[0]).toContain('Thư điện tử / số điện thoại')
    expect(rows[1]?.[0]).toBe(1)
    expect(String(rows[1]?.[9])).toMatch(/@example\.vn$/)
    // Through the route: organisers only, and each export of contact data is in the privacy audit.
    const { resultsExportResponse } = await import('@/modules/contests/server/staff-routes')
    const { PASSWORD } = await import('../helpers/fixtures')
    const call = async (user: { email: string } | null) => {
      const headers = new Headers()
      if (user) {
        for (const [name, value] of Object.entries(await sessionHeaders(t.payload, user.email, PASSWORD))) {
          headers.set(name, value)
        }
      }
      return resultsExportResponse(
        new Request('http://localhost/api/quan-tri/cuoc-thi/ket-qua/x', { headers }),
        String(round.id),
      )
    }
    expect((await call(null)).status).toBe(401)
    expect((await call(org.users.contributor as never)).status).toBe(403)
    const exported = await call(org.users.editor as never)
    expect(exported.status).toBe(200)
    expect(readXlsx(new Uint8Array(await exported.arrayBuffer())).rows.length).toBe(rows.length)
    const audit = await t.payload.find({
      collection: 'privacy-audit',
      where: { and: [{ action: { equals: 'export' } }, { targetCollection: { equals: 'contest-rounds' } }] },
      overrideAccess: true,
    })
    expect(audit.docs.map((d) => [d.documentId, d.user && typeof d.user === 'object' ? d.user.id : d.user])).toEqual([
      [String(round.id), org.users.editor.id],
    ])
    const { contestsStatistics } = await import('@/modules/contests/statistics')
    const figures = await contestsStatistics.collect(t.payload, {
      from: new Date(T0.getTime() - 24 * 60 * MIN),
      to: new Date(T0.getTime() + 24 * 60 * MIN),
      unitIds: null,
      scope: 'public',
    })
    expect(figures.figures.find((f) => f.key === 'contests.participants')?.value).toBeGreaterThan(0)
    expect(figures.tables[0]?.rows.length).toBeGreaterThan(0)
  })
})

describe('an erased contestant’s attempt id', () => {
  it('never brings back the erased attempt’s questions for a later attempt given the same id', async () => {
    const store = await import('@/modules/contests/server/attempt-store')
    const now = new Date(T0.getTime() + 2 * MIN)
    const first = await newEntry()
    const erased = await start(first.token, 'xoa-1', now)
    const erasedItems = await snapshotOf(erased.attemptId)
    // The organiser erases the entry on request: its attempts go with it.
    await t.payload.delete({ collection: 'contest-entries', id: first.entry.id, ...as(org, 'editor') })
    const second = await newEntry()
    const later = new Date(now.getTime() + 5000)
    const next = await start(second.token, 'xoa-2', later)
    const stored = await snapshotOf(next.attemptId)
    // Another server instance may still hold the erased attempt's snapshot in memory under the same
    // id (SQLite reuses the highest deleted id): it must never be served for the new attempt.
    store.rememberItems(next.attemptId, new Date(erased.startedAt), erasedItems.slice().reverse())
    const read = await store.itemsOf(t.payload, next.attemptId, new Date(next.startedAt))
    expect(read.map((i) => i.text)).toEqual(stored.map((i) => i.text))
    const reloaded = await start(second.token, 'xoa-2', new Date(later.getTime() + 1000))
    expect(reloaded.attemptId).toBe(next.attemptId)
    expect(reloaded.items.map((i) => i.text)).toEqual(stored.map((i) => i.text))
  })
})

describe('a question’s legal basis', () => {
  it('links each cited provision to its anchor on the document page and refuses unreadable ones', async () => {
    const document = await t.payload.create({
      collection: 'legal-documents',
      data: {
        number: '23/2008/QH12',
        type: 'luat',
        title: 'Luật Giao thông đường bộ',
        issuer: 'Quốc hội',
        issuedAt: '2008-11-13T00:00:00.000Z',
      },
      overrideAccess: true,
      context: { systemAction: { action: 'publish', byName: 'Kiểm thử' }, disableRevalidate: true },
    })
    const data = {
      kind: 'true-false' as const,
      text: 'Người điều khiển xe mô tô phải đội mũ bảo hiểm.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
    }
    const question = await t.payload.create({
      collection: 'contest-questions',
      data: { ...data, citations: [{ document: document.id, article: 'điểm b khoản 2 Điều 30' }] },
      depth: 0,
      ...as(org, 'editor'),
    })
    expect(question.citations?.[0]?.anchor).toBe('dieu-30-khoan-2-diem-b')
    const refused = await rejectionOf(
      t.payload.create({
        collection: 'contest-questions',
        data: { ...data, citations: [{ document: document.id, article: 'phụ lục lạ' }] },
        ...as(org, 'editor'),
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.message).toMatch(/Không đọc được “phụ lục lạ”/)
  })
})
