import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_pending_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_last_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_recovery_codes\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_enabled\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_pending_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_last_step\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_recovery_codes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
