import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * E-mail through the SMTP server named by SMTP_HOST/SMTP_PORT (and SMTP_USER/SMTP_PASS when it
 * needs a login). Without SMTP_HOST, mail is written to the log so a demo machine never tries
 * to reach the network.
 */
export function smtpAdapter(): EmailAdapter {
  const fromAddress = process.env.SMTP_FROM || 'no-reply@pbgdpl.local'
  const fromName = process.env.SMTP_FROM_NAME || 'Trang thông tin PBGDPL'
  return ({ payload }) => {
    const host = process.env.SMTP_HOST
    const transport = host
      ? nodemailer.createTransport({
          host,
          port: Number(process.env.SMTP_PORT || 587),
          secure: process.env.SMTP_SECURE === '1',
          auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS || '' } : undefined,
          tls: { rejectUnauthorized: process.env.SMTP_TLS_INSECURE !== '1' },
        })
      : null
    return {
      name: 'smtp',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: async (message: SendEmailOptions) => {
        const mail = { from: `"${fromName}" <${fromAddress}>`, ...message }
        if (!transport) {
          payload.logger.info({ msg: 'E-mail (no SMTP_HOST set, not sent)', to: mail.to, subject: mail.subject })
          return { accepted: [], logged: true }
        }
        return transport.sendMail(mail)
      },
    }
  }
}
