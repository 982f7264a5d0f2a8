import type { Access } from 'payload'
import { unitRecordsCreator, unitRecordsWriter } from '@/shared/access/rules'

/**
 * The editorial board manages every registry; a contributor keeps the list of their own unit
 * (hooks/member-rules.ts pins the unit of what they create or update to theirs).
 */
export const writeMembers: Access = unitRecordsWriter

/** Creation: the board, or a contributor who belongs to a unit. */
export const createMembers: Access = unitRecordsCreator
