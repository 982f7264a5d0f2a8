import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'mfa-recovery-renewed';
  ALTER TYPE "public"."enum_sync_conflicts_status" ADD VALUE 'dismissed';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  UPDATE "audit_log" SET "action" = 'mfa-recovery' WHERE "action" = 'mfa-recovery-renewed';
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login', 'logout', 'login-failed', 'mfa-enabled', 'mfa-failed', 'mfa-recovery', 'mfa-reset');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DATA TYPE text;
  UPDATE "sync_conflicts" SET "status" = 'open' WHERE "status" = 'dismissed';
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DEFAULT 'open'::text;
  DROP TYPE "public"."enum_sync_conflicts_status";
  CREATE TYPE "public"."enum_sync_conflicts_status" AS ENUM('open', 'kept-local', 'took-remote');
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DEFAULT 'open'::"public"."enum_sync_conflicts_status";
  ALTER TABLE "sync_conflicts" ALTER COLUMN "status" SET DATA TYPE "public"."enum_sync_conflicts_status" USING "status"::"public"."enum_sync_conflicts_status";`)
}
