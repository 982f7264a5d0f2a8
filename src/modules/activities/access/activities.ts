import type { Access, FieldAccess } from 'payload'
import { unitRecordsCreator, unitRecordsReader, unitRecordsWriter } from '@/shared/access/rules'

/**
 * Who sees and changes activity records. Contributors are limited to their own unit's records;
 * which status changes they may make is checked by the lifecycle hook (with a Vietnamese message).
 */

/** The editorial board and inspectors (viewer) read everything; a contributor their unit's records. */
export const readActivities: Access = unitRecordsReader

/** The board records for any unit; a contributor only when they belong to one. */
export const createActivities: Access = unitRecordsCreator

/** Update and delete: the board anything, a contributor their unit's records (status checked in hooks). */
export const changeActivities: Access = unitRecordsWriter

/** Stamps only the server writes. */
export const nobodyWrites: FieldAccess = () => false
