import { suggestionsResponse } from '@/modules/qa/public/suggest-route'

/**
 * GET /api/hoi-dap/goi-y?q= — answered questions and legal articles that may answer what a citizen
 * is typing into the ask form. Any q is answered (an unusable one with no suggestions); only a flood
 * from one address is refused, with 429.
 */
export function GET(request: Request): Promise<Response> {
  return suggestionsResponse(request)
}
