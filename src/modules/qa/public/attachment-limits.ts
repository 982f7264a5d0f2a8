/** What the ask form tells the citizen about the attachment; shared with the client form (no Node imports). */
export const ATTACHMENT_LABEL = 'PDF, DOC, DOCX, JPG, PNG; tối đa 10 MB'
export const ATTACHMENT_ACCEPT = '.pdf,.doc,.docx,.jpg,.jpeg,.png'
