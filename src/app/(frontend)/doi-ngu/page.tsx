import type { Metadata } from 'next'
import { registryCounts } from '@/modules/registries/server/find-members'
import { RegistriesIndexView } from '@/modules/registries/ui/registries-index'
import { listMetadata } from '@/modules/data-exchange/feeds/list-metadata'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  return listMetadata('/doi-ngu', {
    title: 'Đội ngũ phổ biến, giáo dục pháp luật',
    description:
      'Danh sách báo cáo viên, tuyên truyền viên pháp luật, hòa giải viên ở cơ sở và thành viên Hội đồng phối hợp PBGDPL.',
  })
}

export default async function RegistriesPage() {
  return <RegistriesIndexView counts={await registryCounts()} />
}
