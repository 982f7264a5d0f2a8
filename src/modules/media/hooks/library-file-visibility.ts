import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { LIBRARY_FILES_SLUG, LIBRARY_ITEMS_SLUG } from '../library/constants'

type ItemLike = {
  videoFile?: unknown
  audioFile?: unknown
  pdfFile?: unknown
  captions?: { file?: unknown }[] | null
}

const idOf = (v: unknown): number | null =>
  typeof v === 'number' ? v : v && typeof v === 'object' && 'id' in v ? Number((v as { id: unknown }).id) : null

/** The library files an item uses (video, captions, audio, PDF). */
export function filesOf(item: ItemLike | null | undefined): number[] {
  if (!item) return []
  const ids = [item.videoFile, item.audioFile, item.pdfFile, ...(item.captions ?? []).map((c) => c.file)].map(idOf)
  return ids.filter((id): id is number => id !== null && Number.isFinite(id))
}

/**
 * A library file is served to the public only while a published item uses it, so the video or
 * PDF of an item waiting for approval cannot be fetched by guessing its address.
 */
async function refreshVisibility(req: PayloadRequest, fileIds: number[]): Promise<void> {
  const { payload } = req
  for (const id of new Set(fileIds)) {
    // System reads and writes: visibility follows publication, whoever triggered it.
    const using = await payload.count({
      collection: LIBRARY_ITEMS_SLUG,
      where: {
        and: [
          { workflowState: { equals: 'published' } },
          {
            or: [
              { videoFile: { equals: id } },
              { audioFile: { equals: id } },
              { pdfFile: { equals: id } },
              { 'captions.file': { equals: id } },
            ],
          },
        ],
      },
      overrideAccess: true,
      req,
    })
    await payload.update({
      collection: LIBRARY_FILES_SLUG,
      id,
      data: { isPublic: using.totalDocs > 0 },
      overrideAccess: true,
      depth: 0,
      req,
      context: { disableRevalidate: true },
    })
  }
}

export const syncFileVisibility: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await refreshVisibility(req, [...filesOf(doc as ItemLike), ...filesOf(previousDoc as ItemLike)])
  return doc
}

export const syncFileVisibilityOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshVisibility(req, filesOf(doc as ItemLike))
}
