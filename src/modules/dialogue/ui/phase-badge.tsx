import { dialoguePhase, phaseLabel, type PhaseInput } from '../phase'

/** The phase as a coloured label; the colour is never the only cue (the text says it). */
export function PhaseBadge({ dialogue, now }: { dialogue: PhaseInput; now?: Date }) {
  const phase = dialoguePhase(dialogue, now)
  return <span className={`app-dlg-phase app-dlg-phase--${phase}`}>{phaseLabel(phase)}</span>
}
