import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_sync_sources_types" ADD VALUE 'plans';
  ALTER TYPE "public"."enum_sync_sources_types" ADD VALUE 'document-materials';
  ALTER TYPE "public"."enum_sync_sources_types" ADD VALUE 'questions';
  ALTER TYPE "public"."enum_sync_sources_types" ADD VALUE 'library-items';
  DROP INDEX "compound_index_1_idx";
  DROP INDEX "compound_index_2_idx";
  ALTER TABLE "questions" ADD COLUMN "synced_copy" boolean;
  ALTER TABLE "_questions_v" ADD COLUMN "version_synced_copy" boolean;
  CREATE INDEX "compound_index_1_idx" ON "questions" USING btree ("status","answered_at","published_at","received_at","due_date","field_id","assigned_unit_id","answering_unit_id","synced_copy");
  CREATE INDEX "compound_index_2_idx" ON "_questions_v" USING btree ("version_status","version_answered_at","version_published_at","version_received_at","version_due_date","version_field_id","version_assigned_unit_id","version_answering_unit_id","version_synced_copy");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "sync_sources_types" WHERE "value" IN ('plans', 'document-materials', 'questions', 'library-items');
  ALTER TABLE "sync_sources_types" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_sync_sources_types";
  CREATE TYPE "public"."enum_sync_sources_types" AS ENUM('articles', 'legal-documents', 'events', 'announcements', 'legal-situations');
  ALTER TABLE "sync_sources_types" ALTER COLUMN "value" SET DATA TYPE "public"."enum_sync_sources_types" USING "value"::"public"."enum_sync_sources_types";
  DROP INDEX "compound_index_1_idx";
  DROP INDEX "compound_index_2_idx";
  CREATE INDEX "compound_index_1_idx" ON "questions" USING btree ("status","answered_at","published_at","received_at","due_date","field_id","assigned_unit_id","answering_unit_id");
  CREATE INDEX "compound_index_2_idx" ON "_questions_v" USING btree ("version_status","version_answered_at","version_published_at","version_received_at","version_due_date","version_field_id","version_assigned_unit_id","version_answering_unit_id");
  ALTER TABLE "questions" DROP COLUMN "synced_copy";
  ALTER TABLE "_questions_v" DROP COLUMN "version_synced_copy";`)
}
