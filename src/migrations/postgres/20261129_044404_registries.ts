import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_registry_members_kind" AS ENUM('reporter', 'propagandist', 'mediator', 'council-member');
  CREATE TYPE "public"."enum_registry_members_level" AS ENUM('province', 'commune');
  CREATE TYPE "public"."enum_registry_members_status" AS ENUM('active', 'dismissed');
  CREATE TYPE "public"."enum_activities_materials_kind" AS ENUM('leaflet', 'handbook', 'book', 'poster', 'disc', 'other');
  CREATE TYPE "public"."enum_activities_form" AS ENUM('direct', 'consulting', 'press', 'mass-media', 'materials', 'online', 'contest', 'case-handling', 'cultural', 'bookshelf', 'school', 'other');
  CREATE TYPE "public"."enum_activities_status" AS ENUM('draft', 'submitted', 'verified', 'returned');
  CREATE TYPE "public"."enum_report_periods_unit_kinds" AS ENUM('department', 'commune', 'school', 'agency');
  CREATE TYPE "public"."enum_report_periods_indicators_type" AS ENUM('number', 'choice', 'text', 'attachment');
  CREATE TYPE "public"."enum_report_periods_kind" AS ENUM('semiannual', 'annual', 'ad-hoc');
  CREATE TYPE "public"."enum_unit_reports_history_action" AS ENUM('create', 'save', 'refill', 'submit', 'accept', 'return');
  CREATE TYPE "public"."enum_unit_reports_status" AS ENUM('draft', 'submitted', 'accepted', 'returned');
  CREATE TABLE "registry_members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"name_folded" varchar,
  	"kind" "enum_registry_members_kind" NOT NULL,
  	"level" "enum_registry_members_level" DEFAULT 'province' NOT NULL,
  	"unit_id" integer NOT NULL,
  	"position" varchar,
  	"recognition_number" varchar,
  	"recognition_date" timestamp(3) with time zone,
  	"recognition_issuer" varchar,
  	"recognition_file_id" integer,
  	"dismissal_number" varchar,
  	"dismissal_date" timestamp(3) with time zone,
  	"dismissal_issuer" varchar,
  	"dismissal_reason" varchar,
  	"dismissal_file_id" integer,
  	"status" "enum_registry_members_status" DEFAULT 'active' NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registry_members_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer
  );
  
  CREATE TABLE "activities_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_activities_materials_kind" NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"end_date" timestamp(3) with time zone,
  	"form" "enum_activities_form" NOT NULL,
  	"sessions" numeric DEFAULT 1 NOT NULL,
  	"participants" numeric DEFAULT 0 NOT NULL,
  	"cost" numeric,
  	"description" varchar,
  	"source_article_id" integer,
  	"unit_id" integer,
  	"status" "enum_activities_status" DEFAULT 'draft' NOT NULL,
  	"review_note" varchar,
  	"verified_by_id" integer,
  	"verified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"audiences_id" integer,
  	"areas_id" integer,
  	"registry_members_id" integer,
  	"activity_evidence_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "activity_evidence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "activity_rollups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"month" varchar NOT NULL,
  	"status" varchar NOT NULL,
  	"dim" varchar NOT NULL,
  	"item" varchar NOT NULL,
  	"records" numeric NOT NULL,
  	"sessions" numeric NOT NULL,
  	"participants" numeric NOT NULL,
  	"amount" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_periods_unit_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_report_periods_unit_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "report_periods_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_report_periods_indicators_type" DEFAULT 'number' NOT NULL,
  	"required" boolean DEFAULT false,
  	"label" varchar NOT NULL,
  	"group" varchar,
  	"measure" varchar,
  	"prefill" varchar,
  	"options" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "report_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_report_periods_kind" NOT NULL,
  	"open" boolean DEFAULT true,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"remind_days_before" numeric DEFAULT 3,
  	"instructions" varchar,
  	"reminders_sent" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_periods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "unit_reports_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"action" "enum_unit_reports_history_action" NOT NULL,
  	"by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "unit_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"period_id" integer NOT NULL,
  	"unit_id" integer NOT NULL,
  	"values" jsonb,
  	"prefilled" jsonb,
  	"status" "enum_unit_reports_status" DEFAULT 'draft',
  	"submitted_at" timestamp(3) with time zone,
  	"late" boolean DEFAULT false,
  	"reviewed_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"review_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "unit_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"activity_evidence_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registry_members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_evidence_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_rollups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "report_periods_id" integer;
  ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_recognition_file_id_files_id_fk" FOREIGN KEY ("recognition_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_dismissal_file_id_files_id_fk" FOREIGN KEY ("dismissal_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registry_members_rels" ADD CONSTRAINT "registry_members_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."registry_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registry_members_rels" ADD CONSTRAINT "registry_members_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_materials" ADD CONSTRAINT "activities_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_source_article_id_articles_id_fk" FOREIGN KEY ("source_article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_registry_members_fk" FOREIGN KEY ("registry_members_id") REFERENCES "public"."registry_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_activity_evidence_fk" FOREIGN KEY ("activity_evidence_id") REFERENCES "public"."activity_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_periods_unit_kinds" ADD CONSTRAINT "report_periods_unit_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."report_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_periods_indicators" ADD CONSTRAINT "report_periods_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."report_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_periods_rels" ADD CONSTRAINT "report_periods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."report_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_periods_rels" ADD CONSTRAINT "report_periods_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "unit_reports_history" ADD CONSTRAINT "unit_reports_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_reports_history" ADD CONSTRAINT "unit_reports_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."unit_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_period_id_report_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "unit_reports_rels" ADD CONSTRAINT "unit_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."unit_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "unit_reports_rels" ADD CONSTRAINT "unit_reports_rels_activity_evidence_fk" FOREIGN KEY ("activity_evidence_id") REFERENCES "public"."activity_evidence"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "registry_members_name_folded_idx" ON "registry_members" USING btree ("name_folded");
  CREATE INDEX "registry_members_kind_idx" ON "registry_members" USING btree ("kind");
  CREATE INDEX "registry_members_level_idx" ON "registry_members" USING btree ("level");
  CREATE INDEX "registry_members_unit_idx" ON "registry_members" USING btree ("unit_id");
  CREATE INDEX "registry_members_recognition_recognition_file_idx" ON "registry_members" USING btree ("recognition_file_id");
  CREATE INDEX "registry_members_dismissal_dismissal_file_idx" ON "registry_members" USING btree ("dismissal_file_id");
  CREATE INDEX "registry_members_status_idx" ON "registry_members" USING btree ("status");
  CREATE INDEX "registry_members_updated_at_idx" ON "registry_members" USING btree ("updated_at");
  CREATE INDEX "registry_members_created_at_idx" ON "registry_members" USING btree ("created_at");
  CREATE INDEX "registry_members_rels_order_idx" ON "registry_members_rels" USING btree ("order");
  CREATE INDEX "registry_members_rels_parent_idx" ON "registry_members_rels" USING btree ("parent_id");
  CREATE INDEX "registry_members_rels_path_idx" ON "registry_members_rels" USING btree ("path");
  CREATE INDEX "registry_members_rels_legal_fields_id_idx" ON "registry_members_rels" USING btree ("legal_fields_id");
  CREATE INDEX "activities_materials_order_idx" ON "activities_materials" USING btree ("_order");
  CREATE INDEX "activities_materials_parent_id_idx" ON "activities_materials" USING btree ("_parent_id");
  CREATE INDEX "activities_date_idx" ON "activities" USING btree ("date");
  CREATE INDEX "activities_form_idx" ON "activities" USING btree ("form");
  CREATE UNIQUE INDEX "activities_source_article_idx" ON "activities" USING btree ("source_article_id");
  CREATE INDEX "activities_unit_idx" ON "activities" USING btree ("unit_id");
  CREATE INDEX "activities_status_idx" ON "activities" USING btree ("status");
  CREATE INDEX "activities_verified_by_idx" ON "activities" USING btree ("verified_by_id");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "status_date_form_unit_sessions_participants_cost_idx" ON "activities" USING btree ("status","date","form","unit_id","sessions","participants","cost");
  CREATE INDEX "unit_status_date_form_sessions_participants_cost_idx" ON "activities" USING btree ("unit_id","status","date","form","sessions","participants","cost");
  CREATE INDEX "activities_rels_order_idx" ON "activities_rels" USING btree ("order");
  CREATE INDEX "activities_rels_parent_idx" ON "activities_rels" USING btree ("parent_id");
  CREATE INDEX "activities_rels_path_idx" ON "activities_rels" USING btree ("path");
  CREATE INDEX "activities_rels_legal_fields_id_idx" ON "activities_rels" USING btree ("legal_fields_id");
  CREATE INDEX "activities_rels_audiences_id_idx" ON "activities_rels" USING btree ("audiences_id");
  CREATE INDEX "activities_rels_areas_id_idx" ON "activities_rels" USING btree ("areas_id");
  CREATE INDEX "activities_rels_registry_members_id_idx" ON "activities_rels" USING btree ("registry_members_id");
  CREATE INDEX "activities_rels_activity_evidence_id_idx" ON "activities_rels" USING btree ("activity_evidence_id");
  CREATE INDEX "activities_rels_media_id_idx" ON "activities_rels" USING btree ("media_id");
  CREATE INDEX "activity_evidence_uploaded_by_idx" ON "activity_evidence" USING btree ("uploaded_by_id");
  CREATE INDEX "activity_evidence_updated_at_idx" ON "activity_evidence" USING btree ("updated_at");
  CREATE INDEX "activity_evidence_created_at_idx" ON "activity_evidence" USING btree ("created_at");
  CREATE UNIQUE INDEX "activity_evidence_filename_idx" ON "activity_evidence" USING btree ("filename");
  CREATE INDEX "activity_rollups_updated_at_idx" ON "activity_rollups" USING btree ("updated_at");
  CREATE INDEX "activity_rollups_created_at_idx" ON "activity_rollups" USING btree ("created_at");
  CREATE INDEX "status_month_dim_item_records_sessions_participants_amou_idx" ON "activity_rollups" USING btree ("status","month","dim","item","records","sessions","participants","amount");
  CREATE INDEX "report_periods_unit_kinds_order_idx" ON "report_periods_unit_kinds" USING btree ("order");
  CREATE INDEX "report_periods_unit_kinds_parent_idx" ON "report_periods_unit_kinds" USING btree ("parent_id");
  CREATE INDEX "report_periods_indicators_order_idx" ON "report_periods_indicators" USING btree ("_order");
  CREATE INDEX "report_periods_indicators_parent_id_idx" ON "report_periods_indicators" USING btree ("_parent_id");
  CREATE INDEX "report_periods_from_idx" ON "report_periods" USING btree ("from");
  CREATE INDEX "report_periods_deadline_idx" ON "report_periods" USING btree ("deadline");
  CREATE INDEX "report_periods_updated_at_idx" ON "report_periods" USING btree ("updated_at");
  CREATE INDEX "report_periods_created_at_idx" ON "report_periods" USING btree ("created_at");
  CREATE INDEX "report_periods_rels_order_idx" ON "report_periods_rels" USING btree ("order");
  CREATE INDEX "report_periods_rels_parent_idx" ON "report_periods_rels" USING btree ("parent_id");
  CREATE INDEX "report_periods_rels_path_idx" ON "report_periods_rels" USING btree ("path");
  CREATE INDEX "report_periods_rels_units_id_idx" ON "report_periods_rels" USING btree ("units_id");
  CREATE INDEX "unit_reports_history_order_idx" ON "unit_reports_history" USING btree ("_order");
  CREATE INDEX "unit_reports_history_parent_id_idx" ON "unit_reports_history" USING btree ("_parent_id");
  CREATE INDEX "unit_reports_history_by_idx" ON "unit_reports_history" USING btree ("by_id");
  CREATE INDEX "unit_reports_period_idx" ON "unit_reports" USING btree ("period_id");
  CREATE INDEX "unit_reports_unit_idx" ON "unit_reports" USING btree ("unit_id");
  CREATE INDEX "unit_reports_status_idx" ON "unit_reports" USING btree ("status");
  CREATE INDEX "unit_reports_late_idx" ON "unit_reports" USING btree ("late");
  CREATE INDEX "unit_reports_reviewed_by_idx" ON "unit_reports" USING btree ("reviewed_by_id");
  CREATE INDEX "unit_reports_updated_at_idx" ON "unit_reports" USING btree ("updated_at");
  CREATE INDEX "unit_reports_created_at_idx" ON "unit_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "period_unit_idx" ON "unit_reports" USING btree ("period_id","unit_id");
  CREATE INDEX "unit_reports_rels_order_idx" ON "unit_reports_rels" USING btree ("order");
  CREATE INDEX "unit_reports_rels_parent_idx" ON "unit_reports_rels" USING btree ("parent_id");
  CREATE INDEX "unit_reports_rels_path_idx" ON "unit_reports_rels" USING btree ("path");
  CREATE INDEX "unit_reports_rels_activity_evidence_id_idx" ON "unit_reports_rels" USING btree ("activity_evidence_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registry_members_fk" FOREIGN KEY ("registry_members_id") REFERENCES "public"."registry_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_evidence_fk" FOREIGN KEY ("activity_evidence_id") REFERENCES "public"."activity_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_rollups_fk" FOREIGN KEY ("activity_rollups_id") REFERENCES "public"."activity_rollups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_periods_fk" FOREIGN KEY ("report_periods_id") REFERENCES "public"."report_periods"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_registry_members_id_idx" ON "payload_locked_documents_rels" USING btree ("registry_members_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_activity_evidence_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_evidence_id");
  CREATE INDEX "payload_locked_documents_rels_activity_rollups_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_rollups_id");
  CREATE INDEX "payload_locked_documents_rels_report_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("report_periods_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "registry_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registry_members_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_rollups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_periods_unit_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_periods_indicators" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "report_periods_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unit_reports_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unit_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "unit_reports_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "registry_members" CASCADE;
  DROP TABLE "registry_members_rels" CASCADE;
  DROP TABLE "activities_materials" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_rels" CASCADE;
  DROP TABLE "activity_evidence" CASCADE;
  DROP TABLE "activity_rollups" CASCADE;
  DROP TABLE "report_periods_unit_kinds" CASCADE;
  DROP TABLE "report_periods_indicators" CASCADE;
  DROP TABLE "report_periods" CASCADE;
  DROP TABLE "report_periods_rels" CASCADE;
  DROP TABLE "unit_reports_history" CASCADE;
  DROP TABLE "unit_reports" CASCADE;
  DROP TABLE "unit_reports_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_registry_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_activity_evidence_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_activity_rollups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_report_periods_fk";
  
  DROP INDEX "payload_locked_documents_rels_registry_members_id_idx";
  DROP INDEX "payload_locked_documents_rels_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_evidence_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_rollups_id_idx";
  DROP INDEX "payload_locked_documents_rels_report_periods_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registry_members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_evidence_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_rollups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "report_periods_id";
  DROP TYPE "public"."enum_registry_members_kind";
  DROP TYPE "public"."enum_registry_members_level";
  DROP TYPE "public"."enum_registry_members_status";
  DROP TYPE "public"."enum_activities_materials_kind";
  DROP TYPE "public"."enum_activities_form";
  DROP TYPE "public"."enum_activities_status";
  DROP TYPE "public"."enum_report_periods_unit_kinds";
  DROP TYPE "public"."enum_report_periods_indicators_type";
  DROP TYPE "public"."enum_report_periods_kind";
  DROP TYPE "public"."enum_unit_reports_history_action";
  DROP TYPE "public"."enum_unit_reports_status";`)
}
