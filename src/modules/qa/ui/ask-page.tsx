import { AntiSpamFields } from '@/shared/antispam/ui/anti-spam-fields'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import type { FormFlash } from '../public/form-flash'
import type { AskFormOptions } from '../public/form-options'
import { ASK_FIELDS, type AskValues } from '../public/validate-question'
import { AskForm } from './ask-form/ask-form'
import './qa.css'

const EMPTY = Object.fromEntries(ASK_FIELDS.map((f) => [f, ''])) as AskValues

/** /hoi-dap/gui-cau-hoi: the ask form and the short privacy notice it links to. */
export function AskPage({ options, flash }: { options: AskFormOptions; flash: FormFlash | null }) {
  return (
    <div className="app-qa">
      <Breadcrumbs items={[{ label: 'Hỏi đáp pháp luật', href: '/hoi-dap' }, { label: 'Gửi câu hỏi' }]} />
      <h1>Gửi câu hỏi pháp luật</h1>
      <p className="app-lead">
        Cán bộ Sở Tư pháp và các chuyên gia pháp luật trả lời miễn phí trong 15 ngày làm việc. Sau khi gửi, bạn nhận
        được mã tra cứu để theo dõi tình trạng câu hỏi.
      </p>
      <AskForm
        fields={options.fields}
        areaGroups={options.areaGroups}
        values={flash?.values ?? EMPTY}
        errors={flash?.errors ?? {}}
        formError={flash?.formError ?? null}
        antiSpam={<AntiSpamFields />}
      />
      <section id="bao-ve-du-lieu" className="app-qa-notice" aria-labelledby="bao-ve-du-lieu-tieu-de">
        <h2 id="bao-ve-du-lieu-tieu-de">Chính sách bảo vệ dữ liệu cá nhân</h2>
        <ul>
          <li>
            Họ tên, thư điện tử, số điện thoại của bạn chỉ dùng để gửi mã tra cứu và câu trả lời; không bao giờ hiển thị
            công khai.
          </li>
          <li>
            Chỉ cán bộ Ban Biên tập được giao xử lý câu hỏi xem được thông tin liên hệ; mọi lần xem, sửa đều được ghi
            lại.
          </li>
          <li>
            Tệp đính kèm chỉ Ban Biên tập và chuyên gia được phân công trả lời câu hỏi tải về được, không bao giờ công
            bố; tệp bị xóa cùng thông tin cá nhân khi bạn yêu cầu.
          </li>
          <li>
            Câu hỏi có thể được công bố cùng câu trả lời sau khi cán bộ bỏ các chi tiết nhận dạng cá nhân (tên, địa chỉ,
            số giấy tờ).
          </li>
          <li>
            Bạn có quyền yêu cầu xóa thông tin cá nhân của mình bất cứ lúc nào bằng cách liên hệ Sở Tư pháp, kèm mã tra
            cứu; câu hỏi đã công bố được giữ lại ở dạng ẩn danh.
          </li>
        </ul>
      </section>
    </div>
  )
}
