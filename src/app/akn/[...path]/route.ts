import { serveAkn } from '@/modules/data-exchange/akn/respond'

/** Akoma Ntoso identifiers of published legal documents (see src/modules/data-exchange/akn/uris.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveAkn((await params).path, request.headers.get('accept'))
}
