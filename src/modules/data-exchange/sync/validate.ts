import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { SCHEMAS } from '../schemas'
import { entityType } from '../open-api/entities'

/**
 * Checks a record from another portal against the data standard's JSON Schema of its type (the
 * same files this portal publishes), before anything of it is stored.
 */

let ajv: Ajv2020 | null = null
const compiled = new Map<string, ValidateFunction>()

function validatorFor(type: string): ValidateFunction | null {
  const known = compiled.get(type)
  if (known) return known
  const spec = entityType(type)
  if (!spec) return null
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: false, strict: false })
    addFormats(ajv)
    for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema)
  }
  const schema = SCHEMAS[spec.schema] as { $id?: string } | undefined
  const check = schema?.$id ? ajv.getSchema(schema.$id) : undefined
  if (!check) return null
  compiled.set(type, check)
  return check
}

const describe = (error: ErrorObject): string => {
  const where = error.instancePath ? `trường “${error.instancePath.slice(1).replace(/\//g, '.')}”` : 'bản ghi'
  switch (error.keyword) {
    case 'required':
      return `${where} thiếu “${String(error.params.missingProperty)}”`
    case 'additionalProperties':
      return `${where} có trường lạ “${String(error.params.additionalProperty)}”`
    case 'type':
      return `${where} sai kiểu (cần ${String(error.params.type)})`
    case 'format':
      return `${where} sai định dạng ${String(error.params.format)}`
    default:
      return `${where} không hợp lệ (${error.keyword})`
  }
}

/** null when the record is valid, else a Vietnamese reason. */
export function schemaProblem(type: string, record: unknown): string | null {
  const check = validatorFor(type)
  if (!check) return `Loại dữ liệu “${type}” không có lược đồ để kiểm tra.`
  if (check(record)) return null
  const first = check.errors?.[0]
  return `Bản ghi không đúng lược đồ dữ liệu: ${first ? describe(first) : 'không rõ lỗi'}.`
}
