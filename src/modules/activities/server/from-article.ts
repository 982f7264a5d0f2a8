import type { Payload, TypedUser } from 'payload'
import type { Activity, Article } from '@/payload-types'
import { isContributor, isEditorial, unitIdOf, type RoleUser } from '@/shared/access/roles'
import { userError } from '@/shared/errors'
import { ACTIVITIES_SLUG, type ActivityForm } from '../constants'

const idOf = (value: unknown): number | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return (value as { id: number }).id
  return Number(value)
}
const ids = (values: unknown): number[] =>
  Array.isArray(values) ? values.map(idOf).filter((v): v is number => v !== null && Number.isFinite(v)) : []

/** A form guessed from the article's wording; the unit corrects it before sending. */
export function guessForm(text: string): ActivityForm {
  const t = text.toLowerCase()
  if (/cuộc thi|hội thi|thi tìm hiểu/.test(t)) return 'contest'
  if (/trường|học sinh|sinh viên|nhà trường/.test(t)) return 'school'
  if (/trực tuyến|mạng xã hội|cổng thông tin/.test(t)) return 'online'
  if (/loa truyền thanh|phát thanh|truyền hình|báo chí/.test(t)) return 'mass-media'
  if (/sân khấu|văn nghệ|tiểu phẩm/.test(t)) return 'cultural'
  if (/tủ sách/.test(t)) return 'bookshelf'
  if (/tư vấn|giải đáp|tiếp công dân/.test(t)) return 'consulting'
  return 'direct'
}

/**
 * Records a published article as a draft activity of its unit, as the signed-in user (their access
 * rules apply), or returns the activity already made from it. `created` tells which.
 */
export async function activityFromArticle(
  payload: Payload,
  user: TypedUser | null,
  articleId: number,
): Promise<{ id: number; created: boolean }> {
  const staff = user as (RoleUser & TypedUser) | null
  if (!staff || !(isEditorial(staff) || isContributor(staff))) {
    throw userError('Bạn không có quyền ghi nhận hoạt động PBGDPL.', 403)
  }
  if (!Number.isInteger(articleId) || articleId <= 0) throw userError('Mã bài viết không hợp lệ.', 400)
  let article: Article
  try {
    article = await payload.findByID({ collection: 'articles', id: articleId, depth: 0, overrideAccess: false, user })
  } catch {
    throw userError('Không tìm thấy bài viết hoặc bạn không có quyền xem bài viết này.', 404)
  }
  if (article.workflowState !== 'published') {
    throw userError('Chỉ ghi nhận được hoạt động từ bài viết đã xuất bản.', 400)
  }
  const articleUnit = idOf(article.unit)
  if (isContributor(staff) && String(articleUnit) !== String(unitIdOf(staff))) {
    throw userError('Bài viết thuộc đơn vị khác: bạn chỉ ghi nhận hoạt động của đơn vị mình.', 403)
  }
  // Whether any record (even one the user cannot read) was made from it: never two for one article.
  const existing = await payload.find({
    collection: ACTIVITIES_SLUG,
    where: { sourceArticle: { equals: articleId } },
    limit: 1,
    depth: 0,
    select: { unit: true },
    overrideAccess: true,
  })
  const found = existing.docs[0]
  if (found) {
    const readable = await payload.count({
      collection: ACTIVITIES_SLUG,
      where: { id: { equals: found.id } },
      overrideAccess: false,
      user,
    })
    if (readable.totalDocs === 0) throw userError('Bài viết này đã được đơn vị khác ghi nhận thành hoạt động.', 409)
    return { id: found.id, created: false }
  }
  const summary = typeof article.summary === 'string' ? article.summary.trim() : ''
  const date = article.publishedAt ?? new Date().toISOString()
  const data: Partial<Activity> = {
    title: article.title.slice(0, 300),
    date: new Date(date).getTime() > Date.now() ? new Date().toISOString() : date,
    form: guessForm(`${article.title} ${summary}`),
    fields: ids(article.fields),
    audiences: ids(article.audiences),
    areas: ids(article.areas),
    photos: article.cover ? [idOf(article.cover)!] : [],
    sourceArticle: article.id,
    description: summary ? summary.slice(0, 5000) : null,
    sessions: 1,
    participants: 0,
    status: 'draft',
    ...(articleUnit ? { unit: articleUnit } : {}),
  }
  try {
    const created = await payload.create({
      collection: ACTIVITIES_SLUG,
      data: data as Activity,
      depth: 0,
      overrideAccess: false,
      user,
    })
    return { id: created.id, created: true }
  } catch (error) {
    // Two clicks at once: the unique sourceArticle lets one through; the other opens that one.
    const raced = await payload.find({
      collection: ACTIVITIES_SLUG,
      where: { sourceArticle: { equals: articleId } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
    if (raced.docs[0]) return { id: raced.docs[0].id, created: false }
    throw error
  }
}
