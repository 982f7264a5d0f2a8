import base from '../schemas/change-feed.schema.json'
import { ENTITY_TYPES } from '../open-api/entities'

/**
 * The change feed's JSON Schema as served: the static file plus, for every open API type (so a type
 * added to ENTITY_TYPES is covered with no list here), the rule that an item of that type carries
 * that type's record or null, and the list of known types.
 */
export function changeFeedSchema(): Record<string, unknown> {
  const schema = structuredClone(base) as Record<string, unknown> & {
    $defs: { item: Record<string, unknown> & { properties: Record<string, unknown> } }
  }
  const item = schema.$defs.item
  item.properties.type = {
    ...(item.properties.type as object),
    enum: ENTITY_TYPES.map((e) => e.type),
  }
  item.allOf = ENTITY_TYPES.map((e) => ({
    if: { properties: { type: { const: e.type } }, required: ['type'] },
    then: { properties: { record: { anyOf: [{ type: 'null' }, { $ref: e.schema }] } } },
  }))
  return schema
}
