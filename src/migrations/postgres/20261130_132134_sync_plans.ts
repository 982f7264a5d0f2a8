import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_sync_sources_types" ADD VALUE 'plans';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "sync_sources_types" WHERE "value" = 'plans';
  ALTER TABLE "sync_sources_types" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_sync_sources_types";
  CREATE TYPE "public"."enum_sync_sources_types" AS ENUM('articles', 'legal-documents', 'events', 'announcements', 'legal-situations');
  ALTER TABLE "sync_sources_types" ALTER COLUMN "value" SET DATA TYPE "public"."enum_sync_sources_types" USING "value"::"public"."enum_sync_sources_types";`)
}
