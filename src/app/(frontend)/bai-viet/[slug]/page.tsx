import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/modules/data-exchange/feeds/json-ld'
import { breadcrumbListLd, dublinCore, newsArticleLd } from '@/modules/data-exchange/feeds/structured-data'
import { shareImagePath } from '@/modules/data-exchange/feeds/share-image'
import { getArticle } from '@/modules/news/server/queries'
import { SyncProvenance } from '@/modules/data-exchange/sync/ui/provenance'
import { getSiteSettings } from '@/modules/settings/server/get-site-settings'
import { ArticleView } from '@/modules/news/ui/article-view'
import { lexicalToPlainText } from '@/shared/text/lexical-text'
import { mediaUrl } from '@/shared/ui/media-url'
import { absoluteUrl } from '@/shared/ui/site-url'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, settings] = await Promise.all([getArticle((await params).slug), getSiteSettings()])
  if (!article) return { title: 'Không tìm thấy bài viết' }
  const section = typeof article.section === 'object' ? article.section : null
  const description = article.summary || lexicalToPlainText(article.body).slice(0, 200)
  const cover = typeof article.cover === 'object' ? article.cover : null
  // an article without a cover is shared with its generated title card
  const image = mediaUrl(cover, 'og') ?? shareImagePath('bai-viet', article.slug ?? String(article.id))
  const url = absoluteUrl(`/bai-viet/${article.slug}`)
  return {
    title: article.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images: image ? [{ url: absoluteUrl(image), alt: cover?.alt || article.title }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
    other: dublinCore({
      title: article.title,
      creator: settings.operatorName,
      publisher: settings.operatorName,
      date: article.publishedAt ?? article.createdAt,
      identifier: url,
      type: 'Text.Article',
      description,
      subject: section?.title,
    }),
  }
}

export default async function ArticlePage({ params }: Props) {
  const [article, settings] = await Promise.all([getArticle((await params).slug), getSiteSettings()])
  if (!article) notFound()
  const section = typeof article.section === 'object' ? article.section : null
  const cover = typeof article.cover === 'object' ? article.cover : null
  return (
    <>
      <JsonLd data={newsArticleLd(article, settings, mediaUrl(cover, 'og'))} />
      <JsonLd
        data={breadcrumbListLd([
          ...(section ? [{ label: section.title, href: `/chuyen-muc/${section.slug}` }] : []),
          { label: article.title, href: `/bai-viet/${article.slug}` },
        ])}
      />
      <ArticleView article={article} />
      <SyncProvenance collection="articles" id={article.id} />
    </>
  )
}
