import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { readFlash } from '@/modules/qa/public/form-flash'
import { askFormOptions } from '@/modules/qa/public/form-options'
import { AskPage } from '@/modules/qa/ui/ask-page'
import { portalPayload } from '@/shared/content/payload'

export const metadata: Metadata = {
  title: 'Gửi câu hỏi pháp luật',
  description: 'Gửi câu hỏi pháp luật trực tuyến; nhận mã tra cứu và câu trả lời chính thức trong 15 ngày làm việc.',
}

/**
 * Rendered per request: after a refused submission without JavaScript, the form shows that
 * visitor's messages and typed values (from a short-lived encrypted cookie).
 */
export default async function AskQuestionPage() {
  const jar = await cookies()
  const flash = readFlash((name) => jar.get(name)?.value)
  const options = await askFormOptions(await portalPayload())
  return <AskPage options={options} flash={flash} />
}
