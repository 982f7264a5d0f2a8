import { SCHEMAS } from '../schemas'
import { ENTITY_TYPES } from './entities'
import { API_BASE, DEFAULT_LIMIT, MAX_LIMIT, SUMMARY_FIELDS } from './handler'
import { absoluteUrl } from '@/shared/ui/site-url'
import { changesPathItem } from '../changes/openapi'
import { statisticsPathItem } from './statistics-path'

/** Schema name in components from a file name: "legal-document.schema.json" → "LegalDocument". */
const componentName = (file: string): string =>
  file
    .replace('.schema.json', '')
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('')

/** A schema file made into an OpenAPI component: refs between files point into components. */
function inline(schema: object, ownFile: string): Record<string, unknown> {
  const text = JSON.stringify(schema)
    .replace(
      /"\$ref":"([a-z-]+\.schema\.json)?#\/\$defs\/([A-Za-z]+)"/g,
      (_m, file: string | undefined, def: string) =>
        `"$ref":"#/components/schemas/${componentName(file || ownFile)}${def.charAt(0).toUpperCase()}${def.slice(1)}"`,
    )
    // A whole file ("article.schema.json", as in the change feed's records) is its component.
    .replace(
      /"\$ref":"([a-z-]+\.schema\.json)"/g,
      (_m, file: string) => `"$ref":"#/components/schemas/${componentName(file)}"`,
    )
  const { $schema: _s, $id: _i, $defs: _d, ...rest } = JSON.parse(text) as Record<string, unknown>
  return rest
}

const problem = { $ref: '#/components/responses/Problem' }

/** The OpenAPI 3.1 document of /api/open/v1, built from the entity types and the schema files. */
export function openApiDocument(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {}
  for (const [file, schema] of Object.entries(SCHEMAS)) {
    const name = componentName(file)
    const defs = (schema as { $defs?: Record<string, object> }).$defs ?? {}
    for (const [def, body] of Object.entries(defs))
      schemas[`${name}${def.charAt(0).toUpperCase()}${def.slice(1)}`] = inline(body, file)
    if (file !== 'common.schema.json')
      schemas[name] = { ...inline(schema, file), externalDocs: { url: absoluteUrl(`${API_BASE}/schemas/${file}`) } }
  }
  schemas.Problem = {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
    },
  }
  const paths: Record<string, unknown> = {}
  for (const entity of ENTITY_TYPES) {
    const item = { $ref: `#/components/schemas/${componentName(entity.schema)}` }
    paths[`/${entity.type}`] = {
      get: {
        operationId: `list-${entity.type}`,
        summary: `${entity.label}: danh sách đang công khai, theo con trỏ`,
        parameters: [
          { $ref: '#/components/parameters/limit' },
          { $ref: '#/components/parameters/cursor' },
          ...(SUMMARY_FIELDS[entity.type]
            ? [
                {
                  name: 'fields',
                  in: 'query',
                  required: false,
                  description: `“summary”: mỗi mục không kèm ${SUMMARY_FIELDS[entity.type]!.join(', ')} (lấy toàn văn ở bản ghi riêng); “full” (mặc định): bản ghi đầy đủ.`,
                  schema: { type: 'string', enum: ['summary', 'full'], default: 'full' },
                },
              ]
            : []),
          ...entity.filters.map((f) => ({
            name: f.name,
            in: 'query',
            required: false,
            description: f.description,
            schema: { type: 'string' },
            example: f.example,
          })),
        ],
        responses: {
          '200': {
            description: 'Một trang kết quả; “next” là con trỏ của trang sau (null ở trang cuối).',
            headers: { ETag: { schema: { type: 'string' } } },
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['data', 'next', 'links'],
                  properties: {
                    data: { type: 'array', items: item },
                    next: { type: ['string', 'null'] },
                    links: {
                      type: 'object',
                      properties: { self: { type: 'string' }, next: { type: ['string', 'null'] } },
                    },
                  },
                },
              },
            },
          },
          '304': { description: 'Không đổi so với ETag đã gửi trong If-None-Match.' },
          '400': problem,
          '401': problem,
          '429': problem,
        },
      },
    }
    paths[`/${entity.type}/{id}`] = {
      get: {
        operationId: `get-${entity.type}`,
        summary: `${entity.label}: một bản ghi`,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          '200': { description: 'Bản ghi', content: { 'application/json': { schema: item } } },
          '304': { description: 'Không đổi so với ETag đã gửi trong If-None-Match.' },
          '400': problem,
          '404': problem,
          '429': problem,
        },
      },
    }
  }
  // Not a record type: one aggregate per year and unit (./statistics.ts).
  paths['/statistics'] = statisticsPathItem
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'API dữ liệu mở — Cổng thông tin phổ biến, giáo dục pháp luật',
      version: '1.0.0',
      description:
        'API chỉ đọc, chỉ trả dữ liệu đã công bố. Không cần khóa (giới hạn theo địa chỉ IP); đơn vị có khóa API gửi qua tiêu đề X-Api-Key để có hạn mức cao hơn. Lỗi trả về theo RFC 9457 (application/problem+json).',
    },
    externalDocs: { description: 'Hướng dẫn và chuẩn dữ liệu', url: absoluteUrl('/du-lieu-mo') },
    servers: [{ url: absoluteUrl(API_BASE) }],
    paths: { ...paths, '/changes': changesPathItem() },
    components: {
      schemas,
      parameters: {
        limit: {
          name: 'limit',
          in: 'query',
          description: `Số bản ghi mỗi trang, 1–${MAX_LIMIT} (mặc định ${DEFAULT_LIMIT}).`,
          schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
        },
        cursor: {
          name: 'cursor',
          in: 'query',
          description: 'Con trỏ trang sau, lấy từ trường “next” của trang trước; không tự tạo hay sửa.',
          schema: { type: 'string' },
        },
      },
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      responses: {
        Problem: {
          description: 'Lỗi (RFC 9457), nội dung tiếng Việt.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    },
    security: [{}, { apiKey: [] }],
  }
}
