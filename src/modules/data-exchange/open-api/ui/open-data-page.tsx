import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { absoluteUrl } from '@/shared/ui/site-url'
import { ENTITY_TYPES } from '../entities'
import { API_BASE, DEFAULT_LIMIT, MAX_LIMIT } from '../handler'
import { anonymousLimit } from '../rate-limit'
import { STATISTICS_PARAMS } from '../statistics-path'
import './open-data.css'

const ERRORS = [
  ['tham-so', 400, 'Tham số sai kiểu hoặc ngoài danh mục (ngày không có thật, loại văn bản không tồn tại…).'],
  ['limit', 400, `“limit” ngoài khoảng 1–${MAX_LIMIT}.`],
  ['cursor', 400, 'Con trỏ “cursor” bị sửa, cắt ngắn hoặc lấy từ loại dữ liệu khác.'],
  ['bo-loc', 400, 'Tham số không được hỗ trợ cho loại dữ liệu này, hoặc gửi trùng một tham số.'],
  ['ma', 400, 'Mã bản ghi không phải số nguyên dương.'],
  ['khoa-api', 401, 'Khóa API sai hoặc đã bị thu hồi.'],
  ['khong-tim-thay', 404, 'Không có loại dữ liệu hoặc bản ghi đang công khai với mã đó.'],
  ['gioi-han', 429, 'Vượt hạn mức yêu cầu mỗi phút; tiêu đề Retry-After cho biết số giây cần chờ.'],
] as const

/** /du-lieu-mo: the human-readable page of the open data API (issue 7 §2). */
export function OpenDataPage() {
  const base = absoluteUrl(API_BASE)
  const first = ENTITY_TYPES[0]!
  return (
    <>
      <Breadcrumbs items={[{ label: 'Dữ liệu mở' }]} />
      <h1>Dữ liệu mở</h1>
      <div className="app-prose app-open-data">
        <p>
          Cổng cung cấp miễn phí dữ liệu đã công bố (bài viết, văn bản pháp luật và tài liệu giới thiệu văn bản, hỏi
          đáp, thư viện số, tình huống pháp luật, sự kiện, thông báo, kế hoạch, đối thoại chính sách, kết quả cuộc thi,
          đội ngũ làm công tác phổ biến pháp luật và số liệu thống kê) qua một giao diện lập trình (API) chỉ đọc, định
          dạng JSON, để các cơ quan, tổ chức và nhà phát triển dùng lại. API không bao giờ trả bản nháp, hồ sơ chưa xác
          nhận, ghi chú nội bộ hay thông tin cá nhân (người hỏi, người góp ý, thí sinh, số điện thoại, thư điện tử).
        </p>
        <ul>
          <li>
            Địa chỉ gốc: <code>{base}</code> (phiên bản 1).
          </li>
          <li>
            Mô tả máy đọc được (OpenAPI 3.1): <a href={`${API_BASE}/openapi.json`}>{`${API_BASE}/openapi.json`}</a>.
          </li>
          <li>
            Chuẩn dữ liệu và đối chiếu với Dublin Core, schema.org, ELI: tài liệu <code>docs/data-standard.md</code>{' '}
            trong mã nguồn; lược đồ JSON Schema của từng loại ở mục dưới.
          </li>
        </ul>

        <h2 id="cac-loai-du-lieu">Các loại dữ liệu</h2>
        {ENTITY_TYPES.map((e) => (
          <section key={e.type} aria-labelledby={`loai-${e.type}`} className="app-open-data__type">
            <h3 id={`loai-${e.type}`}>{e.label}</h3>
            <ul>
              <li>
                Danh sách:{' '}
                <a href={`${API_BASE}/${e.type}`}>
                  <code>{`${API_BASE}/${e.type}`}</code>
                </a>
              </li>
              <li>
                Một bản ghi: <code>{`${API_BASE}/${e.type}/{id}`}</code>
              </li>
              <li>
                Lược đồ: <a href={`${API_BASE}/schemas/${e.schema}`}>{e.schema}</a>
              </li>
              <li>
                Bộ lọc:
                <ul>
                  {e.filters.map((f) => (
                    <li key={f.name}>
                      <code>{f.name}</code>: {f.description} Ví dụ: <code>{`${f.name}=${f.example}`}</code>
                    </li>
                  ))}
                </ul>
              </li>
            </ul>
          </section>
        ))}

        <section aria-labelledby="loai-statistics" className="app-open-data__type">
          <h3 id="loai-statistics">Số liệu thống kê công khai</h3>
          <p>
            Cùng số liệu của trang <Link href="/thong-ke">Thống kê</Link> (tin bài, hỏi đáp, đối thoại, hoạt động phổ
            biến pháp luật đã xác nhận…), tính cho một năm và một đơn vị (gồm cả đơn vị trực thuộc). Chỉ có số đếm và
            tổng, không có danh sách hồ sơ.
          </p>
          <ul>
            <li>
              Địa chỉ:{' '}
              <a href={`${API_BASE}/statistics`}>
                <code>{`${API_BASE}/statistics`}</code>
              </a>
            </li>
            <li>
              Lược đồ: <a href={`${API_BASE}/schemas/statistics.schema.json`}>statistics.schema.json</a>
            </li>
            <li>
              Tham số:
              <ul>
                {STATISTICS_PARAMS.map((p) => (
                  <li key={p.name}>
                    <code>{p.name}</code>: {p.description} Ví dụ: <code>{`${p.name}=${p.example}`}</code>
                  </li>
                ))}
              </ul>
            </li>
          </ul>
        </section>

        <h2 id="phan-trang">Phân trang</h2>
        <p>
          Mỗi trang có tối đa <code>limit</code> bản ghi (mặc định {DEFAULT_LIMIT}, tối đa {MAX_LIMIT}), xếp theo mã
          tăng dần. Trường <code>next</code> là con trỏ của trang sau (rỗng ở trang cuối), có sẵn trong{' '}
          <code>links.next</code> và tiêu đề <code>Link</code>. Con trỏ được ký số: không tự tạo hay sửa.
        </p>

        <h2 id="vi-du">Ví dụ</h2>
        <pre>
          <code>{`curl '${base}/${first.type}?limit=2'
curl '${base}/legal-documents?type=luat&from=2024-01-01&to=2024-12-31'
curl '${base}/questions?updatedSince=2025-01-01T00:00:00Z'
curl -H 'If-None-Match: "<ETag lần trước>"' '${base}/${first.type}/1'   # 304 nếu không đổi`}</code>
        </pre>
        <p>Kết quả một trang:</p>
        <pre>
          <code>{`{
  "data": [ { "id": 12, "identifier": "article:12", "type": "article", "title": "…", … } ],
  "next": "eyJ0Ijoi….Xk3…",
  "links": { "self": "${base}/${first.type}?limit=2", "next": "${base}/${first.type}?limit=2&cursor=…" }
}`}</code>
        </pre>

        <h2 id="luong-thay-doi">Luồng thay đổi và webhook</h2>
        <p>
          Để đồng bộ dần thay vì tải lại toàn bộ, đọc <code>{`${base}/changes`}</code>: mỗi mục là một lần bản ghi được
          công bố (<code>created</code>), sửa khi đang công khai (<code>updated</code>), thôi công khai (
          <code>unpublished</code>) hoặc bị xóa (<code>deleted</code>), xếp theo số thứ tự <code>seq</code>, kèm bản ghi
          công khai hiện tại trong <code>record</code> (<code>null</code> khi bản ghi không còn công khai).
        </p>
        <table className="app-table">
          <caption>Tham số của luồng thay đổi</caption>
          <thead>
            <tr>
              <th scope="col">Tham số</th>
              <th scope="col">Ý nghĩa</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <code>cursor</code>
              </td>
              <td>
                Vị trí đã đọc: giá trị <code>next</code> của trang trước (bỏ trống để đọc từ đầu). Lưu lại sau mỗi
                trang; khi <code>hasMore</code> là <code>false</code>, hỏi lại sau với cùng con trỏ để nhận thay đổi
                mới.
              </td>
            </tr>
            <tr>
              <td>
                <code>limit</code>
              </td>
              <td>Số mục mỗi trang, 1–500 (mặc định 100).</td>
            </tr>
            <tr>
              <td>
                <code>types</code>
              </td>
              <td>
                Các loại dữ liệu cần theo dõi, cách nhau bằng dấu phẩy (ví dụ <code>articles,legal-documents</code>).
              </td>
            </tr>
            <tr>
              <td>
                <code>since</code>
              </td>
              <td>
                Thời điểm ISO 8601 để bắt đầu (chỉ dùng khi không có <code>cursor</code>).
              </td>
            </tr>
          </tbody>
        </table>
        <p>
          Một bản ghi có thể xuất hiện nhiều lần; hãy ghi đè theo loại và mã. Thay đổi chỉ xuất hiện sau khoảng một
          giây. Đơn vị muốn được báo ngay có thể đề nghị quản trị viên đăng ký webhook: cổng gửi POST nội dung một mục
          của luồng, có chữ ký HMAC-SHA256 trong tiêu đề <code>X-Pbgdpl-Signature</code> (cách kiểm tra:{' '}
          <code>docs/data-standard.md</code>, mục 4.2), gửi lại sau 1, 5, 15, 60 và 240 phút nếu máy nhận không trả mã
          2xx.
        </p>
        <pre>
          <code>{`curl '${base}/changes?types=articles,legal-documents&limit=100'
curl '${base}/changes?cursor=<next của trang trước>'`}</code>
        </pre>

        <h2 id="bo-nho-dem">Bộ nhớ đệm, CORS, hạn mức</h2>
        <ul>
          <li>
            Mỗi phản hồi có <code>ETag</code>; gửi lại trong <code>If-None-Match</code> để nhận 304 khi dữ liệu không
            đổi.
          </li>
          <li>Gọi được từ trang web ở mọi tên miền (CORS, phương thức GET).</li>
          <li>
            Khách không có khóa: {anonymousLimit()} yêu cầu mỗi phút cho mỗi địa chỉ IP. Đơn vị cần hạn mức cao hơn liên
            hệ Ban Biên tập để được cấp khóa API, gửi kèm trong tiêu đề <code>X-Api-Key</code> (hoặc{' '}
            <code>Authorization: Bearer …</code>).
          </li>
        </ul>

        <h2 id="loi">Mã lỗi</h2>
        <p>
          Lỗi trả về dạng <code>application/problem+json</code> (RFC 9457) với các trường <code>type</code>,{' '}
          <code>title</code>, <code>status</code>, <code>detail</code> bằng tiếng Việt.
        </p>
        <div className="app-table-wrap">
          <table className="app-table">
            <caption className="app-visually-hidden">Các loại lỗi</caption>
            <thead>
              <tr>
                <th scope="col">Loại (type)</th>
                <th scope="col">Mã HTTP</th>
                <th scope="col">Khi nào</th>
              </tr>
            </thead>
            <tbody>
              {ERRORS.map(([slug, status, text]) => (
                <tr key={slug} id={`loi-${slug}`}>
                  <td>
                    <code>{`/du-lieu-mo#loi-${slug}`}</code>
                  </td>
                  <td>{status}</td>
                  <td>{text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  )
}
