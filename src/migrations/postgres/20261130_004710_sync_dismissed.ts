import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_sync_conflicts_status" ADD VALUE 'dismissed';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DATA TYPE text;
  UPDATE "sync_conflicts" SET "status" = 'open' WHERE "status" = 'dismissed';
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DEFAULT 'open'::text;
  DROP TYPE "public"."enum_sync_conflicts_status";
  CREATE TYPE "public"."enum_sync_conflicts_status" AS ENUM('open', 'kept-local', 'took-remote');
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DEFAULT 'open'::"public"."enum_sync_conflicts_status";
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_sync_conflicts_status" USING "status"::"public"."enum_sync_conflicts_status";`)
}
