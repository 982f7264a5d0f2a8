/**
 * The OpenAPI description of GET /api/open/v1/statistics (kept apart from ./statistics.ts, which
 * loads the statistics providers of every module, so the OpenAPI document does not import them).
 */

export const STATISTICS_PARAMS = [
  {
    name: 'year',
    description: 'Năm thống kê (theo lịch Việt Nam, từ 1/1 đến 31/12), mặc định năm nay.',
    example: '2025',
  },
  {
    name: 'unit',
    description:
      'Mã số (id) của đơn vị trong danh bạ; số liệu gồm cả các đơn vị trực thuộc. Bỏ trống: toàn tỉnh. Danh sách đơn vị ở trang /thong-ke.',
    example: '1',
  },
] as const

const problem = { $ref: '#/components/responses/Problem' }

export const statisticsPathItem = {
  get: {
    operationId: 'get-statistics',
    summary: 'Thống kê công khai theo năm và đơn vị (cùng số liệu trang /thong-ke)',
    parameters: STATISTICS_PARAMS.map((p) => ({
      name: p.name,
      in: 'query',
      required: false,
      description: p.description,
      schema: { type: 'integer', minimum: 1 },
      example: Number(p.example),
    })),
    responses: {
      '200': {
        description: 'Các nhóm số liệu công khai của năm và đơn vị.',
        headers: { ETag: { schema: { type: 'string' } } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Statistics' } } },
      },
      '304': { description: 'Không đổi so với ETag đã gửi trong If-None-Match.' },
      '400': problem,
      '401': problem,
      '404': problem,
      '429': problem,
    },
  },
}
