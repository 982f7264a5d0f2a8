import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { attemptPageState } from '@/modules/contests/server/attempt-page-state'
import { AttemptPage } from '@/modules/contests/ui/attempt/attempt-page'
import { portalPayload } from '@/shared/content/payload'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Làm bài thi', robots: { index: false, follow: false } }

/** /cuoc-thi/<contest>/vong-<n>/lam-bai — the contestant's attempt (start, resume, answer, submit). */
export default async function AttemptRoute({ params }: { params: Promise<{ slug: string; round: string }> }) {
  const { slug, round } = await params
  const jar = await cookies()
  const state = await attemptPageState(await portalPayload(), {
    slug,
    roundParam: round,
    readCookie: (name) => jar.get(name)?.value,
    now: new Date(),
  })
  if (!state) notFound()
  return <AttemptPage state={state} />
}
