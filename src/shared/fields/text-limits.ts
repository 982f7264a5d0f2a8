import type { Block, Field, Plugin, Validate } from 'payload'

/**
 * Payload checks a text field's `maxLength` (and its `defaultMaxTextLength`) in its own validator
 * only: a field with a validator of ours (no markup, a number's syntax, a slug…) lost that check, so
 * an API body could store a title of any length. This plugin puts the length check back in front of
 * every custom validator of a text, textarea or email field, in every collection and global, with
 * a Vietnamese message. Fields without a custom validator keep Payload's own, which checks it;
 * virtual fields with a maxLength, which Payload does not validate at all, get the check alone.
 */

const TEXT_TYPES = new Set(['text', 'textarea', 'email'])
/** Payload's default `defaultMaxTextLength`. */
const PAYLOAD_DEFAULT_MAX = 40_000

const count = (n: number): string => n.toLocaleString('vi-VN')

type Translate = (key: string, vars?: Record<string, unknown>) => string

/**
 * The reason a value breaks the limits, or null; arrays (hasMany) are checked item by item. With the
 * request's translator, in Payload's own words (the admin's Vietnamese, the same as its validator's:
 * "Giá trị phải ngắn hơn hoặc bằng 300 ký tự."); without one, in Vietnamese of ours.
 */
export function textLengthProblem(
  value: unknown,
  limits: { minLength?: number; maxLength: number },
  t?: Translate,
): string | null {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item !== 'string') continue
    if (item.length > limits.maxLength) {
      return t
        ? t('validation:shorterThanMax', { label: t('general:value'), maxLength: limits.maxLength, stringValue: item })
        : `Tối đa ${count(limits.maxLength)} ký tự; nội dung đang có ${count(item.length)} ký tự.`
    }
    if (limits.minLength !== undefined && item.length > 0 && item.length < limits.minLength) {
      return t
        ? t('validation:longerThanMin', { label: t('general:value'), minLength: limits.minLength, stringValue: item })
        : `Cần ít nhất ${count(limits.minLength)} ký tự.`
    }
  }
  return null
}

function limitBlock(block: Block | string, max: number): Block | string {
  return typeof block === 'string' ? block : { ...block, fields: limitFields(block.fields, max) }
}

/** The fields, with the length check in front of each custom validator of a text-like field. */
export function limitFields(fields: Field[], defaultMax = PAYLOAD_DEFAULT_MAX): Field[] {
  return fields.map((field): Field => {
    let next = field
    if ('fields' in next && Array.isArray(next.fields)) next = { ...next, fields: limitFields(next.fields, defaultMax) }
    if (next.type === 'tabs') {
      next = { ...next, tabs: next.tabs.map((tab) => ({ ...tab, fields: limitFields(tab.fields, defaultMax) })) }
    }
    if (next.type === 'blocks' && Array.isArray(next.blocks)) {
      next = { ...next, blocks: next.blocks.map((b) => limitBlock(b, defaultMax) as Block) }
    }
    // Payload gives a virtual field without a validator none at all: one with its own maxLength
    // (a comment or key typed in the admin and read by hooks) gets the length check alone.
    const virtualWithLimit =
      'virtual' in next && next.virtual === true && 'maxLength' in next && typeof next.maxLength === 'number'
    if (
      TEXT_TYPES.has(next.type) &&
      (('validate' in next && typeof next.validate === 'function') ||
        (virtualWithLimit && !('validate' in next && next.validate)))
    ) {
      const custom: Validate =
        'validate' in next && typeof next.validate === 'function' ? (next.validate as Validate) : () => true
      const limits = {
        maxLength:
          ('maxLength' in next && typeof next.maxLength === 'number' ? next.maxLength : undefined) ?? defaultMax,
        minLength: 'minLength' in next && typeof next.minLength === 'number' ? next.minLength : undefined,
      }
      const validate: Validate = (value, options) =>
        textLengthProblem(value, limits, (options?.req as { t?: Translate } | undefined)?.t) ?? custom(value, options)
      next = { ...next, validate } as Field
    }
    return next
  })
}

/** Last in the plugin list, so that fields added by earlier plugins are covered too. */
export const enforceTextLimits: Plugin = (config) => {
  const max = config.defaultMaxTextLength ?? PAYLOAD_DEFAULT_MAX
  return {
    ...config,
    collections: config.collections?.map((c) => ({ ...c, fields: limitFields(c.fields, max) })),
    globals: config.globals?.map((g) => ({ ...g, fields: limitFields(g.fields, max) })),
  }
}
