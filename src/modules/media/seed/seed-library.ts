/**
 * Demo items of the media library: two captioned videos, a YouTube talk behind the click-to-load
 * facade, a school-radio programme with its transcript, an infographic and two e-books. Runs as
 * the system (seeds may override access); idempotent: skipped when the first item exists.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, RequestContext } from 'payload'
import type { WorkflowContext } from '@/shared/workflow/apply-workflow'
import { LIBRARY_FILES_SLUG, LIBRARY_ITEMS_SLUG } from '../library/constants'
import { drawInfographic, drawPoster, makeBookletPdf } from './library-art'
import { LABOUR_CODE, LIBRARY_DEMO, vttOf, type DemoItem } from './library-data'

type Log = (message: string) => void

const FIXTURES = path.join(process.cwd(), 'src', 'modules', 'media', 'seed', 'fixtures')
const MIME: Record<string, string> = {
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
  png: 'image/png',
}

export async function seedLibrary(payload: Payload, log: Log = () => {}): Promise<void> {
  const first = LIBRARY_DEMO[0]!.slug
  const existing = await payload.count({ collection: LIBRARY_ITEMS_SLUG, where: { slug: { equals: first } } })
  if (existing.totalDocs > 0) return
  const ctx: RequestContext = { disableRevalidate: true, disableNotifications: true, disableSearchIndex: true }
  const publish: RequestContext & WorkflowContext = {
    ...ctx,
    systemAction: { action: 'publish', byName: 'Dữ liệu mẫu' },
  }
  const editor = (
    await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, limit: 1, depth: 0 })
  ).docs[0]
  const sys = { overrideAccess: true, context: ctx, depth: 0, user: editor } as const

  const termIds = async (collection: 'legal-fields' | 'audiences', slugs: string[]) =>
    (await payload.find({ collection, where: { slug: { in: slugs } }, limit: 50, depth: 0 })).docs.map((d) => d.id)
  const labourCode = (
    await payload.find({
      collection: 'legal-documents',
      where: { number: { equals: LABOUR_CODE } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const unit = (
    await payload.find({ collection: 'units', where: { slug: { equals: 'so-tu-phap' } }, limit: 1, depth: 0 })
  ).docs[0]

  const file = async (name: string, title: string, data: Buffer) => {
    const ext = name.split('.').pop() ?? ''
    const doc = await payload.create({
      collection: LIBRARY_FILES_SLUG,
      data: { title },
      file: { data, mimetype: MIME[ext] ?? 'application/octet-stream', name, size: data.length },
      ...sys,
    })
    return doc.id
  }
  const image = async (name: string, alt: string, data: Buffer) =>
    (
      await payload.create({
        collection: 'media',
        data: { alt },
        file: { data, mimetype: 'image/png', name, size: data.length },
        ...sys,
      })
    ).id

  const ids = new Map<string, number>()
  for (const item of LIBRARY_DEMO) {
    const data: Record<string, unknown> = {
      title: item.title,
      slug: item.slug,
      summary: item.summary,
      fields: await termIds('legal-fields', item.fields),
      audiences: await termIds('audiences', item.audiences),
      legalBasis: labourCode ? item.basis.map((article) => ({ document: labourCode.id, article })) : [],
      unit: unit?.id,
      ...(await kindData(item)),
    }
    const doc = await payload.create({ collection: LIBRARY_ITEMS_SLUG, data: data as never, ...sys, context: publish })
    ids.set(item.slug, doc.id)
  }
  log(`Thư viện số: ${LIBRARY_DEMO.length} tài liệu`)

  async function kindData(item: DemoItem): Promise<Record<string, unknown>> {
    const poster = () =>
      drawPoster({ title: item.title, caption: 'Thư viện số PBGDPL', colors: item.colors }).then((png) =>
        image(`${item.slug}.png`, `Ảnh đại diện: ${item.title}`, png),
      )
    switch (item.kind) {
      case 'video': {
        const captions = []
        for (const c of item.captions) {
          const vtt = Buffer.from(vttOf(c.cues), 'utf8')
          captions.push({
            file: await file(`${item.slug}-${c.language}.vtt`, `Phụ đề (${c.language}): ${item.title}`, vtt),
            language: c.language,
          })
        }
        return {
          kind: 'video',
          videoSource: 'upload',
          videoFile: await file(item.file, item.title, fs.readFileSync(path.join(FIXTURES, item.file))),
          poster: await poster(),
          captions,
          durationSeconds: item.durationSeconds,
        }
      }
      case 'youtube':
        return { kind: 'video', videoSource: 'youtube', youtubeUrl: item.url, poster: await poster() }
      case 'audio':
        return {
          kind: 'audio',
          audioFile: await file(item.file, item.title, fs.readFileSync(path.join(FIXTURES, item.file))),
          transcript: item.transcript,
          durationSeconds: item.durationSeconds,
        }
      case 'infographic': {
        const png = await drawInfographic({
          title: item.title,
          blocks: item.blocks,
          source: 'Nguồn: Bộ luật Lao động năm 2019',
        })
        return {
          kind: 'infographic',
          image: await image(`${item.slug}.png`, item.alt, png),
          longDescription: item.longDescription,
        }
      }
      case 'ebook': {
        const pdf = await makeBookletPdf(item)
        const cover = await drawPoster({
          title: item.title,
          caption: `${item.publisher} · ${item.year}`,
          colors: item.colors,
          portrait: true,
        })
        return {
          kind: 'ebook',
          pdfFile: await file(`${item.slug}.pdf`, item.title, pdf.data),
          cover: await image(`${item.slug}-bia.png`, `Bìa: ${item.title}`, cover),
          author: item.author,
          publisher: item.publisher,
          year: item.year,
          pages: pdf.pages,
        }
      }
    }
  }

  // Related items: the others sharing a field, at most three.
  for (const item of LIBRARY_DEMO) {
    const related = LIBRARY_DEMO.filter((o) => o !== item && o.fields.some((f) => item.fields.includes(f))).slice(0, 3)
    if (related.length === 0) continue
    await payload.update({
      collection: LIBRARY_ITEMS_SLUG,
      id: ids.get(item.slug)!,
      data: { related: related.map((r) => ids.get(r.slug)!) },
      ...sys,
    })
  }
}
