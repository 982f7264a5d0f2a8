import { APIError } from 'payload'

/**
 * An error whose Vietnamese message reaches the user (REST response and admin toast). Payload only
 * passes an APIError's message through when the error carries `data`: without it, a production
 * build answers "An unknown error occurred.".
 */
export function userError(message: string, status = 400): APIError {
  return new APIError(message, status, { message }, true)
}
