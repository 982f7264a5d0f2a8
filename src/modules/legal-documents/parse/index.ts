/** Pure parsing layer of the legal-documents module: no database, no I/O. */
export * from './alqac'
export * from './document-number'
export * from './document-types'
export * from './header'
export * from './reference'
export * from './structure'
export { toLines } from './text'
