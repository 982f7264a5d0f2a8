import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "search_text";
  ALTER TABLE "_articles_v" DROP COLUMN "version_search_text";
  ALTER TABLE "events" DROP COLUMN "search_text";
  ALTER TABLE "_events_v" DROP COLUMN "version_search_text";
  ALTER TABLE "announcements" DROP COLUMN "search_text";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_search_text";
  ALTER TABLE "plans" DROP COLUMN "search_text";
  ALTER TABLE "_plans_v" DROP COLUMN "version_search_text";
  ALTER TABLE "legal_documents" DROP COLUMN "search_text";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_search_text";
  ALTER TABLE "document_materials" DROP COLUMN "search_text";
  ALTER TABLE "_document_materials_v" DROP COLUMN "version_search_text";
  ALTER TABLE "pages" DROP COLUMN "search_text";
  ALTER TABLE "_pages_v" DROP COLUMN "version_search_text";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "events" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "announcements" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "plans" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_plans_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "document_materials" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_document_materials_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "pages" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_search_text" varchar;`)
}
