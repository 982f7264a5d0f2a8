import type { Metadata } from 'next'
import { registryCounts } from '@/modules/registries/server/find-members'
import { RegistriesIndexView } from '@/modules/registries/ui/registries-index'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Đội ngũ phổ biến, giáo dục pháp luật',
  description:
    'Danh sách báo cáo viên, tuyên truyền viên pháp luật, hòa giải viên ở cơ sở và thành viên Hội đồng phối hợp PBGDPL.',
}

export default async function RegistriesPage() {
  return <RegistriesIndexView counts={await registryCounts()} />
}
