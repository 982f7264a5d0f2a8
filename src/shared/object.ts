/** A plain object (not null, not an array): a JSON object as parsed, or a config record. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
