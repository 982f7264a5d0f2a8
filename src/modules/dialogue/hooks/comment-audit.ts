import { personalDataAudit } from '@/modules/privacy/audit'
import { DIALOGUE_COMMENTS_SLUG } from '../constants'

/** Who saw or changed a commenter's name, e-mail or phone goes to the privacy audit trail. */
const audit = personalDataAudit(DIALOGUE_COMMENTS_SLUG, ['authorName', 'email', 'phone'])

export const commentAudit = { afterRead: [audit.afterRead], afterChange: [audit.afterChange] }
