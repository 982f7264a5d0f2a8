#!/usr/bin/env node
/**
 * Automated security scan of a running portal (issue 8 §4): sqlmap against every public query
 * parameter and form this list names (and the forms it finds by crawling), then wapiti's crawler
 * with its injection, XSS, command, file, CRLF and open-redirect modules. Debian packages:
 *   apt-get install -y sqlmap wapiti
 * Usage: SCAN_URL=http://127.0.0.1:3000 npm run scan:security
 * Prints each finding and ends with one line: RESULT sqlmap_targets=… sqlmap_findings=… wapiti_findings=…
 * Exit code 1 when anything is found, 2 when the scan could not run.
 *
 * The portal limits requests per address; when it runs behind a trusted proxy (the default outside
 * production) sqlmap's `xforwardedfor` tamper gives each request its own address, so the limits do
 * not hide an injection. SCAN_SQLMAP_LEVEL/RISK (default 2/1) and SCAN_WAPITI_SECONDS (default 600)
 * trade depth for time.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const base = (process.env.SCAN_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
const level = process.env.SCAN_SQLMAP_LEVEL || '2'
const risk = process.env.SCAN_SQLMAP_RISK || '1'
const wapitiSeconds = Number(process.env.SCAN_WAPITI_SECONDS || 600)
const only = process.env.SCAN_ONLY // 'sqlmap' | 'wapiti'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-scan-'))

function fail(message) {
  console.error(`✖ ${message}`)
  process.exit(2)
}

for (const tool of ['sqlmap', 'wapiti']) {
  if (only && only !== tool) continue
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    fail(`Chưa cài ${tool}: chạy "apt-get install -y sqlmap wapiti" rồi thử lại.`)
  }
}
try {
  const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) })
  if (!res.ok) fail(`${base}/healthz trả lời ${res.status}: cổng chưa sẵn sàng.`)
} catch (err) {
  fail(`Không kết nối được ${base} (${err.message}). Hãy chạy cổng (npm start) hoặc đặt SCAN_URL.`)
}

/** Public query parameters and forms: every GET filter and every form a visitor can send. */
const GET_TARGETS = [
  '/tim-kiem?q=luat+giao+thong&loai=van-ban&linh_vuc=giao-thong&doi_tuong=hoc-sinh&don_vi=1&sap_xep=moi-nhat&tu=2024-01-01&den=2026-12-31&trang=1',
  '/van-ban?q=nghi+quyet&loai=nghi-quyet&linh-vuc=giao-thong&tinh-trang=con-hieu-luc&nam=2024&co-quan=1&trang=1',
  '/hoi-dap?q=dat+dai&linh-vuc=dat-dai&trang=1',
  '/hoi-dap/tra-cuu?ma=HD-2026-000001',
  '/tin-tuc?trang=1',
  '/thu-vien?q=luat&loai=video&linh-vuc=giao-thong&doi-tuong=hoc-sinh&trang=1',
  '/danh-ba?q=so+tu+phap&don-vi=1&cap=tinh',
  '/doi-ngu?q=nguyen&don-vi=1&linh-vuc=dat-dai',
  '/thong-ke?ky=nam&nam=2026&don-vi=1',
  '/cuoc-thi/xac-minh?ma=ABCD-EFGH-JKLM',
  '/api/search?q=hop+dong&limit=5',
  '/api/hoi-dap/goi-y?q=thua+ke',
  '/api/open/v1/articles?limit=5&updatedSince=2025-01-01T00:00:00Z&field=giao-thong',
  '/api/open/v1/legal-documents?limit=5&type=nghi-quyet&status=con-hieu-luc',
  '/api/open/v1/changes?limit=5',
  '/rss.xml?trang=1',
]

/** Forms posted by visitors (anti-spam refuses most of them: sqlmap checks the refusal never leaks). */
const POST_TARGETS = [
  {
    path: '/api/hoi-dap/gui-cau-hoi',
    data: 'title=Hoi+ve+thua+ke&body=Xin+hoi+ve+thua+ke&name=Nguyen+Van+A&email=a%40example.vn&phone=0912345678&field=1&area=1&consent=on',
  },
  {
    path: '/api/doi-thoai/gop-y',
    data: 'doi-thoai=1&gop-y=Y+kien+cua+toi&name=Tran+B&email=b%40example.vn&consent=on',
  },
  { path: '/api/doi-thoai/bao-cao', data: 'gop-y=1&ly-do=spam' },
  { path: '/api/cuoc-thi/dang-ky', data: 'round=1&name=Le+C&email=c%40example.vn&phone=0912345678&consent=on' },
  { path: '/api/cuoc-thi/xac-thuc', data: 'round=1&email=c%40example.vn&khoa=123456' },
  { path: '/api/hoi-dap/luot-xem', data: 'id=1' },
]

function run(command, args, label) {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolve({ code, output, label }))
  })
}

const started = Date.now()
const findings = []
let sqlmapTargets = 0

if (!only || only === 'sqlmap') {
  const common = [
    '--batch',
    `--level=${level}`,
    `--risk=${risk}`,
    '--technique=BEUST',
    '--time-sec=2',
    '--timeout=20',
    '--retries=1',
    '--threads=2',
    '--tamper=xforwardedfor',
    '--disable-coloring',
    `--output-dir=${path.join(work, 'sqlmap')}`,
  ]
  const jobs = [
    ...GET_TARGETS.map((t) => ({ label: `GET ${t}`, args: ['-u', `${base}${t}`] })),
    ...POST_TARGETS.map((t) => ({ label: `POST ${t.path}`, args: ['-u', `${base}${t.path}`, `--data=${t.data}`] })),
    {
      label: 'forms found by crawling',
      args: ['-u', `${base}/`, '--crawl=2', '--forms', '--crawl-exclude=admin|/api/users'],
    },
  ]
  for (const job of jobs) {
    sqlmapTargets++
    const t0 = Date.now()
    const result = await run('sqlmap', [...common, ...job.args], job.label)
    const vulnerable = /sqlmap identified the following injection point|is vulnerable\b/i.test(result.output)
    const tested = (result.output.match(/testing '/g) ?? []).length
    console.log(
      `sqlmap  ${vulnerable ? '✖ CÓ LỖ HỔNG' : 'ok'}  ${job.label}  (${tested} phép thử, ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    )
    if (vulnerable) {
      findings.push({ tool: 'sqlmap', target: job.label, detail: result.output.split('\n').slice(-40).join('\n') })
    }
  }
}

let wapitiFindings = 0
if (!only || only === 'wapiti') {
  const report = path.join(work, 'wapiti.json')
  const t0 = Date.now()
  const result = await run(
    'wapiti',
    [
      '-u',
      `${base}/`,
      '--scope',
      'domain',
      '-m',
      'sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,xxe',
      '-x',
      `${base}/admin`,
      '-x',
      `${base}/api/users`,
      '--max-scan-time',
      String(wapitiSeconds),
      '--max-links-per-page',
      '40',
      '--flush-session',
      '-f',
      'json',
      '-o',
      report,
    ],
    'wapiti',
  )
  if (!fs.existsSync(report)) {
    console.error(result.output.split('\n').slice(-30).join('\n'))
    fail('wapiti không tạo được báo cáo.')
  }
  const json = JSON.parse(fs.readFileSync(report, 'utf8'))
  const crawled = json.infos?.crawled_pages_nbr ?? json.infos?.crawled_pages?.length ?? '?'
  // Vulnerabilities, and anomalies (a 500 or a time-out under attack: the portal must answer 4xx).
  for (const [category, items] of [
    ...Object.entries(json.vulnerabilities ?? {}),
    ...Object.entries(json.anomalies ?? {}),
  ]) {
    for (const item of items) {
      wapitiFindings++
      findings.push({
        tool: 'wapiti',
        target: `${category}: ${item.method ?? ''} ${item.path ?? ''}`,
        detail: item.info ?? '',
      })
      console.log(`wapiti  ✖ ${category}  ${item.method ?? ''} ${item.path ?? ''}  ${item.parameter ?? ''}`)
    }
  }
  console.log(
    `wapiti  ${crawled} trang đã duyệt, ${wapitiFindings} phát hiện (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  )
}

for (const finding of findings) console.log(`\n── ${finding.tool}: ${finding.target}\n${finding.detail}`)
const sqlmapFindings = findings.filter((f) => f.tool === 'sqlmap').length
console.log(
  `RESULT sqlmap_targets=${sqlmapTargets} sqlmap_findings=${sqlmapFindings} wapiti_findings=${wapitiFindings} seconds=${Math.round((Date.now() - started) / 1000)}`,
)
process.exit(findings.length > 0 ? 1 : 0)
