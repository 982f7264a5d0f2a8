import { REGISTRY_KINDS, REGISTRY_LEVELS, type RegistryKind, type RegistryLevel } from './constants'

/** Public addresses and query values of the registries (Vietnamese slugs). */
export const REGISTRIES_PATH = '/doi-ngu'
export const MEMBERS_PAGE_SIZE = 20

export const kindByPath = (path: string) => REGISTRY_KINDS.find((k) => k.path === path) ?? null
export const kindInfo = (kind: RegistryKind) => REGISTRY_KINDS.find((k) => k.value === kind)!
export const registryPath = (kind: RegistryKind): string => `${REGISTRIES_PATH}/${kindInfo(kind).path}`
export const levelLabel = (level: RegistryLevel | string | null | undefined): string =>
  REGISTRY_LEVELS.find((l) => l.value === level)?.label ?? ''

/** ?cap= values */
export const LEVEL_PARAMS: Record<string, RegistryLevel> = { tinh: 'province', xa: 'commune' }
export const levelParam = (level: RegistryLevel): string => (level === 'province' ? 'tinh' : 'xa')

/** ?tinh-trang= values; the active members are shown by default. */
export const STATUS_PARAMS = [
  { value: 'dang-hoat-dong', label: 'Đang hoạt động' },
  { value: 'da-mien-nhiem', label: 'Đã miễn nhiệm, cho thôi' },
  { value: 'tat-ca', label: 'Tất cả' },
] as const
export type StatusParam = (typeof STATUS_PARAMS)[number]['value']
