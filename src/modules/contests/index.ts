import type { PortalModule } from '@/modules/types'
import { ContestAnswers } from './collections/contest-answers'
import { ContestAttempts } from './collections/contest-attempts'
import { ContestCertificates } from './collections/contest-certificates'
import { ContestEntries } from './collections/contest-entries'
import { ContestQuestions } from './collections/contest-questions'
import { ContestRounds } from './collections/contest-rounds'
import { Contests } from './collections/contests'
import { finaliseExpiredAttempts } from './server/finalise'
import { contestsStatistics } from './statistics'

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
  statistics: [contestsStatistics],
  admin: {
    views: {
      contestQuestionImport: {
        Component: '@/modules/contests/admin/question-import-view#ContestQuestionImportView',
        path: '/cuoc-thi/nhap-cau-hoi',
        exact: true,
        meta: { title: 'Nhập ngân hàng câu hỏi thi từ tệp XLSX' },
      },
      contestRoundReport: {
        Component: '@/modules/contests/admin/round-report-view#ContestRoundReportView',
        path: '/cuoc-thi/thong-ke',
        exact: true,
        meta: { title: 'Thống kê cuộc thi' },
      },
    },
    navLinks: ['@/modules/contests/admin/nav-links#ContestsNavLinks'],
  },
  scheduledTasks: [
    {
      // Attempts left open past their deadline are submitted as timed out (graded from their answers).
      name: 'contests-finalise-expired-attempts',
      run: async (payload, now) => (await finaliseExpiredAttempts(payload, now)) > 0,
    },
  ],
}
