export { isPlainObject } from '@/shared/object'
