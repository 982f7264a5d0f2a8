import { CHANGES_PATH } from './feed'
import { FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT } from './constants'
import { ENTITY_TYPES } from '../open-api/entities'

const problem = { $ref: '#/components/responses/Problem' }

/** The OpenAPI path item of GET /api/open/v1/changes (the change feed, issue 7 §3). */
export function changesPathItem(): Record<string, unknown> {
  return {
    get: {
      operationId: 'list-changes',
      summary: 'Nguồn thay đổi: các lần công bố, cập nhật, thôi công khai, xóa, theo thứ tự',
      description: `Đọc nhật ký công bố theo số thứ tự (seq) tăng dần, kèm bản ghi hiện tại (hoặc null nếu nay không còn công khai). Luôn lưu “next” và gọi lại với cursor đó; “hasMore” là true khi còn mục phía sau. Chỉ trả các mục cũ hơn khoảng chờ ổn định (mặc định 1 giây). Đường dẫn: ${CHANGES_PATH}.`,
      parameters: [
        {
          name: 'cursor',
          in: 'query',
          required: false,
          description: 'Con trỏ lấy từ trường “next” của lần đọc trước; bỏ trống để đọc từ đầu.',
          schema: { type: 'string' },
        },
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: `Số mục mỗi trang, 1–${FEED_MAX_LIMIT} (mặc định ${FEED_DEFAULT_LIMIT}).`,
          schema: { type: 'integer', minimum: 1, maximum: FEED_MAX_LIMIT, default: FEED_DEFAULT_LIMIT },
        },
        {
          name: 'types',
          in: 'query',
          required: false,
          description: `Chỉ các loại này, cách nhau bởi dấu phẩy: ${ENTITY_TYPES.map((e) => e.type).join(', ')}.`,
          schema: { type: 'string' },
          example: 'articles,legal-documents',
        },
        {
          name: 'since',
          in: 'query',
          required: false,
          description: 'Chỉ khi không có cursor: bắt đầu từ mục đầu tiên có thời điểm (at) từ lúc này (ISO 8601).',
          schema: { type: 'string', format: 'date-time' },
          example: '2025-01-01T00:00:00Z',
        },
      ],
      responses: {
        '200': {
          description: 'Một trang của nguồn thay đổi.',
          headers: { ETag: { schema: { type: 'string' } } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ChangeFeed' } } },
        },
        '304': { description: 'Không đổi so với ETag đã gửi trong If-None-Match.' },
        '400': problem,
        '401': problem,
        '429': problem,
      },
    },
  }
}
