import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "private_files" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "private_files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "activity_evidence" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "activity_evidence" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "files" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "library_files" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "library_files" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "private_files" DROP COLUMN "prefix";
  ALTER TABLE "private_files" DROP COLUMN "_objectkey";
  ALTER TABLE "activity_evidence" DROP COLUMN "prefix";
  ALTER TABLE "activity_evidence" DROP COLUMN "_objectkey";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "files" DROP COLUMN "prefix";
  ALTER TABLE "files" DROP COLUMN "_objectkey";
  ALTER TABLE "library_files" DROP COLUMN "prefix";
  ALTER TABLE "library_files" DROP COLUMN "_objectkey";`)
}
