import { csvTemplateResponse } from '@/modules/data-exchange/connectors/routes'

export function GET() {
  return csvTemplateResponse()
}
