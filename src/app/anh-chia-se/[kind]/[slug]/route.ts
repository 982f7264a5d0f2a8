import { shareImageResponse } from '@/modules/data-exchange/feeds/share-image'

export const revalidate = 86400
export async function generateStaticParams() {
  return []
}

/** The generated Open Graph / Twitter card image of an article, legal document or event. */
export async function GET(_req: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind, slug } = await params
  return shareImageResponse(kind, slug)
}
