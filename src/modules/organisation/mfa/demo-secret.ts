/**
 * The authenticator key of the demo accounts that need two-factor authentication (README "Demo
 * accounts"): one published key, so that whoever tries the demo can add it to an authenticator app
 * or run `npm run otp`. Like the demo password, it must never reach a production site (SEED_DEMO=0).
 */
export const DEMO_TOTP_SECRET = process.env.DEMO_TOTP_SECRET?.trim() || 'DEMOPBGDPLLONGANDEMOPBGDPLLONGAN'
