/** Names of the form fields that <AntiSpamFields /> renders and checkSubmission reads. */
export const POW_FIELD = 'altcha'
/** A field people never see; bots that fill every input fill it. */
export const HONEYPOT_FIELD = 'website'
export const CHALLENGE_ENDPOINT = '/api/chong-spam/thu-thach'

export function formAntiSpamFields(formData: FormData): { pow: string | null; honeypot: string | null } {
  const read = (name: string) => {
    const v = formData.get(name)
    return typeof v === 'string' ? v : null
  }
  return { pow: read(POW_FIELD), honeypot: read(HONEYPOT_FIELD) }
}
