import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { REGISTRY_KINDS, REGISTRY_LEVELS, type RegistryKind, type RegistryLevel } from '../constants'
import { levelParam, registryPath } from '../constants-public'
import './registries.css'

type Count = { kind: RegistryKind; level: RegistryLevel; count: number }

const DESCRIPTIONS: Record<RegistryKind, string> = {
  reporter: 'Báo cáo viên pháp luật cấp tỉnh và cấp xã do Chủ tịch Ủy ban nhân dân công nhận.',
  propagandist: 'Tuyên truyền viên pháp luật ở xã, phường, thị trấn, do Chủ tịch UBND cấp xã công nhận.',
  mediator: 'Hòa giải viên ở cơ sở của các tổ hòa giải ở ấp, khu phố.',
  'council-member': 'Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật của tỉnh.',
}

/** /doi-ngu: the four registries with the number of active members by level. */
export function RegistriesIndexView({ counts }: { counts: Count[] }) {
  const count = (kind: RegistryKind, level?: RegistryLevel) =>
    counts.filter((c) => c.kind === kind && (!level || c.level === level)).reduce((t, c) => t + c.count, 0)
  return (
    <div className="app-container app-reg">
      <Breadcrumbs items={[{ label: 'Đội ngũ' }]} />
      <h1>Đội ngũ phổ biến, giáo dục pháp luật</h1>
      <p className="app-lead">
        Danh sách báo cáo viên, tuyên truyền viên pháp luật, hòa giải viên ở cơ sở và thành viên Hội đồng phối hợp phổ
        biến, giáo dục pháp luật, cùng quyết định công nhận, miễn nhiệm (Thông tư 10/2016/TT-BTP).
      </p>
      <ul className="app-reg-kinds">
        {REGISTRY_KINDS.map((k) => (
          <li key={k.value} className="app-reg-kinds__item">
            <h2 className="app-reg-kinds__title">
              <Link href={registryPath(k.value)}>{k.plural}</Link>
            </h2>
            <p>{DESCRIPTIONS[k.value]}</p>
            <p className="app-reg-kinds__total">
              <strong>{count(k.value).toLocaleString('vi-VN')}</strong> người đang hoạt động
            </p>
            <ul className="app-reg-kinds__levels">
              {REGISTRY_LEVELS.map((l) => (
                <li key={l.value}>
                  <Link href={`${registryPath(k.value)}?cap=${levelParam(l.value)}`}>
                    {l.label}: {count(k.value, l.value).toLocaleString('vi-VN')}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  )
}
