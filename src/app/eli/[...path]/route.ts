import { serveEli } from '@/modules/data-exchange/akn/respond'

/** ELI-style permanent identifiers of published legal documents (see src/modules/data-exchange/akn/uris.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveEli((await params).path, request.headers.get('accept'))
}
