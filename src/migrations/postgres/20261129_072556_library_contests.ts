import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_legal_situations_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_legal_situations_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_legal_situations_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_legal_situations_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__legal_situations_v_version_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum__legal_situations_v_version_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__legal_situations_v_version_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__legal_situations_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_contests_contact_kinds" AS ENUM('email', 'phone');
  CREATE TYPE "public"."enum_contests_status" AS ENUM('draft', 'published', 'closed');
  CREATE TYPE "public"."enum_contests_eligibility" AS ENUM('open', 'units', 'audiences');
  CREATE TYPE "public"."enum_contests_certificate_rule" AS ENUM('none', 'participation', 'threshold');
  CREATE TYPE "public"."enum_contest_questions_kind" AS ENUM('single', 'multiple', 'true-false', 'prediction');
  CREATE TYPE "public"."enum_contest_entries_contact_kind" AS ENUM('email', 'phone');
  CREATE TYPE "public"."enum_contest_attempts_status" AS ENUM('in-progress', 'submitted', 'timed-out');
  CREATE TYPE "public"."enum_library_files_family" AS ENUM('video', 'audio', 'pdf', 'captions');
  CREATE TYPE "public"."enum_library_items_captions_language" AS ENUM('vi', 'en', 'km');
  CREATE TYPE "public"."enum_library_items_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_library_items_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_library_items_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_library_items_kind" AS ENUM('video', 'audio', 'infographic', 'ebook');
  CREATE TYPE "public"."enum_library_items_video_source" AS ENUM('upload', 'youtube');
  CREATE TYPE "public"."enum_library_items_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__library_items_v_version_captions_language" AS ENUM('vi', 'en', 'km');
  CREATE TYPE "public"."enum__library_items_v_version_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum__library_items_v_version_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__library_items_v_version_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__library_items_v_version_kind" AS ENUM('video', 'audio', 'infographic', 'ebook');
  CREATE TYPE "public"."enum__library_items_v_version_video_source" AS ENUM('upload', 'youtube');
  CREATE TYPE "public"."enum__library_items_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TABLE "legal_situations_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar
  );
  
  CREATE TABLE "legal_situations_quiz_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"is_correct" boolean DEFAULT false
  );
  
  CREATE TABLE "legal_situations_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"prompt" varchar NOT NULL,
  	"explanation" varchar NOT NULL
  );
  
  CREATE TABLE "legal_situations_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_legal_situations_workflow_history_action",
  	"from_state" "enum_legal_situations_workflow_history_from_state",
  	"to_state" "enum_legal_situations_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "legal_situations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"scenario" varchar NOT NULL,
  	"question" varchar NOT NULL,
  	"image_id" integer,
  	"analysis" jsonb NOT NULL,
  	"answer" jsonb NOT NULL,
  	"citation_warning" varchar,
  	"legal_basis_changed" boolean DEFAULT false,
  	"legal_basis_note" varchar,
  	"legal_basis_checked_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"unit_id" integer,
  	"workflow_state" "enum_legal_situations_workflow_state" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_situations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"audiences_id" integer,
  	"legal_situations_id" integer
  );
  
  CREATE TABLE "_legal_situations_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_situations_v_version_quiz_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"is_correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_situations_v_version_quiz" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"prompt" varchar NOT NULL,
  	"explanation" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_situations_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__legal_situations_v_version_workflow_history_action",
  	"from_state" "enum__legal_situations_v_version_workflow_history_from_state",
  	"to_state" "enum__legal_situations_v_version_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_situations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_summary" varchar,
  	"version_scenario" varchar NOT NULL,
  	"version_question" varchar NOT NULL,
  	"version_image_id" integer,
  	"version_analysis" jsonb NOT NULL,
  	"version_answer" jsonb NOT NULL,
  	"version_citation_warning" varchar,
  	"version_legal_basis_changed" boolean DEFAULT false,
  	"version_legal_basis_note" varchar,
  	"version_legal_basis_checked_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_unit_id" integer,
  	"version_workflow_state" "enum__legal_situations_v_version_workflow_state" DEFAULT 'draft',
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_legal_situations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"audiences_id" integer,
  	"legal_situations_id" integer
  );
  
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
  
  CREATE TABLE "library_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"family" "enum_library_files_family",
  	"is_public" boolean DEFAULT false,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "library_items_captions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"language" "enum_library_items_captions_language" DEFAULT 'vi'
  );
  
  CREATE TABLE "library_items_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar
  );
  
  CREATE TABLE "library_items_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_library_items_workflow_history_action",
  	"from_state" "enum_library_items_workflow_history_from_state",
  	"to_state" "enum_library_items_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "library_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_library_items_kind" DEFAULT 'video' NOT NULL,
  	"summary" varchar NOT NULL,
  	"video_source" "enum_library_items_video_source" DEFAULT 'upload',
  	"video_file_id" integer,
  	"youtube_url" varchar,
  	"youtube_id" varchar,
  	"poster_id" integer,
  	"audio_file_id" integer,
  	"transcript" varchar,
  	"image_id" integer,
  	"long_description" varchar,
  	"pdf_file_id" integer,
  	"cover_id" integer,
  	"author" varchar,
  	"publisher" varchar,
  	"year" numeric,
  	"pages" numeric,
  	"duration_seconds" numeric,
  	"slug" varchar,
  	"unit_id" integer,
  	"workflow_state" "enum_library_items_workflow_state" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "library_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"audiences_id" integer,
  	"areas_id" integer,
  	"library_items_id" integer
  );
  
  CREATE TABLE "_library_items_v_version_captions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"language" "enum__library_items_v_version_captions_language" DEFAULT 'vi',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_library_items_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_library_items_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__library_items_v_version_workflow_history_action",
  	"from_state" "enum__library_items_v_version_workflow_history_from_state",
  	"to_state" "enum__library_items_v_version_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_library_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_kind" "enum__library_items_v_version_kind" DEFAULT 'video' NOT NULL,
  	"version_summary" varchar NOT NULL,
  	"version_video_source" "enum__library_items_v_version_video_source" DEFAULT 'upload',
  	"version_video_file_id" integer,
  	"version_youtube_url" varchar,
  	"version_youtube_id" varchar,
  	"version_poster_id" integer,
  	"version_audio_file_id" integer,
  	"version_transcript" varchar,
  	"version_image_id" integer,
  	"version_long_description" varchar,
  	"version_pdf_file_id" integer,
  	"version_cover_id" integer,
  	"version_author" varchar,
  	"version_publisher" varchar,
  	"version_year" numeric,
  	"version_pages" numeric,
  	"version_duration_seconds" numeric,
  	"version_slug" varchar,
  	"version_unit_id" integer,
  	"version_workflow_state" "enum__library_items_v_version_workflow_state" DEFAULT 'draft',
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_library_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"audiences_id" integer,
  	"areas_id" integer,
  	"library_items_id" integer
  );
  
  CREATE TABLE "situations_legal_basis_scan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"effect_history_at" timestamp(3) with time zone,
  	"relations_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_rounds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_questions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_entries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_answers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_certificates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "library_files_id" integer;
  ALTER TABLE "legal_situations_citations" ADD CONSTRAINT "legal_situations_citations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_situations_citations" ADD CONSTRAINT "legal_situations_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations_quiz_options" ADD CONSTRAINT "legal_situations_quiz_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_situations_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations_quiz" ADD CONSTRAINT "legal_situations_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations_workflow_history" ADD CONSTRAINT "legal_situations_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_situations_workflow_history" ADD CONSTRAINT "legal_situations_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations" ADD CONSTRAINT "legal_situations_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_situations" ADD CONSTRAINT "legal_situations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_situations" ADD CONSTRAINT "legal_situations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_situations_rels" ADD CONSTRAINT "legal_situations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations_rels" ADD CONSTRAINT "legal_situations_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations_rels" ADD CONSTRAINT "legal_situations_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_situations_rels" ADD CONSTRAINT "legal_situations_rels_legal_situations_fk" FOREIGN KEY ("legal_situations_id") REFERENCES "public"."legal_situations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_version_citations" ADD CONSTRAINT "_legal_situations_v_version_citations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_version_citations" ADD CONSTRAINT "_legal_situations_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_version_quiz_options" ADD CONSTRAINT "_legal_situations_v_version_quiz_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_situations_v_version_quiz"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_version_quiz" ADD CONSTRAINT "_legal_situations_v_version_quiz_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_version_workflow_history" ADD CONSTRAINT "_legal_situations_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_version_workflow_history" ADD CONSTRAINT "_legal_situations_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v" ADD CONSTRAINT "_legal_situations_v_parent_id_legal_situations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_situations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_situations_v" ADD CONSTRAINT "_legal_situations_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_situations_v" ADD CONSTRAINT "_legal_situations_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_situations_v" ADD CONSTRAINT "_legal_situations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_rels" ADD CONSTRAINT "_legal_situations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_situations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_rels" ADD CONSTRAINT "_legal_situations_v_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_rels" ADD CONSTRAINT "_legal_situations_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_situations_v_rels" ADD CONSTRAINT "_legal_situations_v_rels_legal_situations_fk" FOREIGN KEY ("legal_situations_id") REFERENCES "public"."legal_situations"("id") ON DELETE cascade ON UPDATE no action;
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
  ALTER TABLE "library_files" ADD CONSTRAINT "library_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items_captions" ADD CONSTRAINT "library_items_captions_file_id_library_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items_captions" ADD CONSTRAINT "library_items_captions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items_legal_basis" ADD CONSTRAINT "library_items_legal_basis_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items_legal_basis" ADD CONSTRAINT "library_items_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items_workflow_history" ADD CONSTRAINT "library_items_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items_workflow_history" ADD CONSTRAINT "library_items_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_video_file_id_library_files_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_audio_file_id_library_files_id_fk" FOREIGN KEY ("audio_file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_pdf_file_id_library_files_id_fk" FOREIGN KEY ("pdf_file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items" ADD CONSTRAINT "library_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "library_items_rels" ADD CONSTRAINT "library_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items_rels" ADD CONSTRAINT "library_items_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items_rels" ADD CONSTRAINT "library_items_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items_rels" ADD CONSTRAINT "library_items_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "library_items_rels" ADD CONSTRAINT "library_items_rels_library_items_fk" FOREIGN KEY ("library_items_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_version_captions" ADD CONSTRAINT "_library_items_v_version_captions_file_id_library_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v_version_captions" ADD CONSTRAINT "_library_items_v_version_captions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_library_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_version_legal_basis" ADD CONSTRAINT "_library_items_v_version_legal_basis_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v_version_legal_basis" ADD CONSTRAINT "_library_items_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_library_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_version_workflow_history" ADD CONSTRAINT "_library_items_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v_version_workflow_history" ADD CONSTRAINT "_library_items_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_library_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_parent_id_library_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."library_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_video_file_id_library_files_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_audio_file_id_library_files_id_fk" FOREIGN KEY ("version_audio_file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_pdf_file_id_library_files_id_fk" FOREIGN KEY ("version_pdf_file_id") REFERENCES "public"."library_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v" ADD CONSTRAINT "_library_items_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_library_items_v_rels" ADD CONSTRAINT "_library_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_library_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_rels" ADD CONSTRAINT "_library_items_v_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_rels" ADD CONSTRAINT "_library_items_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_rels" ADD CONSTRAINT "_library_items_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_library_items_v_rels" ADD CONSTRAINT "_library_items_v_rels_library_items_fk" FOREIGN KEY ("library_items_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "legal_situations_citations_order_idx" ON "legal_situations_citations" USING btree ("_order");
  CREATE INDEX "legal_situations_citations_parent_id_idx" ON "legal_situations_citations" USING btree ("_parent_id");
  CREATE INDEX "legal_situations_citations_document_idx" ON "legal_situations_citations" USING btree ("document_id");
  CREATE INDEX "legal_situations_quiz_options_order_idx" ON "legal_situations_quiz_options" USING btree ("_order");
  CREATE INDEX "legal_situations_quiz_options_parent_id_idx" ON "legal_situations_quiz_options" USING btree ("_parent_id");
  CREATE INDEX "legal_situations_quiz_order_idx" ON "legal_situations_quiz" USING btree ("_order");
  CREATE INDEX "legal_situations_quiz_parent_id_idx" ON "legal_situations_quiz" USING btree ("_parent_id");
  CREATE INDEX "legal_situations_workflow_history_order_idx" ON "legal_situations_workflow_history" USING btree ("_order");
  CREATE INDEX "legal_situations_workflow_history_parent_id_idx" ON "legal_situations_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "legal_situations_workflow_history_by_idx" ON "legal_situations_workflow_history" USING btree ("by_id");
  CREATE INDEX "legal_situations_image_idx" ON "legal_situations" USING btree ("image_id");
  CREATE INDEX "legal_situations_legal_basis_changed_idx" ON "legal_situations" USING btree ("legal_basis_changed");
  CREATE UNIQUE INDEX "legal_situations_slug_idx" ON "legal_situations" USING btree ("slug");
  CREATE INDEX "legal_situations_unit_idx" ON "legal_situations" USING btree ("unit_id");
  CREATE INDEX "legal_situations_workflow_state_idx" ON "legal_situations" USING btree ("workflow_state");
  CREATE INDEX "legal_situations_published_at_idx" ON "legal_situations" USING btree ("published_at");
  CREATE INDEX "legal_situations_created_by_idx" ON "legal_situations" USING btree ("created_by_id");
  CREATE INDEX "legal_situations_updated_at_idx" ON "legal_situations" USING btree ("updated_at");
  CREATE INDEX "legal_situations_created_at_idx" ON "legal_situations" USING btree ("created_at");
  CREATE INDEX "legal_situations_rels_order_idx" ON "legal_situations_rels" USING btree ("order");
  CREATE INDEX "legal_situations_rels_parent_idx" ON "legal_situations_rels" USING btree ("parent_id");
  CREATE INDEX "legal_situations_rels_path_idx" ON "legal_situations_rels" USING btree ("path");
  CREATE INDEX "legal_situations_rels_legal_fields_id_idx" ON "legal_situations_rels" USING btree ("legal_fields_id");
  CREATE INDEX "legal_situations_rels_audiences_id_idx" ON "legal_situations_rels" USING btree ("audiences_id");
  CREATE INDEX "legal_situations_rels_legal_situations_id_idx" ON "legal_situations_rels" USING btree ("legal_situations_id");
  CREATE INDEX "_legal_situations_v_version_citations_order_idx" ON "_legal_situations_v_version_citations" USING btree ("_order");
  CREATE INDEX "_legal_situations_v_version_citations_parent_id_idx" ON "_legal_situations_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_legal_situations_v_version_citations_document_idx" ON "_legal_situations_v_version_citations" USING btree ("document_id");
  CREATE INDEX "_legal_situations_v_version_quiz_options_order_idx" ON "_legal_situations_v_version_quiz_options" USING btree ("_order");
  CREATE INDEX "_legal_situations_v_version_quiz_options_parent_id_idx" ON "_legal_situations_v_version_quiz_options" USING btree ("_parent_id");
  CREATE INDEX "_legal_situations_v_version_quiz_order_idx" ON "_legal_situations_v_version_quiz" USING btree ("_order");
  CREATE INDEX "_legal_situations_v_version_quiz_parent_id_idx" ON "_legal_situations_v_version_quiz" USING btree ("_parent_id");
  CREATE INDEX "_legal_situations_v_version_workflow_history_order_idx" ON "_legal_situations_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_legal_situations_v_version_workflow_history_parent_id_idx" ON "_legal_situations_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_legal_situations_v_version_workflow_history_by_idx" ON "_legal_situations_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_legal_situations_v_parent_idx" ON "_legal_situations_v" USING btree ("parent_id");
  CREATE INDEX "_legal_situations_v_version_version_image_idx" ON "_legal_situations_v" USING btree ("version_image_id");
  CREATE INDEX "_legal_situations_v_version_version_legal_basis_changed_idx" ON "_legal_situations_v" USING btree ("version_legal_basis_changed");
  CREATE INDEX "_legal_situations_v_version_version_slug_idx" ON "_legal_situations_v" USING btree ("version_slug");
  CREATE INDEX "_legal_situations_v_version_version_unit_idx" ON "_legal_situations_v" USING btree ("version_unit_id");
  CREATE INDEX "_legal_situations_v_version_version_workflow_state_idx" ON "_legal_situations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_legal_situations_v_version_version_published_at_idx" ON "_legal_situations_v" USING btree ("version_published_at");
  CREATE INDEX "_legal_situations_v_version_version_created_by_idx" ON "_legal_situations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_legal_situations_v_version_version_updated_at_idx" ON "_legal_situations_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_situations_v_version_version_created_at_idx" ON "_legal_situations_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_situations_v_created_at_idx" ON "_legal_situations_v" USING btree ("created_at");
  CREATE INDEX "_legal_situations_v_updated_at_idx" ON "_legal_situations_v" USING btree ("updated_at");
  CREATE INDEX "_legal_situations_v_rels_order_idx" ON "_legal_situations_v_rels" USING btree ("order");
  CREATE INDEX "_legal_situations_v_rels_parent_idx" ON "_legal_situations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_situations_v_rels_path_idx" ON "_legal_situations_v_rels" USING btree ("path");
  CREATE INDEX "_legal_situations_v_rels_legal_fields_id_idx" ON "_legal_situations_v_rels" USING btree ("legal_fields_id");
  CREATE INDEX "_legal_situations_v_rels_audiences_id_idx" ON "_legal_situations_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_legal_situations_v_rels_legal_situations_id_idx" ON "_legal_situations_v_rels" USING btree ("legal_situations_id");
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
  CREATE UNIQUE INDEX "contest_certificates_entry_idx" ON "contest_certificates" USING btree ("entry_id");
  CREATE INDEX "contest_certificates_attempt_idx" ON "contest_certificates" USING btree ("attempt_id");
  CREATE INDEX "contest_certificates_round_idx" ON "contest_certificates" USING btree ("round_id");
  CREATE INDEX "contest_certificates_contest_idx" ON "contest_certificates" USING btree ("contest_id");
  CREATE INDEX "contest_certificates_updated_at_idx" ON "contest_certificates" USING btree ("updated_at");
  CREATE INDEX "contest_certificates_created_at_idx" ON "contest_certificates" USING btree ("created_at");
  CREATE INDEX "library_files_family_idx" ON "library_files" USING btree ("family");
  CREATE INDEX "library_files_is_public_idx" ON "library_files" USING btree ("is_public");
  CREATE INDEX "library_files_uploaded_by_idx" ON "library_files" USING btree ("uploaded_by_id");
  CREATE INDEX "library_files_updated_at_idx" ON "library_files" USING btree ("updated_at");
  CREATE INDEX "library_files_created_at_idx" ON "library_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "library_files_filename_idx" ON "library_files" USING btree ("filename");
  CREATE INDEX "library_items_captions_order_idx" ON "library_items_captions" USING btree ("_order");
  CREATE INDEX "library_items_captions_parent_id_idx" ON "library_items_captions" USING btree ("_parent_id");
  CREATE INDEX "library_items_captions_file_idx" ON "library_items_captions" USING btree ("file_id");
  CREATE INDEX "library_items_legal_basis_order_idx" ON "library_items_legal_basis" USING btree ("_order");
  CREATE INDEX "library_items_legal_basis_parent_id_idx" ON "library_items_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "library_items_legal_basis_document_idx" ON "library_items_legal_basis" USING btree ("document_id");
  CREATE INDEX "library_items_workflow_history_order_idx" ON "library_items_workflow_history" USING btree ("_order");
  CREATE INDEX "library_items_workflow_history_parent_id_idx" ON "library_items_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "library_items_workflow_history_by_idx" ON "library_items_workflow_history" USING btree ("by_id");
  CREATE INDEX "library_items_kind_idx" ON "library_items" USING btree ("kind");
  CREATE INDEX "library_items_video_file_idx" ON "library_items" USING btree ("video_file_id");
  CREATE INDEX "library_items_poster_idx" ON "library_items" USING btree ("poster_id");
  CREATE INDEX "library_items_audio_file_idx" ON "library_items" USING btree ("audio_file_id");
  CREATE INDEX "library_items_image_idx" ON "library_items" USING btree ("image_id");
  CREATE INDEX "library_items_pdf_file_idx" ON "library_items" USING btree ("pdf_file_id");
  CREATE INDEX "library_items_cover_idx" ON "library_items" USING btree ("cover_id");
  CREATE UNIQUE INDEX "library_items_slug_idx" ON "library_items" USING btree ("slug");
  CREATE INDEX "library_items_unit_idx" ON "library_items" USING btree ("unit_id");
  CREATE INDEX "library_items_workflow_state_idx" ON "library_items" USING btree ("workflow_state");
  CREATE INDEX "library_items_published_at_idx" ON "library_items" USING btree ("published_at");
  CREATE INDEX "library_items_created_by_idx" ON "library_items" USING btree ("created_by_id");
  CREATE INDEX "library_items_updated_at_idx" ON "library_items" USING btree ("updated_at");
  CREATE INDEX "library_items_created_at_idx" ON "library_items" USING btree ("created_at");
  CREATE INDEX "library_items_rels_order_idx" ON "library_items_rels" USING btree ("order");
  CREATE INDEX "library_items_rels_parent_idx" ON "library_items_rels" USING btree ("parent_id");
  CREATE INDEX "library_items_rels_path_idx" ON "library_items_rels" USING btree ("path");
  CREATE INDEX "library_items_rels_legal_fields_id_idx" ON "library_items_rels" USING btree ("legal_fields_id");
  CREATE INDEX "library_items_rels_audiences_id_idx" ON "library_items_rels" USING btree ("audiences_id");
  CREATE INDEX "library_items_rels_areas_id_idx" ON "library_items_rels" USING btree ("areas_id");
  CREATE INDEX "library_items_rels_library_items_id_idx" ON "library_items_rels" USING btree ("library_items_id");
  CREATE INDEX "_library_items_v_version_captions_order_idx" ON "_library_items_v_version_captions" USING btree ("_order");
  CREATE INDEX "_library_items_v_version_captions_parent_id_idx" ON "_library_items_v_version_captions" USING btree ("_parent_id");
  CREATE INDEX "_library_items_v_version_captions_file_idx" ON "_library_items_v_version_captions" USING btree ("file_id");
  CREATE INDEX "_library_items_v_version_legal_basis_order_idx" ON "_library_items_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_library_items_v_version_legal_basis_parent_id_idx" ON "_library_items_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_library_items_v_version_legal_basis_document_idx" ON "_library_items_v_version_legal_basis" USING btree ("document_id");
  CREATE INDEX "_library_items_v_version_workflow_history_order_idx" ON "_library_items_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_library_items_v_version_workflow_history_parent_id_idx" ON "_library_items_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_library_items_v_version_workflow_history_by_idx" ON "_library_items_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_library_items_v_parent_idx" ON "_library_items_v" USING btree ("parent_id");
  CREATE INDEX "_library_items_v_version_version_kind_idx" ON "_library_items_v" USING btree ("version_kind");
  CREATE INDEX "_library_items_v_version_version_video_file_idx" ON "_library_items_v" USING btree ("version_video_file_id");
  CREATE INDEX "_library_items_v_version_version_poster_idx" ON "_library_items_v" USING btree ("version_poster_id");
  CREATE INDEX "_library_items_v_version_version_audio_file_idx" ON "_library_items_v" USING btree ("version_audio_file_id");
  CREATE INDEX "_library_items_v_version_version_image_idx" ON "_library_items_v" USING btree ("version_image_id");
  CREATE INDEX "_library_items_v_version_version_pdf_file_idx" ON "_library_items_v" USING btree ("version_pdf_file_id");
  CREATE INDEX "_library_items_v_version_version_cover_idx" ON "_library_items_v" USING btree ("version_cover_id");
  CREATE INDEX "_library_items_v_version_version_slug_idx" ON "_library_items_v" USING btree ("version_slug");
  CREATE INDEX "_library_items_v_version_version_unit_idx" ON "_library_items_v" USING btree ("version_unit_id");
  CREATE INDEX "_library_items_v_version_version_workflow_state_idx" ON "_library_items_v" USING btree ("version_workflow_state");
  CREATE INDEX "_library_items_v_version_version_published_at_idx" ON "_library_items_v" USING btree ("version_published_at");
  CREATE INDEX "_library_items_v_version_version_created_by_idx" ON "_library_items_v" USING btree ("version_created_by_id");
  CREATE INDEX "_library_items_v_version_version_updated_at_idx" ON "_library_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_library_items_v_version_version_created_at_idx" ON "_library_items_v" USING btree ("version_created_at");
  CREATE INDEX "_library_items_v_created_at_idx" ON "_library_items_v" USING btree ("created_at");
  CREATE INDEX "_library_items_v_updated_at_idx" ON "_library_items_v" USING btree ("updated_at");
  CREATE INDEX "_library_items_v_rels_order_idx" ON "_library_items_v_rels" USING btree ("order");
  CREATE INDEX "_library_items_v_rels_parent_idx" ON "_library_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_library_items_v_rels_path_idx" ON "_library_items_v_rels" USING btree ("path");
  CREATE INDEX "_library_items_v_rels_legal_fields_id_idx" ON "_library_items_v_rels" USING btree ("legal_fields_id");
  CREATE INDEX "_library_items_v_rels_audiences_id_idx" ON "_library_items_v_rels" USING btree ("audiences_id");
  CREATE INDEX "_library_items_v_rels_areas_id_idx" ON "_library_items_v_rels" USING btree ("areas_id");
  CREATE INDEX "_library_items_v_rels_library_items_id_idx" ON "_library_items_v_rels" USING btree ("library_items_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contests_fk" FOREIGN KEY ("contests_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_rounds_fk" FOREIGN KEY ("contest_rounds_id") REFERENCES "public"."contest_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_questions_fk" FOREIGN KEY ("contest_questions_id") REFERENCES "public"."contest_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_entries_fk" FOREIGN KEY ("contest_entries_id") REFERENCES "public"."contest_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_attempts_fk" FOREIGN KEY ("contest_attempts_id") REFERENCES "public"."contest_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_answers_fk" FOREIGN KEY ("contest_answers_id") REFERENCES "public"."contest_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_certificates_fk" FOREIGN KEY ("contest_certificates_id") REFERENCES "public"."contest_certificates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_library_files_fk" FOREIGN KEY ("library_files_id") REFERENCES "public"."library_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "workflowState_publishedAt_section_unit_idx" ON "articles" USING btree ("workflow_state","published_at","section_id","unit_id");
  CREATE INDEX "compound_index_idx" ON "_articles_v" USING btree ("version_workflow_state","version_published_at","version_section_id","version_unit_id");
  CREATE INDEX "compound_index_1_idx" ON "questions" USING btree ("status","answered_at","published_at","received_at","due_date","field_id","assigned_unit_id","answering_unit_id");
  CREATE INDEX "compound_index_2_idx" ON "_questions_v" USING btree ("version_status","version_answered_at","version_published_at","version_received_at","version_due_date","version_field_id","version_assigned_unit_id","version_answering_unit_id");
  CREATE INDEX "payload_locked_documents_rels_contests_id_idx" ON "payload_locked_documents_rels" USING btree ("contests_id");
  CREATE INDEX "payload_locked_documents_rels_contest_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_rounds_id");
  CREATE INDEX "payload_locked_documents_rels_contest_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_questions_id");
  CREATE INDEX "payload_locked_documents_rels_contest_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_entries_id");
  CREATE INDEX "payload_locked_documents_rels_contest_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_contest_answers_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_answers_id");
  CREATE INDEX "payload_locked_documents_rels_contest_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_certificates_id");
  CREATE INDEX "payload_locked_documents_rels_library_files_id_idx" ON "payload_locked_documents_rels" USING btree ("library_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "legal_situations_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_situations_quiz_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_situations_quiz" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_situations_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_situations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_situations_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_situations_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_situations_v_version_quiz_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_situations_v_version_quiz" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_situations_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_situations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_situations_v_rels" DISABLE ROW LEVEL SECURITY;
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
  ALTER TABLE "library_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "library_items_captions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "library_items_legal_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "library_items_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "library_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "library_items_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_library_items_v_version_captions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_library_items_v_version_legal_basis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_library_items_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_library_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_library_items_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "situations_legal_basis_scan" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "legal_situations_citations" CASCADE;
  DROP TABLE "legal_situations_quiz_options" CASCADE;
  DROP TABLE "legal_situations_quiz" CASCADE;
  DROP TABLE "legal_situations_workflow_history" CASCADE;
  DROP TABLE "legal_situations" CASCADE;
  DROP TABLE "legal_situations_rels" CASCADE;
  DROP TABLE "_legal_situations_v_version_citations" CASCADE;
  DROP TABLE "_legal_situations_v_version_quiz_options" CASCADE;
  DROP TABLE "_legal_situations_v_version_quiz" CASCADE;
  DROP TABLE "_legal_situations_v_version_workflow_history" CASCADE;
  DROP TABLE "_legal_situations_v" CASCADE;
  DROP TABLE "_legal_situations_v_rels" CASCADE;
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
  DROP TABLE "library_files" CASCADE;
  DROP TABLE "library_items_captions" CASCADE;
  DROP TABLE "library_items_legal_basis" CASCADE;
  DROP TABLE "library_items_workflow_history" CASCADE;
  DROP TABLE "library_items" CASCADE;
  DROP TABLE "library_items_rels" CASCADE;
  DROP TABLE "_library_items_v_version_captions" CASCADE;
  DROP TABLE "_library_items_v_version_legal_basis" CASCADE;
  DROP TABLE "_library_items_v_version_workflow_history" CASCADE;
  DROP TABLE "_library_items_v" CASCADE;
  DROP TABLE "_library_items_v_rels" CASCADE;
  DROP TABLE "situations_legal_basis_scan" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_rounds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_questions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_entries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_answers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_contest_certificates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_library_files_fk";
  
  DROP INDEX "workflowState_publishedAt_section_unit_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "compound_index_1_idx";
  DROP INDEX "compound_index_2_idx";
  DROP INDEX "payload_locked_documents_rels_contests_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_rounds_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_questions_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_entries_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_answers_id_idx";
  DROP INDEX "payload_locked_documents_rels_contest_certificates_id_idx";
  DROP INDEX "payload_locked_documents_rels_library_files_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_rounds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_questions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_entries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_answers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_certificates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "library_files_id";
  DROP TYPE "public"."enum_legal_situations_workflow_history_action";
  DROP TYPE "public"."enum_legal_situations_workflow_history_from_state";
  DROP TYPE "public"."enum_legal_situations_workflow_history_to_state";
  DROP TYPE "public"."enum_legal_situations_workflow_state";
  DROP TYPE "public"."enum__legal_situations_v_version_workflow_history_action";
  DROP TYPE "public"."enum__legal_situations_v_version_workflow_history_from_state";
  DROP TYPE "public"."enum__legal_situations_v_version_workflow_history_to_state";
  DROP TYPE "public"."enum__legal_situations_v_version_workflow_state";
  DROP TYPE "public"."enum_contests_contact_kinds";
  DROP TYPE "public"."enum_contests_status";
  DROP TYPE "public"."enum_contests_eligibility";
  DROP TYPE "public"."enum_contests_certificate_rule";
  DROP TYPE "public"."enum_contest_questions_kind";
  DROP TYPE "public"."enum_contest_entries_contact_kind";
  DROP TYPE "public"."enum_contest_attempts_status";
  DROP TYPE "public"."enum_library_files_family";
  DROP TYPE "public"."enum_library_items_captions_language";
  DROP TYPE "public"."enum_library_items_workflow_history_action";
  DROP TYPE "public"."enum_library_items_workflow_history_from_state";
  DROP TYPE "public"."enum_library_items_workflow_history_to_state";
  DROP TYPE "public"."enum_library_items_kind";
  DROP TYPE "public"."enum_library_items_video_source";
  DROP TYPE "public"."enum_library_items_workflow_state";
  DROP TYPE "public"."enum__library_items_v_version_captions_language";
  DROP TYPE "public"."enum__library_items_v_version_workflow_history_action";
  DROP TYPE "public"."enum__library_items_v_version_workflow_history_from_state";
  DROP TYPE "public"."enum__library_items_v_version_workflow_history_to_state";
  DROP TYPE "public"."enum__library_items_v_version_kind";
  DROP TYPE "public"."enum__library_items_v_version_video_source";
  DROP TYPE "public"."enum__library_items_v_version_workflow_state";`)
}
