export {
  checkSubmission,
  SubmissionRejected,
  normaliseContact,
  hashAddress,
  hashContact,
  contactHashes,
} from './check-submission'
export { formAntiSpamFields, POW_FIELD, HONEYPOT_FIELD, CHALLENGE_ENDPOINT } from './fields'
export { createChallenge, verifySolution, solveChallenge, encodeSolution, powMaxNumber } from './pow'
export type { Challenge, Solution } from './pow'
export { cleanupAntiSpamRecords, ANTISPAM_RECORDS } from './records'
