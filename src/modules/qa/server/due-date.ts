import type { PayloadRequest } from 'payload'
import { addWorkingDays, type CalendarOptions } from '@/shared/calendar/working-days'
import { loadCalendarOptions } from '@/shared/calendar/settings'
import { dueWorkingDays } from '../constants'

/**
 * The default answer deadline: QA_DUE_WORKING_DAYS (15) working days after the day of receipt,
 * weekends, public holidays, compensatory days off and the site's own calendar exceptions excluded.
 */
export async function defaultDueDate(req: PayloadRequest, receivedAt: unknown, now: Date): Promise<Date> {
  const received = typeof receivedAt === 'string' && !Number.isNaN(Date.parse(receivedAt)) ? new Date(receivedAt) : now
  return addWorkingDays(received, dueWorkingDays(), await calendarOf(req))
}

export async function calendarOf(req: PayloadRequest): Promise<CalendarOptions> {
  try {
    return await loadCalendarOptions(req.payload)
  } catch (err) {
    // Missing settings must not stop a question being handled: fall back to the legal calendar.
    req.payload.logger.error({ msg: 'Could not load the working calendar settings', err })
    return {}
  }
}
