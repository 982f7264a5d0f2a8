import type { PortalModule } from '@/modules/types'
import { ContestAnswers } from './collections/contest-answers'
import { ContestAttempts } from './collections/contest-attempts'
import { ContestCertificates } from './collections/contest-certificates'
import { ContestEntries } from './collections/contest-entries'
import { ContestQuestions } from './collections/contest-questions'
import { ContestRounds } from './collections/contest-rounds'
import { Contests } from './collections/contests'
import { finaliseExpiredAttempts } from './server/finalise'

/**
 * Online legal-knowledge contests (cuộc thi tìm hiểu pháp luật trực tuyến, issue 6 §3–4): question
 * banks, contests and rounds, verified registrations, server-timed attempts, rankings,
 * certificates with public verification. Public pages live under /cuoc-thi.
 */
export const contestsModule: PortalModule = {
  name: 'contests',
  collections: [
    Contests,
    ContestRounds,
    ContestQuestions,
    ContestEntries,
    ContestAttempts,
    ContestAnswers,
    ContestCertificates,
  ],
  scheduledTasks: [
    {
      // Attempts left open past their deadline are submitted as timed out (graded from their answers).
      name: 'contests-finalise-expired-attempts',
      run: async (payload, now) => (await finaliseExpiredAttempts(payload, now)) > 0,
    },
  ],
}
