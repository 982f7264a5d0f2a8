import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`private_files\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`private_files\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`activity_evidence\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`activity_evidence\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_pending_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_last_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`mfa_recovery_codes\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`files\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`files\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`library_files\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`library_files\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`ALTER TABLE \`private_files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`private_files\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`activity_evidence\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`activity_evidence\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_enabled\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_pending_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_last_step\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`mfa_recovery_codes\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`files\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`library_files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`library_files\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
