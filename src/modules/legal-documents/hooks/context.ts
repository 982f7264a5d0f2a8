/** Request context flags of this module. */
export type LegalDocumentsContext = {
  /** set by updateEffectStatuses: the change is the system's and is logged by the job itself */
  effectJob?: boolean
}

export const isEffectJob = (context: unknown): boolean =>
  Boolean((context as LegalDocumentsContext | undefined)?.effectJob)
