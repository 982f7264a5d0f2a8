import type { ContestRound } from '@/payload-types'
import { formatDateTime } from '@/shared/text/vietnamese'
import { ROUND_STATE_LABELS, roundState } from '../server/public-queries'

export function RoundBadge({ round, now }: { round: ContestRound; now?: Date }) {
  const state = roundState(round, now)
  return (
    <span className={state === 'open' ? 'app-ct-badge app-ct-badge--open' : 'app-ct-badge'}>
      {ROUND_STATE_LABELS[state]}
    </span>
  )
}

export function RoundTimes({ round }: { round: ContestRound }) {
  return (
    <>
      Mở lúc {formatDateTime(round.opensAt)}, đóng lúc {formatDateTime(round.closesAt)}
    </>
  )
}
