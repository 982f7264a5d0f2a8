import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contests_contact_kinds" AS ENUM('email', 'phone');
  CREATE TYPE "public"."enum_contests_status" AS ENUM('draft', 'published', 'closed');
  CREATE TYPE "public"."enum_contests_eligibility" AS ENUM('open', 'units', 'audiences');
  CREATE TYPE "public"."enum_contests_certificate_rule" AS ENUM('none', 'participation', 'threshold');
  CREATE TYPE "public"."enum_contest_questions_kind" AS ENUM('single', 'multiple', 'true-false', 'prediction');
  CREATE TYPE "public"."enum_contest_entries_contact_kind" AS ENUM('email', 'phone');
  CREATE TYPE "public"."enum_contest_attempts_status" AS ENUM('in-progress', 'submitted', 'timed-out');
  CREATE TABLE "contests_contact_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contests_contact_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"summary" varchar,
  	"status" "enum_contests_status" DEFAULT 'draft' NOT NULL,
  	"organiser_id" integer,
  	"cover_id" integer,
  	"rules" jsonb,
  	"prizes" varchar,
  	"eligibility" "enum_contests_eligibility" DEFAULT 'open' NOT NULL,
  	"ask_birth_date" boolean DEFAULT true,
  	"ask_school" boolean DEFAULT true,
  	"certificate_rule" "enum_contests_certificate_rule" DEFAULT 'threshold' NOT NULL,
  	"certificate_threshold" numeric DEFAULT 80,
  	"certificate_signer" varchar,
  	"certificate_signer_title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"units_id" integer,
  	"audiences_id" integer
  );
  
  CREATE TABLE "contest_rounds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"number" numeric DEFAULT 1 NOT NULL,
  	"title" varchar NOT NULL,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"question_count" numeric DEFAULT 20 NOT NULL,
  	"time_limit_minutes" numeric DEFAULT 20 NOT NULL,
  	"attempts_allowed" numeric DEFAULT 1 NOT NULL,
  	"prediction_question_id" integer,
  	"prediction_answer" numeric,
  	"results_published" boolean DEFAULT false,
  	"results_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_rounds_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"contest_questions_id" integer
  );
  
  CREATE TABLE "contest_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "contest_questions_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar
  );
  
  CREATE TABLE "contest_questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"kind" "enum_contest_questions_kind" DEFAULT 'single' NOT NULL,
  	"text" varchar NOT NULL,
  	"field_id" integer,
  	"numeric_answer" numeric,
  	"explanation" varchar,
  	"points" numeric DEFAULT 1,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"round_id" integer NOT NULL,
  	"full_name" varchar NOT NULL,
  	"public_name" varchar,
  	"birth_date" timestamp(3) with time zone,
  	"is_minor" boolean DEFAULT false,
  	"guardian_consent" boolean DEFAULT false,
  	"unit_id" integer,
  	"school" varchar,
  	"class_name" varchar,
  	"audience_id" integer,
  	"contact_kind" "enum_contest_entries_contact_kind" NOT NULL,
  	"contact" varchar NOT NULL,
  	"contact_hash" varchar NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"verified_at" timestamp(3) with time zone,
  	"code_hash" varchar,
  	"code_sent_at" timestamp(3) with time zone,
  	"code_expires_at" timestamp(3) with time zone,
  	"code_attempts" numeric DEFAULT 0,
  	"access_token_hash" varchar,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entry_id" integer NOT NULL,
  	"round_id" integer NOT NULL,
  	"attempt_no" numeric NOT NULL,
  	"status" "enum_contest_attempts_status" DEFAULT 'in-progress' NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"deadline_at" timestamp(3) with time zone NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"items" jsonb NOT NULL,
  	"prediction" numeric,
  	"score" numeric,
  	"max_score" numeric,
  	"correct_count" numeric,
  	"duration_ms" numeric,
  	"prediction_diff" numeric,
  	"session_hash" varchar,
  	"session_seen_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_answers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"attempt_id" integer NOT NULL,
  	"item_index" numeric NOT NULL,
  	"question_id" integer,
  	"choice" jsonb,
  	"correct" boolean DEFAULT false,
  	"answered_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"entry_id" integer NOT NULL,
  	"attempt_id" integer,
  	"round_id" integer NOT NULL,
  	"contest_id" integer NOT NULL,
  	"holder_name" varchar NOT NULL,
  	"award" varchar NOT NULL,
  	"score" numeric,
  	"max_score" numeric,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"revoke_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_rounds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_answers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_certificates_id" integer;
  ALTER TABLE "contests_contact_kinds" ADD CONSTRAINT "contests_contact_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_organiser_id_units_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rels" ADD CONSTRAINT "contests_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_rounds" ADD CONSTRAINT "contest_rounds_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_rounds" ADD CONSTRAINT "contest_rounds_prediction_question_id_contest_questions_id_fk" FOREIGN KEY ("prediction_question_id") REFERENCES "public"."contest_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_rounds_rels" ADD CONSTRAINT "contest_rounds_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contest_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_rounds_rels" ADD CONSTRAINT "contest_rounds_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_rounds_rels" ADD CONSTRAINT "contest_rounds_rels_contest_questions_fk" FOREIGN KEY ("contest_questions_id") REFERENCES "public"."contest_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_questions_options" ADD CONSTRAINT "contest_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contest_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_questions_citations" ADD CONSTRAINT "contest_questions_citations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_questions_citations" ADD CONSTRAINT "contest_questions_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contest_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_questions" ADD CONSTRAINT "contest_questions_field_id_legal_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."legal_fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_audience_id_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."audiences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_attempts" ADD CONSTRAINT "contest_attempts_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_attempts" ADD CONSTRAINT "contest_attempts_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_answers" ADD CONSTRAINT "contest_answers_attempt_id_contest_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."contest_attempts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_answers" ADD CONSTRAINT "contest_answers_question_id_contest_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."contest_questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_certificates" ADD CONSTRAINT "contest_certificates_entry_id_contest_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."contest_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_certificates" ADD CONSTRAINT "contest_certificates_attempt_id_contest_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."contest_attempts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_certificates" ADD CONSTRAINT "contest_certificates_round_id_contest_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."contest_rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_certificates" ADD CONSTRAINT "contest_certificates_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contests_contact_kinds_order_idx" ON "contests_contact_kinds" USING btree ("order");
  CREATE INDEX "contests_contact_kinds_parent_idx" ON "contests_contact_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "contests_slug_idx" ON "contests" USING btree ("slug");
  CREATE INDEX "contests_status_idx" ON "contests" USING btree ("status");
  CREATE INDEX "contests_organiser_idx" ON "contests" USING btree ("organiser_id");
  CREATE INDEX "contests_cover_idx" ON "contests" USING btree ("cover_id");
  CREATE INDEX "contests_updated_at_idx" ON "contests" USING btree ("updated_at");
  CREATE INDEX "contests_created_at_idx" ON "contests" USING btree ("created_at");
  CREATE INDEX "contests_rels_order_idx" ON "contests_rels" USING btree ("order");
  CREATE INDEX "contests_rels_parent_idx" ON "contests_rels" USING btree ("parent_id");
  CREATE INDEX "contests_rels_path_idx" ON "contests_rels" USING btree ("path");
  CREATE INDEX "contests_rels_legal_fields_id_idx" ON "contests_rels" USING btree ("legal_fields_id");
  CREATE INDEX "contests_rels_units_id_idx" ON "contests_rels" USING btree ("units_id");
  CREATE INDEX "contests_rels_audiences_id_idx" ON "contests_rels" USING btree ("audiences_id");
  CREATE INDEX "contest_rounds_contest_idx" ON "contest_rounds" USING btree ("contest_id");
  CREATE INDEX "contest_rounds_opens_at_idx" ON "contest_rounds" USING btree ("opens_at");
  CREATE INDEX "contest_rounds_closes_at_idx" ON "contest_rounds" USING btree ("closes_at");
  CREATE INDEX "contest_rounds_prediction_question_idx" ON "contest_rounds" USING btree ("prediction_question_id");
  CREATE INDEX "contest_rounds_results_published_idx" ON "contest_rounds" USING btree ("results_published");
  CREATE INDEX "contest_rounds_updated_at_idx" ON "contest_rounds" USING btree ("updated_at");
  CREATE INDEX "contest_rounds_created_at_idx" ON "contest_rounds" USING btree ("created_at");
  CREATE UNIQUE INDEX "contest_number_idx" ON "contest_rounds" USING btree ("contest_id","number");
  CREATE INDEX "contest_rounds_rels_order_idx" ON "contest_rounds_rels" USING btree ("order");
  CREATE INDEX "contest_rounds_rels_parent_idx" ON "contest_rounds_rels" USING btree ("parent_id");
  CREATE INDEX "contest_rounds_rels_path_idx" ON "contest_rounds_rels" USING btree ("path");
  CREATE INDEX "contest_rounds_rels_legal_fields_id_idx" ON "contest_rounds_rels" USING btree ("legal_fields_id");
  CREATE INDEX "contest_rounds_rels_contest_questions_id_idx" ON "contest_rounds_rels" USING btree ("contest_questions_id");
  CREATE INDEX "contest_questions_options_order_idx" ON "contest_questions_options" USING btree ("_order");
  CREATE INDEX "contest_questions_options_parent_id_idx" ON "contest_questions_options" USING btree ("_parent_id");
  CREATE INDEX "contest_questions_citations_order_idx" ON "contest_questions_citations" USING btree ("_order");
  CREATE INDEX "contest_questions_citations_parent_id_idx" ON "contest_questions_citations" USING btree ("_parent_id");
  CREATE INDEX "contest_questions_citations_document_idx" ON "contest_questions_citations" USING btree ("document_id");
  CREATE UNIQUE INDEX "contest_questions_code_idx" ON "contest_questions" USING btree ("code");
  CREATE INDEX "contest_questions_kind_idx" ON "contest_questions" USING btree ("kind");
  CREATE INDEX "contest_questions_field_idx" ON "contest_questions" USING btree ("field_id");
  CREATE INDEX "contest_questions_active_idx" ON "contest_questions" USING btree ("active");
  CREATE INDEX "contest_questions_updated_at_idx" ON "contest_questions" USING btree ("updated_at");
  CREATE INDEX "contest_questions_created_at_idx" ON "contest_questions" USING btree ("created_at");
  CREATE INDEX "contest_entries_contest_idx" ON "contest_entries" USING btree ("contest_id");
  CREATE INDEX "contest_entries_round_idx" ON "contest_entries" USING btree ("round_id");
  CREATE INDEX "contest_entries_unit_idx" ON "contest_entries" USING btree ("unit_id");
  CREATE INDEX "contest_entries_school_idx" ON "contest_entries" USING btree ("school");
  CREATE INDEX "contest_entries_audience_idx" ON "contest_entries" USING btree ("audience_id");
  CREATE INDEX "contest_entries_contact_hash_idx" ON "contest_entries" USING btree ("contact_hash");
  CREATE INDEX "contest_entries_verified_at_idx" ON "contest_entries" USING btree ("verified_at");
  CREATE INDEX "contest_entries_access_token_hash_idx" ON "contest_entries" USING btree ("access_token_hash");
  CREATE INDEX "contest_entries_updated_at_idx" ON "contest_entries" USING btree ("updated_at");
  CREATE INDEX "contest_entries_created_at_idx" ON "contest_entries" USING btree ("created_at");
  CREATE UNIQUE INDEX "round_contactHash_idx" ON "contest_entries" USING btree ("round_id","contact_hash");
  CREATE INDEX "contest_attempts_entry_idx" ON "contest_attempts" USING btree ("entry_id");
  CREATE INDEX "contest_attempts_round_idx" ON "contest_attempts" USING btree ("round_id");
  CREATE INDEX "contest_attempts_score_idx" ON "contest_attempts" USING btree ("score");
  CREATE INDEX "contest_attempts_updated_at_idx" ON "contest_attempts" USING btree ("updated_at");
  CREATE INDEX "contest_attempts_created_at_idx" ON "contest_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "entry_attemptNo_idx" ON "contest_attempts" USING btree ("entry_id","attempt_no");
  CREATE INDEX "round_status_score_predictionDiff_durationMs_idx" ON "contest_attempts" USING btree ("round_id","status","score","prediction_diff","duration_ms");
  CREATE INDEX "status_deadlineAt_idx" ON "contest_attempts" USING btree ("status","deadline_at");
  CREATE INDEX "contest_answers_attempt_idx" ON "contest_answers" USING btree ("attempt_id");
  CREATE INDEX "contest_answers_question_idx" ON "contest_answers" USING btree ("question_id");
  CREATE INDEX "contest_answers_updated_at_idx" ON "contest_answers" USING btree ("updated_at");
  CREATE INDEX "contest_answers_created_at_idx" ON "contest_answers" USING btree ("created_at");
  CREATE UNIQUE INDEX "attempt_itemIndex_idx" ON "contest_answers" USING btree ("attempt_id","item_index");
  CREATE INDEX "question_correct_idx" ON "contest_answers" USING btree ("question_id","correct");
  CREATE UNIQUE INDEX "contest_certificates_code_idx" ON "contest_certificates" USING btree ("code");
  CREATE INDEX "contest_certificates_entry_idx" ON "contest_certificates" USING btree ("entry_id");
  CREATE INDEX "contest_certificates_attempt_idx" ON "contest_certificates" USING btree ("attempt_id");
  CREATE INDEX "contest_certificates_round_idx" ON "contest_certificates" USING btree ("round_id");
  CREATE INDEX "contest_certificates_contest_idx" ON "contest_certificates" USING btree ("contest_id");
  CREATE INDEX "contest_certificates_updated_at_idx" ON "contest_certificates" USING btree ("updated_at");
  CREATE INDEX "contest_certificates_created_at_idx" ON "contest_certificates" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contests_fk" FOREIGN KEY ("contests_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_rounds_fk" FOREIGN KEY ("contest_rounds_id") REFERENCES "public"."contest_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_questions_fk" FOREIGN KEY ("contest_questions_id") REFERENCES "public"."contest_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_entries_fk" FOREIGN KEY ("contest_entries_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_attempts_fk" FOREIGN KEY ("contest_attempts_id") REFERENCES "public"."contest_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_answers_fk" FOREIGN KEY ("contest_answers_id") REFERENCES "public"."contest_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_certificates_fk" FOREIGN KEY ("contest_certificates_id") REFERENCES "public"."contest_certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contests_id_idx" ON "payload_locked_documents_rels" USING btree ("contests_id");
  CREATE INDEX "payload_locked_documents_rels_contest_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_rounds_id");
  CREATE INDEX "payload_locked_documents_rels_contest_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_questions_id");
  CREATE INDEX "payload_locked_documents_rels_contest_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_entries_id");
  CREATE INDEX "payload_locked_documents_rels_contest_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_contest_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_answers_id");
  CREATE INDEX "payload_locked_documents_rels_contest_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_certificates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contests_contact_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_rounds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_rounds_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_questions_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_entries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contest_certificates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contests_contact_kinds" CASCADE;
  DROP TABLE "contests" CASCADE;
  DROP TABLE "contests_rels" CASCADE;
  DROP TABLE "contest_rounds" CASCADE;
  DROP TABLE "contest_rounds_rels" CASCADE;
  DROP TABLE "contest_questions_options" CASCADE;
  DROP TABLE "contest_questions_citations" CASCADE;
  DROP TABLE "contest_questions" CASCADE;
  DROP TABLE "contest_entries" CASCADE;
  DROP TABLE "contest_attempts" CASCADE;
  DROP TABLE "contest_answers" CASCADE;
  DROP TABLE "contest_certificates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_rounds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_answers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_certificates_fk";
  
  DROP INDEX "payload_locked_documents_rels_contests_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_rounds_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_answers_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_certificates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_rounds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_answers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_certificates_id";
  DROP TYPE "public"."enum_contests_contact_kinds";
  DROP TYPE "public"."enum_contests_status";
  DROP TYPE "public"."enum_contests_eligibility";
  DROP TYPE "public"."enum_contests_certificate_rule";
  DROP TYPE "public"."enum_contest_questions_kind";
  DROP TYPE "public"."enum_contest_entries_contact_kind";
  DROP TYPE "public"."enum_contest_attempts_status";`)
}
