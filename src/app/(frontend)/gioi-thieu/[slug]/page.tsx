import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Page } from '@/payload-types'
import { findPublishedBySlug } from '@/shared/content/published'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { RichTextView } from '@/shared/ui/rich-text'

export const revalidate = 3600
export async function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await findPublishedBySlug<Page>('pages', (await params).slug)
  return page ? { title: page.title, description: page.summary ?? undefined } : { title: 'Không tìm thấy trang' }
}

export default async function StaticPage({ params }: Props) {
  const page = await findPublishedBySlug<Page>('pages', (await params).slug)
  if (!page) notFound()
  return (
    <article className="app-article">
      <Breadcrumbs items={[{ label: 'Giới thiệu', href: '/gioi-thieu/gioi-thieu' }, { label: page.title }]} />
      <h1 className="app-article__title">{page.title}</h1>
      {page.summary ? <p className="app-article__summary">{page.summary}</p> : null}
      <div className="app-article__body">
        <RichTextView data={page.body} />
      </div>
    </article>
  )
}
