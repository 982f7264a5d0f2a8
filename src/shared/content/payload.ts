import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance for server components and route handlers. */
export function portalPayload(): Promise<Payload> {
  return getPayload({ config })
}
