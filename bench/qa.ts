/**
 * npm run bench:qa — the Q&A ask form's figures. Prints; never asserts. Last line: RESULT key=value …
 *
 * (1) Suggestion quality: the ALQAC 2022 law.json articles are indexed as legal-document articles
 *     through the site search engine, in a fresh SQLite database booted with the portal's own
 *     Payload config and migrations; each question of alqac2022/dev.jsonl is typed into the
 *     suggestion endpoint's server function (suggestForQuestion); Recall@5 of the gold article.
 * (2) Suggestion latency under 16 concurrent users: by default IN PROCESS, through the route
 *     handler (suggestionsResponse, the function GET /api/hoi-dap/goi-y runs), 16 loops at once.
 *     With BENCH_QA_URL=http://127.0.0.1:3400 it is measured OVER HTTP (16 concurrent fetch loops) against a
 *     running production server instead (e.g. `next build` with NEXT_DIST_DIR=.next-bench-qa and
 *     `next start -p 3400`, started with QA_SUGGEST_RATE_LIMIT raised).
 * (3) Submission throughput with the anti-spam checks on: the ask form handler (handleAskPost) in
 *     process, each submission with its own proof of work solved beforehand by the bench client
 *     (POW_MAX_NUMBER low), rate limits raised, the confirmation mail delivered to a local SMTP server.
 *
 * Env: BENCH_QA_QUERIES (all 432), BENCH_QA_LATENCY_REQUESTS (2000), BENCH_QA_SUBMISSIONS (200),
 * BENCH_QA_URL (HTTP mode), SHARED_DATA_DIR.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { SearchEntry } from '@/modules/search/engine'
import { readAlqacLaws } from '@/modules/legal-documents/parse/alqac'

const DATA = process.env.SHARED_DATA_DIR || path.resolve(import.meta.dirname, '../../shared/data')
const CONCURRENCY = 16

// The endpoint's limits are per address; the bench is one address doing the work of many.
process.env.QA_SUGGEST_RATE_LIMIT = '100000000'
process.env.POW_MAX_NUMBER = process.env.POW_MAX_NUMBER || '1000'
process.env.SUBMISSION_LIMIT_PER_IP_HOUR = '100000000'
process.env.SUBMISSION_LIMIT_PER_CONTACT_DAY = '100000000'

const TITLES: Record<string, string> = {
  '91/2015/QH13': 'Bộ luật Dân sự',
  '24/2018/QH14': 'Luật An ninh mạng',
  '45/2019/QH14': 'Bộ luật Lao động',
  '01/VBHN-VPQH': 'Bộ luật Hình sự',
}
const articleUrl = (law: string, article: string) => `/van-ban/${encodeURIComponent(law)}#dieu-${article}`

function lawEntries(): SearchEntry[] {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(DATA, 'legal-retrieval/alqac2022/law.json'), 'utf8'))
  const read = readAlqacLaws(json)
  if (!read.ok) throw new Error(read.message)
  return read.laws.flatMap((law) =>
    law.articles.map((article) => {
      const [first = '', ...rest] = article.text.split('\n')
      const title = law.title ?? TITLES[law.docId] ?? law.docId
      return {
        key: `legal-documents:${law.docId}:dieu-${article.number}`,
        collection: 'legal-documents',
        docId: law.docId,
        url: articleUrl(law.docId, article.number),
        title,
        heading: `Điều ${article.number}. ${first.trim()}`,
        body: rest.join('\n').trim(),
        docNumber: law.documentNumber,
        articleNumber: article.number,
        facets: { type: title.startsWith('Bộ luật') ? 'Bộ luật' : 'Luật' },
      }
    }),
  )
}

type Question = { question: string; gold: string[] }

function devQuestions(): Question[] {
  return fs
    .readFileSync(path.join(DATA, 'legal-retrieval/alqac2022/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const q = JSON.parse(l) as { question: string; relevant: Array<{ law_id: string; article_id: string }> }
      return { question: q.question, gold: q.relevant.map((r) => articleUrl(r.law_id, r.article_id)) }
    })
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0
const ms = (n: number) => n.toFixed(1)

/** 16 loops each sending its next request when the last one answered: 16 users typing at once. */
async function concurrent(
  requests: number,
  send: (i: number) => Promise<Response>,
): Promise<{ p50: number; p95: number; rps: number; errors: number }> {
  const lat: number[] = []
  let next = 0
  let errors = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests) {
        const i = next++
        const t0 = performance.now()
        const res = await send(i)
        await res.arrayBuffer()
        if (res.status !== 200) errors += 1
        lat.push(performance.now() - t0)
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  lat.sort((a, b) => a - b)
  return { p50: percentile(lat, 50), p95: percentile(lat, 95), rps: lat.length / seconds, errors }
}

async function main(): Promise<void> {
  const { startTestPayload } = await import('../tests/helpers/payload')
  const { startMailServer } = await import('../tests/helpers/mail')
  const mail = await startMailServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mail.port)
  process.env.TEST_DB = 'sqlite'
  const t = await startTestPayload('bench-qa')
  const { payload } = t
  try {
    const { createSearchEngine } = await import('@/modules/search/engine')
    const { suggestForQuestion } = await import('@/modules/qa/public/suggest')
    const { suggestionsResponse } = await import('@/modules/qa/public/suggest-route')
    const { handleAskPost } = await import('@/modules/qa/public/submit-question')
    const { createChallenge, solveChallenge, encodeSolution } = await import('@/shared/antispam')

    const entries = lawEntries()
    let started = performance.now()
    await createSearchEngine(payload).index(entries)
    console.log(`Indexed ${entries.length} ALQAC 2022 articles in ${ms((performance.now() - started) / 1000)} s`)

    // (1) Recall@5 through the suggestion function.
    const questions = devQuestions().slice(0, Number(process.env.BENCH_QA_QUERIES || Infinity))
    let hits = 0
    const times: number[] = []
    for (const q of questions) {
      started = performance.now()
      const s = await suggestForQuestion(payload, q.question)
      times.push(performance.now() - started)
      if (s.articles.some((a) => q.gold.includes(a.url))) hits += 1
    }
    const recall5 = hits / questions.length
    times.sort((a, b) => a - b)
    console.log(
      `Suggestions (alqac2022 dev, ${questions.length} questions): Recall@5 of the gold article ${recall5.toFixed(3)}; ` +
        `sequential p50 ${ms(percentile(times, 50))} ms, p95 ${ms(percentile(times, 95))} ms`,
    )

    // (2) Latency under 16 concurrent users.
    const requests = Number(process.env.BENCH_QA_LATENCY_REQUESTS || 2000)
    const texts = questions.map((q) => q.question)
    const url = (base: string, i: number) =>
      `${base}/api/hoi-dap/goi-y?q=${encodeURIComponent(texts[i % texts.length] ?? '')}`
    const base = process.env.BENCH_QA_URL?.replace(/\/$/, '')
    const latency = base
      ? { mode: 'http', ...(await concurrent(requests, (i) => fetch(url(base, i)))) }
      : {
          mode: 'in-process',
          ...(await concurrent(requests, (i) => suggestionsResponse(new Request(url('http://127.0.0.1', i))))),
        }
    console.log(
      `Suggestion endpoint, ${CONCURRENCY} concurrent users (${latency.mode}): p50 ${ms(latency.p50)} ms, ` +
        `p95 ${ms(latency.p95)} ms, ${latency.rps.toFixed(0)} req/s, ${latency.errors} errors (target p95 ≤ 100 ms)`,
    )

    // (3) Submissions per second with the anti-spam checks on.
    const field = await payload.create({ collection: 'legal-fields', data: { title: 'Lao động', slug: 'lao-dong' } })
    const count = Number(process.env.BENCH_QA_SUBMISSIONS || 200)
    started = performance.now()
    const pows = Array.from({ length: count }, () => encodeSolution(solveChallenge(createChallenge())!))
    const powSeconds = (performance.now() - started) / 1000
    let accepted = 0
    let next = 0
    started = performance.now()
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < count) {
          const i = next++
          const form = new FormData()
          form.set('name', `Người hỏi ${i}`)
          form.set('email', `nguoi-hoi-${i}@example.vn`)
          form.set('field', String(field.id))
          form.set('title', `Người lao động nghỉ việc có được trả tiền phép năm không? (${i})`)
          form.set('body', texts[i % texts.length] ?? 'Câu hỏi về quyền lợi của người lao động khi nghỉ việc.')
          form.set('consent', 'on')
          form.set('altcha', pows[i] ?? '')
          const res = await handleAskPost(
            new Request('http://127.0.0.1/api/hoi-dap/gui-cau-hoi', {
              method: 'POST',
              body: form,
              headers: { Accept: 'application/json', 'x-real-ip': `10.0.${i % 250}.${i % 200}` },
            }),
            payload,
          )
          if (res.status === 200) accepted += 1
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const throughput = accepted / seconds
    console.log(
      `Submissions with anti-spam checks (in process, 4 at a time, POW_MAX_NUMBER=${process.env.POW_MAX_NUMBER}): ` +
        `${accepted}/${count} accepted in ${ms(seconds)} s = ${throughput.toFixed(1)} submissions/s ` +
        `(client proof of work solved beforehand: ${ms(powSeconds)} s); ${mail.messages.length} confirmation e-mails received`,
    )
    console.log(
      `RESULT recall_at_5=${recall5.toFixed(3)} questions=${questions.length} suggest_mode=${latency.mode} ` +
        `suggest_p50_ms=${ms(latency.p50)} suggest_p95_ms=${ms(latency.p95)} suggest_rps=${latency.rps.toFixed(0)} ` +
        `submissions_per_s=${throughput.toFixed(1)} submissions_accepted=${accepted}`,
    )
  } finally {
    await t.close()
    await mail.close()
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
