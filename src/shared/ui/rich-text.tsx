import { RichText } from '@payloadcms/richtext-lexical/react'

/**
 * Renders stored Lexical content as React elements (no raw HTML is injected, so stored text can
 * never become markup).
 */
export function RichTextView({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <RichText className="app-prose" data={data as Parameters<typeof RichText>[0]['data']} />
}
