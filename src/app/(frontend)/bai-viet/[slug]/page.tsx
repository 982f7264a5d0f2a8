import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticle } from '@/modules/news/server/queries'
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
  const article = await getArticle((await params).slug)
  if (!article) return { title: 'Không tìm thấy bài viết' }
  const description = article.summary || lexicalToPlainText(article.body).slice(0, 200)
  const cover = typeof article.cover === 'object' ? article.cover : null
  const image = mediaUrl(cover, 'og')
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
      images: image ? [{ url: absoluteUrl(image), alt: cover?.alt ?? '' }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug)
  if (!article) notFound()
  return <ArticleView article={article} />
}
