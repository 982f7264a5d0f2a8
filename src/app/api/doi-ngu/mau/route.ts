import { templateResponse } from '@/modules/registries/server/staff-routes'

export function GET() {
  return templateResponse()
}
