import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`synced_copy\` integer;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`questions\` (\`status\`,\`answered_at\`,\`published_at\`,\`received_at\`,\`due_date\`,\`field_id\`,\`assigned_unit_id\`,\`answering_unit_id\`,\`synced_copy\`);`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_synced_copy\` integer;`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_questions_v\` (\`version_status\`,\`version_answered_at\`,\`version_published_at\`,\`version_received_at\`,\`version_due_date\`,\`version_field_id\`,\`version_assigned_unit_id\`,\`version_answering_unit_id\`,\`version_synced_copy\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`questions\` (\`status\`,\`answered_at\`,\`published_at\`,\`received_at\`,\`due_date\`,\`field_id\`,\`assigned_unit_id\`,\`answering_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`synced_copy\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_questions_v\` (\`version_status\`,\`version_answered_at\`,\`version_published_at\`,\`version_received_at\`,\`version_due_date\`,\`version_field_id\`,\`version_assigned_unit_id\`,\`version_answering_unit_id\`);`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_synced_copy\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
