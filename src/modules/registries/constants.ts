/** Registries of the people who carry out PBGDPL (issue 5 §1). */
export const REGISTRY_MEMBERS_SLUG = 'registry-members'
export const REGISTRIES_ADMIN_GROUP = 'Đội ngũ và hoạt động'

/** Kinds of registry, with their public titles (Thông tư 10/2016/TT-BTP; Luật Hòa giải ở cơ sở). */
export const REGISTRY_KINDS = [
  { value: 'reporter', label: 'Báo cáo viên pháp luật', plural: 'Báo cáo viên pháp luật', path: 'bao-cao-vien' },
  {
    value: 'propagandist',
    label: 'Tuyên truyền viên pháp luật',
    plural: 'Tuyên truyền viên pháp luật',
    path: 'tuyen-truyen-vien',
  },
  { value: 'mediator', label: 'Hòa giải viên ở cơ sở', plural: 'Hòa giải viên ở cơ sở', path: 'hoa-giai-vien' },
  {
    value: 'council-member',
    label: 'Thành viên Hội đồng phối hợp PBGDPL',
    plural: 'Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật',
    path: 'hoi-dong-phoi-hop',
  },
] as const
export type RegistryKind = (typeof REGISTRY_KINDS)[number]['value']

export const REGISTRY_LEVELS = [
  { value: 'province', label: 'Cấp tỉnh' },
  { value: 'commune', label: 'Cấp xã' },
] as const
export type RegistryLevel = (typeof REGISTRY_LEVELS)[number]['value']

export const REGISTRY_STATUSES = [
  { value: 'active', label: 'Đang hoạt động' },
  { value: 'dismissed', label: 'Đã miễn nhiệm, cho thôi' },
] as const
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number]['value']
