import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`document_materials\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_document_materials_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_search_text\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`document_materials\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_document_materials_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_search_text\` text;`)
}
