import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'login-failed';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'mfa-enabled';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'mfa-failed';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'mfa-recovery';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'mfa-reset';
  ALTER TABLE "private_files" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "private_files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "activity_evidence" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "activity_evidence" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_enabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "mfa_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "mfa_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "mfa_recovery_codes" jsonb;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "files" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "files" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "library_files" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "library_files" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "audit_log" WHERE "action" IN ('login-failed', 'mfa-enabled', 'mfa-failed', 'mfa-recovery', 'mfa-reset');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login', 'logout');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "private_files" DROP COLUMN "prefix";
  ALTER TABLE "private_files" DROP COLUMN "_objectkey";
  ALTER TABLE "activity_evidence" DROP COLUMN "prefix";
  ALTER TABLE "activity_evidence" DROP COLUMN "_objectkey";
  ALTER TABLE "users" DROP COLUMN "mfa_enabled";
  ALTER TABLE "users" DROP COLUMN "mfa_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_pending_secret";
  ALTER TABLE "users" DROP COLUMN "mfa_last_step";
  ALTER TABLE "users" DROP COLUMN "mfa_recovery_codes";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "files" DROP COLUMN "prefix";
  ALTER TABLE "files" DROP COLUMN "_objectkey";
  ALTER TABLE "library_files" DROP COLUMN "prefix";
  ALTER TABLE "library_files" DROP COLUMN "_objectkey";`)
}
