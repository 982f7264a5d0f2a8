import Link from 'next/link'
import type { Contest, ContestRound } from '@/payload-types'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { formShape } from '../server/registration-form'
import { roundPath } from '../server/public-queries'
import { JsonForm, type FieldSpec } from './json-form'
import { roundCrumbs } from './round-view'
import './contests.css'

type Option = { value: string; label: string }

/** /cuoc-thi/<slug>/vong-<n>/dang-ky: asks only what this contest needs. */
export function RegistrationView(props: {
  contest: Contest
  round: ContestRound
  phoneAvailable: boolean
  units: Option[]
  audiences: Option[]
}) {
  const { contest, round } = props
  const shape = formShape(contest, props.phoneAvailable)
  const fields: FieldSpec[] = [
    { name: 'fullName', label: 'Họ và tên', type: 'text', required: true, autoComplete: 'name' },
  ]
  if (shape.askBirthDate)
    fields.push({
      name: 'birthDate',
      label: 'Ngày sinh',
      type: 'text',
      required: true,
      autoComplete: 'bday',
      hint: 'Ngày/tháng/năm, ví dụ 04/03/2011. Dùng để biết bạn dưới 18 tuổi hay không; không bao giờ được công khai.',
    })
  if (shape.unitChoice)
    fields.push({ name: 'unit', label: 'Đơn vị/trường', type: 'select', required: true, options: props.units })
  if (shape.askSchoolText)
    fields.push({ name: 'school', label: 'Trường/đơn vị', type: 'text', required: true, autoComplete: 'organization' })
  if (shape.askClass) fields.push({ name: 'className', label: 'Lớp (nếu là học sinh)', type: 'text' })
  if (shape.askAudience)
    fields.push({ name: 'audience', label: 'Bạn là', type: 'select', required: true, options: props.audiences })
  if (shape.contactKinds.length > 1)
    fields.push({
      name: 'contactKind',
      label: 'Nhận mã xác thực qua',
      type: 'radio',
      options: [
        { value: 'email', label: 'Thư điện tử' },
        { value: 'phone', label: 'Tin nhắn điện thoại' },
      ],
    })
  if (shape.contactKinds.includes('email'))
    fields.push({
      name: 'email',
      label: 'Thư điện tử',
      type: 'email',
      required: shape.contactKinds.length === 1,
      autoComplete: 'email',
      hint: 'Mã xác thực 6 chữ số sẽ được gửi đến địa chỉ này.',
    })
  if (shape.contactKinds.includes('phone'))
    fields.push({ name: 'phone', label: 'Số điện thoại', type: 'tel', autoComplete: 'tel' })
  fields.push({
    name: 'consent',
    label:
      'Tôi đồng ý để Ban Tổ chức xử lý các thông tin trên cho mục đích tổ chức cuộc thi, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
    type: 'checkbox',
    required: true,
  })
  if (shape.askBirthDate)
    fields.push({
      name: 'guardianConsent',
      label: 'Cha mẹ hoặc người giám hộ của tôi đồng ý cho tôi dự thi (bắt buộc với người dưới 18 tuổi).',
      type: 'checkbox',
    })
  return (
    <div>
      <Breadcrumbs items={roundCrumbs(contest, round, 'Đăng ký dự thi')} />
      <h1>Đăng ký dự thi</h1>
      <p className="app-lead">
        {contest.title} – {round.title}. Sau khi gửi, bạn nhận một mã xác thực để hoàn tất đăng ký.
      </p>
      <p>
        Đã đăng ký rồi? <Link href={roundPath(contest.slug ?? '', round.number, 'xac-thuc')}>Nhận mã đăng nhập</Link>.
      </p>
      <JsonForm
        id="dang-ky"
        action="/api/cuoc-thi/dang-ky"
        hidden={{ contest: contest.slug ?? '', round: `vong-${round.number}` }}
        fields={fields}
        submitLabel="Gửi đăng ký và nhận mã"
        antiSpam
        errorTitle="Chưa đăng ký được"
        signInFrom="email"
      />
    </div>
  )
}
