/**
 * `npm run guide:screenshots`: takes the screenshots the user guide (docs/huong-dan-su-dung.md)
 * shows, from a running portal with the demo data, and saves them to public/huong-dan/.
 *
 *   BASE_URL       the portal (default http://localhost:3000)
 *   DEMO_PASSWORD  the demo accounts' password (default Demo@2026)
 *   CHROMIUM_PATH  the browser (default /usr/bin/chromium)
 *
 * It signs in as the demo accounts. To show the workflow it creates one illustrative article (its
 * title starts with MARKER), sends it for review and returns it with a comment; the article, its
 * versions and the edit locks the browser took are deleted at the end with the administrator's
 * session, also when a step fails. Leftovers of an interrupted run are removed at the start.
 * Submitting and returning send the usual workflow e-mails (only logged when SMTP is not set).
 */
import { blocksToLexical } from '../src/shared/text/blocks-to-lexical'
import { DEMO_TOTP_SECRET } from '../src/modules/organisation/mfa/demo-secret'
import { base32Decode, hotp, totpStep } from '../src/shared/security/totp'
import fs from 'node:fs/promises'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import sharp from 'sharp'

const BASE_URL = (process.env.BASE_URL || 'http://localhost:3000').replace(/\/+$/, '')
const PASSWORD = process.env.DEMO_PASSWORD || 'Demo@2026'
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const OUT_DIR = path.resolve(process.cwd(), 'public', 'huong-dan')
const VIEWPORT = { width: 1280, height: 800 }
/** Screenshots above this size are reduced to a 256-colour palette. */
const MAX_BYTES = 240 * 1024
/** Height of Payload's sticky document bar; regions are scrolled to sit below it. */
const STICKY_TOP = 72
/** Viewport height while a region taller than the screen is shot (the width stays 1280). */
const TALL_HEIGHT = 1600
const MARKER = '[Minh họa hướng dẫn]'

const ACCOUNTS = {
  admin: 'quantri@pbgdpl.local',
  chief: 'truongban@pbgdpl.local',
  editor: 'bientap@pbgdpl.local',
  contributor: 'ctv.sogddt@pbgdpl.local',
} as const
type Account = keyof typeof ACCOUNTS

type Doc = { id: number | string; [key: string]: unknown }
type Saved = { name: string; bytes: number; width: number; height: number }

const saved: Saved[] = []

function log(message: string): void {
  console.log(`[guide] ${message}`)
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  })
}

/** A browser context signed in as one of the demo accounts (the session cookie is shared with its pages). */
async function signIn(browser: Browser, account: Account): Promise<BrowserContext> {
  const context = await newContext(browser)
  const response = await context.request.post(`${BASE_URL}/api/users/login`, {
    data: { email: ACCOUNTS[account], password: PASSWORD },
  })
  if (!response.ok()) {
    throw new Error(`Không đăng nhập được bằng ${ACCOUNTS[account]} (${response.status()}): ${await response.text()}`)
  }
  const { user } = (await response.json()) as { user?: { role?: string } }
  if (['admin', 'editor-in-chief', 'editor'].includes(user?.role ?? '')) {
    // The second sign-in step, with the demo accounts' published authenticator key.
    const verify = await context.request.post(`${BASE_URL}/api/users/mfa/verify`, {
      data: { code: await demoCode(ACCOUNTS[account]) },
    })
    if (!verify.ok()) throw new Error(`Xác thực hai bước không thành công (${verify.status()}): ${await verify.text()}`)
  }
  return context
}

const usedSteps = new Map<string, number>()

/** A code each account has not used yet (the portal accepts each 30-second step once). */
async function demoCode(email: string): Promise<string> {
  for (;;) {
    const now = totpStep(Date.now())
    const step = [now, now + 1].find((s) => s > (usedSteps.get(email) ?? -Infinity))
    if (step !== undefined) {
      usedSteps.set(email, step)
      return hotp(base32Decode(DEMO_TOTP_SECRET) as Buffer, step)
    }
    await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200))
  }
}

/** Calls the REST API with the context's session; throws with the server's message on failure. */
async function api<T = Record<string, unknown>>(
  context: BrowserContext,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await context.request.fetch(`${BASE_URL}${url}`, { method, data })
  const text = await response.text()
  if (!response.ok()) throw new Error(`${method} ${url} → ${response.status()}: ${text.slice(0, 300)}`)
  return (text ? JSON.parse(text) : {}) as T
}

async function findOne(context: BrowserContext, collection: string, query: string): Promise<Doc | null> {
  const found = await api<{ docs: Doc[] }>(context, 'GET', `/api/${collection}?${query}&limit=1&depth=0`)
  return found.docs[0] ?? null
}

/** Writes a PNG, losslessly recompressed, or as a palette image when still too large. */
async function savePng(name: string, shot: Buffer): Promise<void> {
  let out = await sharp(shot).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer()
  if (out.length > MAX_BYTES) {
    out = await sharp(shot).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer()
  }
  const meta = await sharp(out).metadata()
  await fs.writeFile(path.join(OUT_DIR, name), out)
  saved.push({ name, bytes: out.length, width: meta.width ?? 0, height: meta.height ?? 0 })
  log(`${name}: ${meta.width}×${meta.height}, ${(out.length / 1024).toFixed(0)} KB`)
}

/** Waits until the page is quiet, then a little longer for client components to settle. */
async function settle(page: Page, extra = 700): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(extra)
}

/**
 * Opens an admin page. A document another session is editing shows a lock dialog: it is shot
 * when `lockShot` names a file, then the script's session takes the document over.
 */
async function open(page: Page, url: string, lockShot?: string): Promise<void> {
  await page.goto(`${BASE_URL}${url}`)
  await settle(page)
  const locked = page.locator('#document-locked')
  if (await locked.isVisible().catch(() => false)) {
    if (lockShot)
      await savePng(lockShot, await locked.locator('.modal-content, div').first().screenshot({ type: 'png' }))
    await locked.getByRole('button', { name: 'Tiếp quản' }).click()
    await settle(page)
  } else if (lockShot) {
    console.warn(`[guide] Không thấy hộp “Tài liệu bị khóa”: ${lockShot} không được chụp lại.`)
  }
}

/** Leaves a document's edit view through the admin, so that Payload releases its edit lock. */
async function leave(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/admin`)
  await settle(page, 300)
}

/**
 * Shoots a list view's first screen. The list is loaded in a tall viewport: Payload fills the
 * relationship cells (section, unit, parent…) of the rows visible when it loads and may leave
 * rows further down showing "<Không có …>" although they have a value.
 */
async function shootList(page: Page, url: string, name: string): Promise<void> {
  await page.setViewportSize({ width: VIEWPORT.width, height: TALL_HEIGHT })
  try {
    await open(page, url)
    await page.waitForTimeout(500)
    await savePng(name, await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...VIEWPORT } }))
  } finally {
    await page.setViewportSize(VIEWPORT)
  }
}

async function shootViewport(page: Page, name: string): Promise<void> {
  await savePng(name, await page.screenshot({ type: 'png' }))
}

/**
 * Shoots the region from the top of `first` to the bottom of `last` (and as wide as both). The
 * viewport keeps its width but grows taller for the shot, so a long region is not cut off.
 */
async function shootRegion(page: Page, name: string, first: Locator, last: Locator = first, pad = 12): Promise<void> {
  await page.setViewportSize({ width: VIEWPORT.width, height: TALL_HEIGHT })
  try {
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.waitForTimeout(400)
    await first.scrollIntoViewIfNeeded()
    const top = await first.boundingBox()
    if (top && top.y < STICKY_TOP) {
      await page.evaluate((dy) => window.scrollBy(0, dy), top.y - STICKY_TOP)
      await page.waitForTimeout(300)
    }
    const a = await first.boundingBox()
    const b = await last.boundingBox()
    if (!a || !b) throw new Error(`Không tìm thấy vùng cần chụp cho ${name}.`)
    const x = Math.max(0, Math.min(a.x, b.x) - pad)
    const y = Math.max(0, a.y - pad)
    const right = Math.min(VIEWPORT.width, Math.max(a.x + a.width, b.x + b.width) + pad)
    const bottom = Math.min(TALL_HEIGHT, b.y + b.height + pad)
    await savePng(name, await page.screenshot({ type: 'png', clip: { x, y, width: right - x, height: bottom - y } }))
  } finally {
    await page.setViewportSize(VIEWPORT)
  }
}

/** A field's wrapper in Payload's edit view, found from its input id. */
function fieldWrapper(page: Page, name: string): Locator {
  return page.locator(`.field-type#field-${name}, .field-type:has(#field-${name})`).first()
}

function lexical(paragraphs: string[]) {
  return blocksToLexical(paragraphs.map((text) => ({ type: 'p' as const, text })))
}

/** Deletes illustrative articles an interrupted run left behind. */
async function removeLeftovers(admin: BrowserContext): Promise<void> {
  const found = await api<{ docs: Doc[] }>(
    admin,
    'GET',
    `/api/articles?where[title][like]=${encodeURIComponent(MARKER)}&limit=50&depth=0`,
  )
  for (const doc of found.docs) {
    if (typeof doc.title === 'string' && doc.title.startsWith(MARKER)) {
      await api(admin, 'DELETE', `/api/articles/${doc.id}`)
      log(`Đã xóa bài minh họa còn sót lại #${doc.id}.`)
    }
  }
}

/** Removes the edit locks this run took on the illustrative article and on the site settings. */
async function releaseLocks(admin: BrowserContext, articleId: number | string | null, since: Date): Promise<void> {
  const locks = await api<{ docs: Doc[] }>(admin, 'GET', '/api/payload-locked-documents?limit=100&depth=0')
  const ours = new Set<string>()
  for (const account of Object.values(ACCOUNTS)) {
    const user = await findOne(admin, 'users', `where[email][equals]=${encodeURIComponent(account)}`)
    if (user) ours.add(String(user.id))
  }
  for (const lock of locks.docs) {
    const doc = lock.document as { relationTo?: string; value?: unknown } | null
    const user = lock.user as { value?: unknown } | null
    const byUs = user ? ours.has(String(user.value)) : false
    const recent = typeof lock.updatedAt === 'string' && new Date(lock.updatedAt) >= since
    const onArticle = articleId !== null && doc?.relationTo === 'articles' && String(doc.value) === String(articleId)
    const onSettings = lock.globalSlug === 'site-settings' && byUs && recent
    if (onArticle || onSettings) await api(admin, 'DELETE', `/api/payload-locked-documents/${lock.id}`)
  }
}

async function main(): Promise<void> {
  await fs.mkdir(OUT_DIR, { recursive: true })
  const started = new Date(Date.now() - 1000)
  const browser = await launch()
  const contexts: BrowserContext[] = []
  const session = async (account: Account) => {
    const context = await signIn(browser, account)
    contexts.push(context)
    return context
  }
  const admin = await session('admin')
  let articleId: number | string | null = null
  try {
    await removeLeftovers(admin)

    // Public site and login page, without a session.
    const visitor = await newContext(browser)
    contexts.push(visitor)
    const page = await visitor.newPage()
    await open(page, '/admin/login')
    await shootViewport(page, 'dang-nhap.png')
    await open(page, '/')
    await shootViewport(page, 'trang-chu.png')
    const latest = await api<{ docs: Doc[] }>(
      visitor,
      'GET',
      '/api/articles?where[workflowState][equals]=published&sort=-publishedAt&limit=1&depth=0',
    )
    const latestSlug = latest.docs[0]?.slug
    if (typeof latestSlug === 'string') {
      await open(page, `/bai-viet/${latestSlug}`)
      await shootViewport(page, 'trang-bai-viet.png')
    }

    // Contributor: the new-article form, the image upload form, then a draft of their own.
    const contributor = await session('contributor')
    const cPage = await contributor.newPage()
    await open(cPage, '/admin/collections/articles/create')
    await shootViewport(cPage, 'tao-bai-viet.png')
    await open(cPage, '/admin/collections/media/create')
    await shootRegion(
      cPage,
      'tai-anh-mo-ta.png',
      cPage.locator('.file-field, .dropzone').first(),
      fieldWrapper(cPage, 'credit'),
    )

    const section =
      (await findOne(contributor, 'sections', 'where[slug][equals]=hoat-dong-truong-hoc')) ??
      (await findOne(contributor, 'sections', 'sort=order'))
    if (!section) throw new Error('Chưa có chuyên mục nào: hãy nạp dữ liệu mẫu trước.')
    const field = await findOne(contributor, 'legal-fields', 'where[slug][equals]=giao-thong')
    const audience = await findOne(contributor, 'audiences', 'where[slug][equals]=hoc-sinh')
    const created = await api<{ doc: Doc }>(contributor, 'POST', '/api/articles?depth=0', {
      title: `${MARKER} Trường THCS Lợi Bình Nhơn tuyên truyền pháp luật về an toàn giao thông`,
      summary: 'Bài cộng tác viên soạn để minh họa quy trình gửi duyệt; bài này được xóa sau khi chụp màn hình.',
      body: lexical([
        'Sáng nay, Trường THCS Lợi Bình Nhơn phối hợp Công an xã tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh.',
        'Học sinh được nghe giới thiệu các quy định về đội mũ bảo hiểm, độ tuổi điều khiển xe và cách tham gia giao thông an toàn trên đường đến trường.',
      ]),
      section: section.id,
      fields: field ? [field.id] : [],
      audiences: audience ? [audience.id] : [],
    })
    articleId = created.doc.id
    log(`Đã tạo bài minh họa #${articleId}.`)

    await open(cPage, `/admin/collections/articles/${articleId}`)
    await shootRegion(
      cPage,
      'thao-tac-cong-tac-vien.png',
      fieldWrapper(cPage, 'workflowState'),
      fieldWrapper(cPage, 'publishedAt'),
    )
    // Send it for review through the form, as a contributor would.
    await cPage.getByLabel('Gửi duyệt').check()
    await cPage.getByRole('button', { name: 'Lưu', exact: true }).click()
    await settle(cPage, 1500)
    const afterSubmit = await api<Doc>(contributor, 'GET', `/api/articles/${articleId}?depth=0`)
    if (afterSubmit.workflowState !== 'submitted') {
      log('Gửi duyệt qua biểu mẫu chưa thành công; gửi duyệt qua API.')
      await api(contributor, 'PATCH', `/api/articles/${articleId}?depth=0`, { workflowAction: 'submit' })
    }
    // The contributor's page stays open on the article (and holds its edit lock) until the editor comes.

    // Editor: the dashboard and its review queue, the menu, the article list, the workflow sidebar.
    const editor = await session('editor')
    const ePage = await editor.newPage()
    await open(ePage, '/admin')
    await shootViewport(ePage, 'bang-dieu-khien.png')
    const toggler = ePage.locator('.nav-toggler').first()
    if (await toggler.isVisible().catch(() => false)) {
      await toggler.click()
      await ePage.waitForTimeout(600)
      await shootViewport(ePage, 'trinh-don.png')
      // Back to the default, closed menu (the choice is kept as the account's preference).
      await toggler.click()
      await ePage.waitForTimeout(600)
    } else {
      console.warn('[guide] Không thấy nút mở trình đơn: trinh-don.png không được chụp lại.')
    }
    // Workflow collections keep no edit locks: the editor opens the article the contributor has open.
    await open(ePage, `/admin/collections/articles/${articleId}`)
    await leave(cPage)
    await shootRegion(
      ePage,
      'thao-tac-bien-tap-vien.png',
      fieldWrapper(ePage, 'workflowState'),
      fieldWrapper(ePage, 'publishedAt'),
    )
    await leave(ePage)
    // No lock left on the article, so that the list shows no padlock.
    await releaseLocks(admin, articleId, started)
    // The collection's default order, stated so that a saved list preference does not change the shot.
    await shootList(ePage, '/admin/collections/articles?sort=-updatedAt', 'danh-sach-bai-viet.png')
    await api(editor, 'PATCH', `/api/articles/${articleId}?depth=0`, {
      workflowAction: 'return',
      workflowComment:
        'Đề nghị bổ sung ảnh đại diện (có mô tả ảnh), ghi rõ thời gian tổ chức và số học sinh tham dự; sau đó gửi duyệt lại.',
    })

    // Contributor again: the returned article on the dashboard and the comment in the history.
    await open(cPage, '/admin')
    await shootRegion(cPage, 'bang-dieu-khien-cong-tac-vien.png', cPage.locator('.app-review-queue'))
    await open(cPage, `/admin/collections/articles/${articleId}`)
    const history = cPage.locator('#field-workflowHistory')
    const returned = history.locator('.collapsible').filter({ hasText: 'Trả lại kèm ý kiến' }).last()
    const toggle = returned.locator('.collapsible__toggle').first()
    if (await toggle.isVisible().catch(() => false)) await toggle.click()
    else await history.getByRole('button', { name: 'Hiển thị toàn bộ' }).click()
    await cPage.waitForTimeout(600)
    await shootRegion(cPage, 'bai-bi-tra-lai.png', history)
    await leave(cPage)

    // Editor: the versions of the article and the comparison with its restore button.
    await open(ePage, `/admin/collections/articles/${articleId}/versions`)
    await shootViewport(ePage, 'danh-sach-phien-ban.png')
    const versions = await api<{ docs: Doc[] }>(
      editor,
      'GET',
      `/api/articles/versions?where[parent][equals]=${articleId}&sort=-updatedAt&limit=1&depth=0`,
    )
    if (versions.docs[0]) {
      await open(ePage, `/admin/collections/articles/${articleId}/versions/${versions.docs[0].id}`)
      await shootViewport(ePage, 'so-sanh-phien-ban.png')
    }
    await shootList(ePage, '/admin/collections/officials', 'danh-ba-quan-tri.png')
    await leave(ePage)

    // Editor-in-chief: the sections.
    const chief = await session('chief')
    const hPage = await chief.newPage()
    await shootList(hPage, '/admin/collections/sections', 'chuyen-muc.png')
    await open(hPage, '/admin/collections/sections/create')
    await shootViewport(hPage, 'chuyen-muc-tao-moi.png')

    // Administrator: users and the site settings (footer tab).
    const aPage = await admin.newPage()
    await shootList(aPage, '/admin/collections/users', 'nguoi-dung.png')
    await open(aPage, '/admin/globals/site-settings')
    await aPage.getByRole('button', { name: 'Chân trang' }).click()
    await aPage.waitForTimeout(500)
    await shootViewport(aPage, 'cau-hinh-trang.png')
    // The open tab is remembered per account: back to the first one.
    await aPage.getByRole('button', { name: 'Thông tin chung' }).click()
    await aPage.waitForTimeout(500)
    await leave(aPage)
  } finally {
    if (articleId !== null) {
      await api(admin, 'DELETE', `/api/articles/${articleId}`).catch((err: unknown) =>
        console.error(`[guide] Không xóa được bài minh họa #${articleId}: ${String(err)}`),
      )
      log(`Đã xóa bài minh họa #${articleId}.`)
    }
    await releaseLocks(admin, articleId, started).catch((err: unknown) =>
      console.error(`[guide] Không gỡ được khóa chỉnh sửa: ${String(err)}`),
    )
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser.close()
  }
  const total = saved.reduce((sum, s) => sum + s.bytes, 0)
  log(`${saved.length} ảnh, tổng ${(total / 1024).toFixed(0)} KB, trong ${path.relative(process.cwd(), OUT_DIR)}/`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
