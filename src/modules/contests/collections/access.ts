import type { Access } from 'payload'
import { isEditorial, type RoleUser } from '@/shared/access/roles'
import { CONTESTANT_CONTEXT } from '../constants'

/** The organisers: the editorial board (and administrators). */
export const organisers: Access = ({ req }) => isEditorial(req.user as RoleUser | null)

/**
 * Contestants' records (entries, attempts, answers, certificates) are written by the organisers,
 * or by the portal's own server code acting for a contestant (see CONTESTANT_CONTEXT).
 */
export const organisersOrContestantAction: Access = ({ req }) =>
  isEditorial(req.user as RoleUser | null) || req.context?.[CONTESTANT_CONTEXT] === true
