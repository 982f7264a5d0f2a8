import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_history_action" AS ENUM('save', 'accept', 'reject', 'merge', 'assign', 'answer', 'return', 'publish', 'unpublish', 'reopen', 'mark-reviewed', 'erase');
  CREATE TYPE "public"."enum_questions_history_from_status" AS ENUM('new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged');
  CREATE TYPE "public"."enum_questions_history_to_status" AS ENUM('new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged');
  CREATE TYPE "public"."enum_questions_rejection_reason" AS ENUM('spam', 'not-legal', 'duplicate', 'out-of-scope');
  CREATE TYPE "public"."enum__questions_v_version_history_action" AS ENUM('save', 'accept', 'reject', 'merge', 'assign', 'answer', 'return', 'publish', 'unpublish', 'reopen', 'mark-reviewed', 'erase');
  CREATE TYPE "public"."enum__questions_v_version_history_from_status" AS ENUM('new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged');
  CREATE TYPE "public"."enum__questions_v_version_history_to_status" AS ENUM('new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged');
  CREATE TYPE "public"."enum__questions_v_version_status" AS ENUM('new', 'accepted', 'assigned', 'answered', 'published', 'rejected', 'merged');
  CREATE TYPE "public"."enum__questions_v_version_rejection_reason" AS ENUM('spam', 'not-legal', 'duplicate', 'out-of-scope');
  CREATE TYPE "public"."enum_dialogues_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_dialogues_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_dialogues_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_dialogues_kind" AS ENUM('lay-y-kien', 'truc-tiep');
  CREATE TYPE "public"."enum_dialogues_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__dialogues_v_version_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum__dialogues_v_version_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__dialogues_v_version_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__dialogues_v_version_kind" AS ENUM('lay-y-kien', 'truc-tiep');
  CREATE TYPE "public"."enum__dialogues_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_dialogue_comments_flags_reason" AS ENUM('xuc-pham', 'quang-cao', 'thong-tin-ca-nhan', 'sai-su-that', 'khac');
  CREATE TYPE "public"."enum_dialogue_comments_kind" AS ENUM('gop-y', 'cau-hoi');
  CREATE TYPE "public"."enum_dialogue_comments_status" AS ENUM('cho-duyet', 'da-dang', 'tu-choi');
  CREATE TYPE "public"."enum_dialogue_comments_decision" AS ENUM('tiep-thu', 'tiep-thu-mot-phan', 'giai-trinh');
  CREATE TYPE "public"."enum_antispam_records_kind" AS ENUM('challenge', 'submission');
  CREATE TYPE "public"."enum_outbox_mails_status" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_privacy_audit_action" AS ENUM('view', 'update', 'export', 'erase');
  CREATE TABLE "questions_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar
  );
  
  CREATE TABLE "questions_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_questions_history_action",
  	"from_status" "enum_questions_history_from_status",
  	"to_status" "enum_questions_history_to_status",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar,
  	"status" "enum_questions_status" DEFAULT 'new',
  	"due_soon_reminded_at" timestamp(3) with time zone,
  	"overdue_reminded_at" timestamp(3) with time zone,
  	"answer_notified_at" timestamp(3) with time zone,
  	"anonymised_at" timestamp(3) with time zone,
  	"title" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"field_id" integer,
  	"area_id" integer,
  	"asker_name" varchar,
  	"asker_email" varchar,
  	"asker_phone" varchar,
  	"asker_consent_at" timestamp(3) with time zone,
  	"asker_ip_hash" varchar,
  	"asker_contact_hash" varchar,
  	"original_title" varchar,
  	"original_body" varchar,
  	"attachment_id" integer,
  	"tracking_key_hash" varchar,
  	"rejection_reason" "enum_questions_rejection_reason",
  	"duplicate_of_id" integer,
  	"rejection_note" varchar,
  	"assigned_unit_id" integer,
  	"assigned_expert_id" integer,
  	"received_at" timestamp(3) with time zone,
  	"assigned_at" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"answer" jsonb,
  	"citation_warning" varchar,
  	"answering_unit_id" integer,
  	"answered_by_id" integer,
  	"answered_at" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"legal_basis_changed" boolean DEFAULT false,
  	"legal_basis_note" varchar,
  	"legal_basis_checked_at" timestamp(3) with time zone,
  	"slug" varchar,
  	"workflow_state" varchar,
  	"view_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer
  );
  
  CREATE TABLE "_questions_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"article" varchar,
  	"anchor" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v_version_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__questions_v_version_history_action",
  	"from_status" "enum__questions_v_version_history_from_status",
  	"to_status" "enum__questions_v_version_history_to_status",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tracking_code" varchar,
  	"version_status" "enum__questions_v_version_status" DEFAULT 'new',
  	"version_due_soon_reminded_at" timestamp(3) with time zone,
  	"version_overdue_reminded_at" timestamp(3) with time zone,
  	"version_answer_notified_at" timestamp(3) with time zone,
  	"version_anonymised_at" timestamp(3) with time zone,
  	"version_title" varchar NOT NULL,
  	"version_body" varchar NOT NULL,
  	"version_field_id" integer,
  	"version_area_id" integer,
  	"version_asker_name" varchar,
  	"version_asker_email" varchar,
  	"version_asker_phone" varchar,
  	"version_asker_consent_at" timestamp(3) with time zone,
  	"version_asker_ip_hash" varchar,
  	"version_asker_contact_hash" varchar,
  	"version_original_title" varchar,
  	"version_original_body" varchar,
  	"version_attachment_id" integer,
  	"version_tracking_key_hash" varchar,
  	"version_rejection_reason" "enum__questions_v_version_rejection_reason",
  	"version_duplicate_of_id" integer,
  	"version_rejection_note" varchar,
  	"version_assigned_unit_id" integer,
  	"version_assigned_expert_id" integer,
  	"version_received_at" timestamp(3) with time zone,
  	"version_assigned_at" timestamp(3) with time zone,
  	"version_due_date" timestamp(3) with time zone,
  	"version_answer" jsonb,
  	"version_citation_warning" varchar,
  	"version_answering_unit_id" integer,
  	"version_answered_by_id" integer,
  	"version_answered_at" timestamp(3) with time zone,
  	"version_approved_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_legal_basis_changed" boolean DEFAULT false,
  	"version_legal_basis_note" varchar,
  	"version_legal_basis_checked_at" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_workflow_state" varchar,
  	"version_view_count" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_questions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer
  );
  
  CREATE TABLE "private_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
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
  
  CREATE TABLE "dialogues_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"heading" varchar NOT NULL,
  	"body" varchar
  );
  
  CREATE TABLE "dialogues_officials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"unit" varchar
  );
  
  CREATE TABLE "dialogues_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_dialogues_workflow_history_action",
  	"from_state" "enum_dialogues_workflow_history_from_state",
  	"to_state" "enum_dialogues_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "dialogues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"kind" "enum_dialogues_kind" DEFAULT 'lay-y-kien' NOT NULL,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"introduction" jsonb,
  	"session_starts_at" timestamp(3) with time zone,
  	"session_ends_at" timestamp(3) with time zone,
  	"place" varchar,
  	"stream_url" varchar,
  	"transcript" jsonb,
  	"closing_summary" varchar,
  	"adopted_document_id" integer,
  	"final_text" jsonb,
  	"summary_published" boolean DEFAULT false,
  	"slug" varchar,
  	"unit_id" integer,
  	"workflow_state" "enum_dialogues_workflow_state" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dialogues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"legal_documents_id" integer,
  	"files_id" integer
  );
  
  CREATE TABLE "_dialogues_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"heading" varchar NOT NULL,
  	"body" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_dialogues_v_version_officials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"title" varchar,
  	"unit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_dialogues_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__dialogues_v_version_workflow_history_action",
  	"from_state" "enum__dialogues_v_version_workflow_history_from_state",
  	"to_state" "enum__dialogues_v_version_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_dialogues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_summary" varchar,
  	"version_kind" "enum__dialogues_v_version_kind" DEFAULT 'lay-y-kien' NOT NULL,
  	"version_opens_at" timestamp(3) with time zone NOT NULL,
  	"version_closes_at" timestamp(3) with time zone NOT NULL,
  	"version_introduction" jsonb,
  	"version_session_starts_at" timestamp(3) with time zone,
  	"version_session_ends_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_stream_url" varchar,
  	"version_transcript" jsonb,
  	"version_closing_summary" varchar,
  	"version_adopted_document_id" integer,
  	"version_final_text" jsonb,
  	"version_summary_published" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_unit_id" integer,
  	"version_workflow_state" "enum__dialogues_v_version_workflow_state" DEFAULT 'draft',
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_dialogues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer,
  	"legal_documents_id" integer,
  	"files_id" integer
  );
  
  CREATE TABLE "dialogue_comments_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reason" "enum_dialogue_comments_flags_reason",
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "dialogue_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dialogue_id" integer NOT NULL,
  	"section_key" varchar DEFAULT 'toan-van',
  	"kind" "enum_dialogue_comments_kind" DEFAULT 'gop-y',
  	"number" numeric,
  	"display_name" varchar,
  	"body" varchar NOT NULL,
  	"excerpt" varchar,
  	"author_name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar,
  	"status" "enum_dialogue_comments_status" DEFAULT 'cho-duyet' NOT NULL,
  	"reject_reason" varchar,
  	"flag_count" numeric DEFAULT 0,
  	"decision" "enum_dialogue_comments_decision",
  	"decision_reason" varchar,
  	"answered_by" varchar,
  	"answer" varchar,
  	"unit_id" integer,
  	"ip_hash" varchar,
  	"contact_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "antispam_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_antispam_records_kind" NOT NULL,
  	"key" varchar NOT NULL,
  	"scope" varchar,
  	"ip_hash" varchar,
  	"contact_hash" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "outbox_mails" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"html" varchar,
  	"kind" varchar NOT NULL,
  	"ref" varchar,
  	"status" "enum_outbox_mails_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"last_error" varchar,
  	"next_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "privacy_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer,
  	"user_name" varchar NOT NULL,
  	"action" "enum_privacy_audit_action" NOT NULL,
  	"target" varchar NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"fields" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "qa_legal_basis_scan" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"effect_history_at" timestamp(3) with time zone,
  	"relations_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_extra_days_off" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "site_settings_extra_working_days" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"note" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "private_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "antispam_records_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outbox_mails_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "privacy_audit_id" integer;
  ALTER TABLE "questions_citations" ADD CONSTRAINT "questions_citations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_citations" ADD CONSTRAINT "questions_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_history" ADD CONSTRAINT "questions_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_history" ADD CONSTRAINT "questions_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_field_id_legal_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."legal_fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_attachment_id_private_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."private_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_duplicate_of_id_questions_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assigned_unit_id_units_id_fk" FOREIGN KEY ("assigned_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assigned_expert_id_users_id_fk" FOREIGN KEY ("assigned_expert_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_answering_unit_id_units_id_fk" FOREIGN KEY ("answering_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_citations" ADD CONSTRAINT "_questions_v_version_citations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_version_citations" ADD CONSTRAINT "_questions_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_history" ADD CONSTRAINT "_questions_v_version_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_version_history" ADD CONSTRAINT "_questions_v_version_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_parent_id_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_field_id_legal_fields_id_fk" FOREIGN KEY ("version_field_id") REFERENCES "public"."legal_fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_attachment_id_private_files_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."private_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_duplicate_of_id_questions_id_fk" FOREIGN KEY ("version_duplicate_of_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_assigned_unit_id_units_id_fk" FOREIGN KEY ("version_assigned_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_assigned_expert_id_users_id_fk" FOREIGN KEY ("version_assigned_expert_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_answering_unit_id_units_id_fk" FOREIGN KEY ("version_answering_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_answered_by_id_users_id_fk" FOREIGN KEY ("version_answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues_sections" ADD CONSTRAINT "dialogues_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues_officials" ADD CONSTRAINT "dialogues_officials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues_workflow_history" ADD CONSTRAINT "dialogues_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogues_workflow_history" ADD CONSTRAINT "dialogues_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_adopted_document_id_legal_documents_id_fk" FOREIGN KEY ("adopted_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogues_rels" ADD CONSTRAINT "dialogues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dialogues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues_rels" ADD CONSTRAINT "dialogues_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues_rels" ADD CONSTRAINT "dialogues_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogues_rels" ADD CONSTRAINT "dialogues_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v_version_sections" ADD CONSTRAINT "_dialogues_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dialogues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v_version_officials" ADD CONSTRAINT "_dialogues_v_version_officials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dialogues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v_version_workflow_history" ADD CONSTRAINT "_dialogues_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dialogues_v_version_workflow_history" ADD CONSTRAINT "_dialogues_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_dialogues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v" ADD CONSTRAINT "_dialogues_v_parent_id_dialogues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dialogues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dialogues_v" ADD CONSTRAINT "_dialogues_v_version_adopted_document_id_legal_documents_id_fk" FOREIGN KEY ("version_adopted_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dialogues_v" ADD CONSTRAINT "_dialogues_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dialogues_v" ADD CONSTRAINT "_dialogues_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_dialogues_v_rels" ADD CONSTRAINT "_dialogues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_dialogues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v_rels" ADD CONSTRAINT "_dialogues_v_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v_rels" ADD CONSTRAINT "_dialogues_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_dialogues_v_rels" ADD CONSTRAINT "_dialogues_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogue_comments_flags" ADD CONSTRAINT "dialogue_comments_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dialogue_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogue_comments" ADD CONSTRAINT "dialogue_comments_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogue_comments" ADD CONSTRAINT "dialogue_comments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "privacy_audit" ADD CONSTRAINT "privacy_audit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_extra_days_off" ADD CONSTRAINT "site_settings_extra_days_off_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_extra_working_days" ADD CONSTRAINT "site_settings_extra_working_days_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "questions_citations_order_idx" ON "questions_citations" USING btree ("_order");
  CREATE INDEX "questions_citations_parent_id_idx" ON "questions_citations" USING btree ("_parent_id");
  CREATE INDEX "questions_citations_document_idx" ON "questions_citations" USING btree ("document_id");
  CREATE INDEX "questions_history_order_idx" ON "questions_history" USING btree ("_order");
  CREATE INDEX "questions_history_parent_id_idx" ON "questions_history" USING btree ("_parent_id");
  CREATE INDEX "questions_history_by_idx" ON "questions_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "questions_tracking_code_idx" ON "questions" USING btree ("tracking_code");
  CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status");
  CREATE INDEX "questions_field_idx" ON "questions" USING btree ("field_id");
  CREATE INDEX "questions_area_idx" ON "questions" USING btree ("area_id");
  CREATE INDEX "questions_asker_asker_contact_hash_idx" ON "questions" USING btree ("asker_contact_hash");
  CREATE INDEX "questions_attachment_idx" ON "questions" USING btree ("attachment_id");
  CREATE INDEX "questions_duplicate_of_idx" ON "questions" USING btree ("duplicate_of_id");
  CREATE INDEX "questions_assigned_unit_idx" ON "questions" USING btree ("assigned_unit_id");
  CREATE INDEX "questions_assigned_expert_idx" ON "questions" USING btree ("assigned_expert_id");
  CREATE INDEX "questions_received_at_idx" ON "questions" USING btree ("received_at");
  CREATE INDEX "questions_due_date_idx" ON "questions" USING btree ("due_date");
  CREATE INDEX "questions_answering_unit_idx" ON "questions" USING btree ("answering_unit_id");
  CREATE INDEX "questions_answered_by_idx" ON "questions" USING btree ("answered_by_id");
  CREATE INDEX "questions_approved_by_idx" ON "questions" USING btree ("approved_by_id");
  CREATE INDEX "questions_published_at_idx" ON "questions" USING btree ("published_at");
  CREATE INDEX "questions_legal_basis_changed_idx" ON "questions" USING btree ("legal_basis_changed");
  CREATE UNIQUE INDEX "questions_slug_idx" ON "questions" USING btree ("slug");
  CREATE INDEX "questions_workflow_state_idx" ON "questions" USING btree ("workflow_state");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_audiences_id_idx" ON "questions_rels" USING btree ("audiences_id");
  CREATE INDEX "_questions_v_version_citations_order_idx" ON "_questions_v_version_citations" USING btree ("_order");
  CREATE INDEX "_questions_v_version_citations_parent_id_idx" ON "_questions_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_citations_document_idx" ON "_questions_v_version_citations" USING btree ("document_id");
  CREATE INDEX "_questions_v_version_history_order_idx" ON "_questions_v_version_history" USING btree ("_order");
  CREATE INDEX "_questions_v_version_history_parent_id_idx" ON "_questions_v_version_history" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_history_by_idx" ON "_questions_v_version_history" USING btree ("by_id");
  CREATE INDEX "_questions_v_parent_idx" ON "_questions_v" USING btree ("parent_id");
  CREATE INDEX "_questions_v_version_version_tracking_code_idx" ON "_questions_v" USING btree ("version_tracking_code");
  CREATE INDEX "_questions_v_version_version_status_idx" ON "_questions_v" USING btree ("version_status");
  CREATE INDEX "_questions_v_version_version_field_idx" ON "_questions_v" USING btree ("version_field_id");
  CREATE INDEX "_questions_v_version_version_area_idx" ON "_questions_v" USING btree ("version_area_id");
  CREATE INDEX "_questions_v_version_asker_version_asker_contact_hash_idx" ON "_questions_v" USING btree ("version_asker_contact_hash");
  CREATE INDEX "_questions_v_version_version_attachment_idx" ON "_questions_v" USING btree ("version_attachment_id");
  CREATE INDEX "_questions_v_version_version_duplicate_of_idx" ON "_questions_v" USING btree ("version_duplicate_of_id");
  CREATE INDEX "_questions_v_version_version_assigned_unit_idx" ON "_questions_v" USING btree ("version_assigned_unit_id");
  CREATE INDEX "_questions_v_version_version_assigned_expert_idx" ON "_questions_v" USING btree ("version_assigned_expert_id");
  CREATE INDEX "_questions_v_version_version_received_at_idx" ON "_questions_v" USING btree ("version_received_at");
  CREATE INDEX "_questions_v_version_version_due_date_idx" ON "_questions_v" USING btree ("version_due_date");
  CREATE INDEX "_questions_v_version_version_answering_unit_idx" ON "_questions_v" USING btree ("version_answering_unit_id");
  CREATE INDEX "_questions_v_version_version_answered_by_idx" ON "_questions_v" USING btree ("version_answered_by_id");
  CREATE INDEX "_questions_v_version_version_approved_by_idx" ON "_questions_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_questions_v_version_version_published_at_idx" ON "_questions_v" USING btree ("version_published_at");
  CREATE INDEX "_questions_v_version_version_legal_basis_changed_idx" ON "_questions_v" USING btree ("version_legal_basis_changed");
  CREATE INDEX "_questions_v_version_version_slug_idx" ON "_questions_v" USING btree ("version_slug");
  CREATE INDEX "_questions_v_version_version_workflow_state_idx" ON "_questions_v" USING btree ("version_workflow_state");
  CREATE INDEX "_questions_v_version_version_updated_at_idx" ON "_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_questions_v_version_version_created_at_idx" ON "_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_questions_v_created_at_idx" ON "_questions_v" USING btree ("created_at");
  CREATE INDEX "_questions_v_updated_at_idx" ON "_questions_v" USING btree ("updated_at");
  CREATE INDEX "_questions_v_rels_order_idx" ON "_questions_v_rels" USING btree ("order");
  CREATE INDEX "_questions_v_rels_parent_idx" ON "_questions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_questions_v_rels_path_idx" ON "_questions_v_rels" USING btree ("path");
  CREATE INDEX "_questions_v_rels_audiences_id_idx" ON "_questions_v_rels" USING btree ("audiences_id");
  CREATE INDEX "private_files_updated_at_idx" ON "private_files" USING btree ("updated_at");
  CREATE INDEX "private_files_created_at_idx" ON "private_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "private_files_filename_idx" ON "private_files" USING btree ("filename");
  CREATE INDEX "dialogues_sections_order_idx" ON "dialogues_sections" USING btree ("_order");
  CREATE INDEX "dialogues_sections_parent_id_idx" ON "dialogues_sections" USING btree ("_parent_id");
  CREATE INDEX "dialogues_officials_order_idx" ON "dialogues_officials" USING btree ("_order");
  CREATE INDEX "dialogues_officials_parent_id_idx" ON "dialogues_officials" USING btree ("_parent_id");
  CREATE INDEX "dialogues_workflow_history_order_idx" ON "dialogues_workflow_history" USING btree ("_order");
  CREATE INDEX "dialogues_workflow_history_parent_id_idx" ON "dialogues_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "dialogues_workflow_history_by_idx" ON "dialogues_workflow_history" USING btree ("by_id");
  CREATE INDEX "dialogues_opens_at_idx" ON "dialogues" USING btree ("opens_at");
  CREATE INDEX "dialogues_closes_at_idx" ON "dialogues" USING btree ("closes_at");
  CREATE INDEX "dialogues_adopted_document_idx" ON "dialogues" USING btree ("adopted_document_id");
  CREATE UNIQUE INDEX "dialogues_slug_idx" ON "dialogues" USING btree ("slug");
  CREATE INDEX "dialogues_unit_idx" ON "dialogues" USING btree ("unit_id");
  CREATE INDEX "dialogues_workflow_state_idx" ON "dialogues" USING btree ("workflow_state");
  CREATE INDEX "dialogues_published_at_idx" ON "dialogues" USING btree ("published_at");
  CREATE INDEX "dialogues_created_by_idx" ON "dialogues" USING btree ("created_by_id");
  CREATE INDEX "dialogues_updated_at_idx" ON "dialogues" USING btree ("updated_at");
  CREATE INDEX "dialogues_created_at_idx" ON "dialogues" USING btree ("created_at");
  CREATE INDEX "dialogues_rels_order_idx" ON "dialogues_rels" USING btree ("order");
  CREATE INDEX "dialogues_rels_parent_idx" ON "dialogues_rels" USING btree ("parent_id");
  CREATE INDEX "dialogues_rels_path_idx" ON "dialogues_rels" USING btree ("path");
  CREATE INDEX "dialogues_rels_legal_fields_id_idx" ON "dialogues_rels" USING btree ("legal_fields_id");
  CREATE INDEX "dialogues_rels_legal_documents_id_idx" ON "dialogues_rels" USING btree ("legal_documents_id");
  CREATE INDEX "dialogues_rels_files_id_idx" ON "dialogues_rels" USING btree ("files_id");
  CREATE INDEX "_dialogues_v_version_sections_order_idx" ON "_dialogues_v_version_sections" USING btree ("_order");
  CREATE INDEX "_dialogues_v_version_sections_parent_id_idx" ON "_dialogues_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_dialogues_v_version_officials_order_idx" ON "_dialogues_v_version_officials" USING btree ("_order");
  CREATE INDEX "_dialogues_v_version_officials_parent_id_idx" ON "_dialogues_v_version_officials" USING btree ("_parent_id");
  CREATE INDEX "_dialogues_v_version_workflow_history_order_idx" ON "_dialogues_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_dialogues_v_version_workflow_history_parent_id_idx" ON "_dialogues_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_dialogues_v_version_workflow_history_by_idx" ON "_dialogues_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_dialogues_v_parent_idx" ON "_dialogues_v" USING btree ("parent_id");
  CREATE INDEX "_dialogues_v_version_version_opens_at_idx" ON "_dialogues_v" USING btree ("version_opens_at");
  CREATE INDEX "_dialogues_v_version_version_closes_at_idx" ON "_dialogues_v" USING btree ("version_closes_at");
  CREATE INDEX "_dialogues_v_version_version_adopted_document_idx" ON "_dialogues_v" USING btree ("version_adopted_document_id");
  CREATE INDEX "_dialogues_v_version_version_slug_idx" ON "_dialogues_v" USING btree ("version_slug");
  CREATE INDEX "_dialogues_v_version_version_unit_idx" ON "_dialogues_v" USING btree ("version_unit_id");
  CREATE INDEX "_dialogues_v_version_version_workflow_state_idx" ON "_dialogues_v" USING btree ("version_workflow_state");
  CREATE INDEX "_dialogues_v_version_version_published_at_idx" ON "_dialogues_v" USING btree ("version_published_at");
  CREATE INDEX "_dialogues_v_version_version_created_by_idx" ON "_dialogues_v" USING btree ("version_created_by_id");
  CREATE INDEX "_dialogues_v_version_version_updated_at_idx" ON "_dialogues_v" USING btree ("version_updated_at");
  CREATE INDEX "_dialogues_v_version_version_created_at_idx" ON "_dialogues_v" USING btree ("version_created_at");
  CREATE INDEX "_dialogues_v_created_at_idx" ON "_dialogues_v" USING btree ("created_at");
  CREATE INDEX "_dialogues_v_updated_at_idx" ON "_dialogues_v" USING btree ("updated_at");
  CREATE INDEX "_dialogues_v_rels_order_idx" ON "_dialogues_v_rels" USING btree ("order");
  CREATE INDEX "_dialogues_v_rels_parent_idx" ON "_dialogues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_dialogues_v_rels_path_idx" ON "_dialogues_v_rels" USING btree ("path");
  CREATE INDEX "_dialogues_v_rels_legal_fields_id_idx" ON "_dialogues_v_rels" USING btree ("legal_fields_id");
  CREATE INDEX "_dialogues_v_rels_legal_documents_id_idx" ON "_dialogues_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_dialogues_v_rels_files_id_idx" ON "_dialogues_v_rels" USING btree ("files_id");
  CREATE INDEX "dialogue_comments_flags_order_idx" ON "dialogue_comments_flags" USING btree ("_order");
  CREATE INDEX "dialogue_comments_flags_parent_id_idx" ON "dialogue_comments_flags" USING btree ("_parent_id");
  CREATE INDEX "dialogue_comments_dialogue_idx" ON "dialogue_comments" USING btree ("dialogue_id");
  CREATE INDEX "dialogue_comments_status_idx" ON "dialogue_comments" USING btree ("status");
  CREATE INDEX "dialogue_comments_decision_idx" ON "dialogue_comments" USING btree ("decision");
  CREATE INDEX "dialogue_comments_unit_idx" ON "dialogue_comments" USING btree ("unit_id");
  CREATE INDEX "dialogue_comments_contact_hash_idx" ON "dialogue_comments" USING btree ("contact_hash");
  CREATE INDEX "dialogue_comments_updated_at_idx" ON "dialogue_comments" USING btree ("updated_at");
  CREATE INDEX "dialogue_comments_created_at_idx" ON "dialogue_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "antispam_records_key_idx" ON "antispam_records" USING btree ("key");
  CREATE INDEX "antispam_records_scope_idx" ON "antispam_records" USING btree ("scope");
  CREATE INDEX "antispam_records_ip_hash_idx" ON "antispam_records" USING btree ("ip_hash");
  CREATE INDEX "antispam_records_contact_hash_idx" ON "antispam_records" USING btree ("contact_hash");
  CREATE INDEX "antispam_records_at_idx" ON "antispam_records" USING btree ("at");
  CREATE INDEX "antispam_records_expires_at_idx" ON "antispam_records" USING btree ("expires_at");
  CREATE INDEX "outbox_mails_kind_idx" ON "outbox_mails" USING btree ("kind");
  CREATE INDEX "outbox_mails_ref_idx" ON "outbox_mails" USING btree ("ref");
  CREATE INDEX "outbox_mails_status_idx" ON "outbox_mails" USING btree ("status");
  CREATE INDEX "outbox_mails_next_attempt_at_idx" ON "outbox_mails" USING btree ("next_attempt_at");
  CREATE INDEX "outbox_mails_updated_at_idx" ON "outbox_mails" USING btree ("updated_at");
  CREATE INDEX "outbox_mails_created_at_idx" ON "outbox_mails" USING btree ("created_at");
  CREATE INDEX "privacy_audit_at_idx" ON "privacy_audit" USING btree ("at");
  CREATE INDEX "privacy_audit_user_idx" ON "privacy_audit" USING btree ("user_id");
  CREATE INDEX "privacy_audit_action_idx" ON "privacy_audit" USING btree ("action");
  CREATE INDEX "privacy_audit_target_collection_idx" ON "privacy_audit" USING btree ("target_collection");
  CREATE INDEX "privacy_audit_document_id_idx" ON "privacy_audit" USING btree ("document_id");
  CREATE INDEX "site_settings_extra_days_off_order_idx" ON "site_settings_extra_days_off" USING btree ("_order");
  CREATE INDEX "site_settings_extra_days_off_parent_id_idx" ON "site_settings_extra_days_off" USING btree ("_parent_id");
  CREATE INDEX "site_settings_extra_working_days_order_idx" ON "site_settings_extra_working_days" USING btree ("_order");
  CREATE INDEX "site_settings_extra_working_days_parent_id_idx" ON "site_settings_extra_working_days" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_private_files_fk" FOREIGN KEY ("private_files_id") REFERENCES "public"."private_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_antispam_records_fk" FOREIGN KEY ("antispam_records_id") REFERENCES "public"."antispam_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_mails_fk" FOREIGN KEY ("outbox_mails_id") REFERENCES "public"."outbox_mails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_privacy_audit_fk" FOREIGN KEY ("privacy_audit_id") REFERENCES "public"."privacy_audit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_private_files_id_idx" ON "payload_locked_documents_rels" USING btree ("private_files_id");
  CREATE INDEX "payload_locked_documents_rels_antispam_records_id_idx" ON "payload_locked_documents_rels" USING btree ("antispam_records_id");
  CREATE INDEX "payload_locked_documents_rels_outbox_mails_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_mails_id");
  CREATE INDEX "payload_locked_documents_rels_privacy_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("privacy_audit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_citations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "private_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogues_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogues_officials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogues_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogues_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_dialogues_v_version_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_dialogues_v_version_officials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_dialogues_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_dialogues_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_dialogues_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogue_comments_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "dialogue_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "antispam_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outbox_mails" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "privacy_audit" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "qa_legal_basis_scan" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_extra_days_off" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_extra_working_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "questions_citations" CASCADE;
  DROP TABLE "questions_history" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "_questions_v_version_citations" CASCADE;
  DROP TABLE "_questions_v_version_history" CASCADE;
  DROP TABLE "_questions_v" CASCADE;
  DROP TABLE "_questions_v_rels" CASCADE;
  DROP TABLE "private_files" CASCADE;
  DROP TABLE "dialogues_sections" CASCADE;
  DROP TABLE "dialogues_officials" CASCADE;
  DROP TABLE "dialogues_workflow_history" CASCADE;
  DROP TABLE "dialogues" CASCADE;
  DROP TABLE "dialogues_rels" CASCADE;
  DROP TABLE "_dialogues_v_version_sections" CASCADE;
  DROP TABLE "_dialogues_v_version_officials" CASCADE;
  DROP TABLE "_dialogues_v_version_workflow_history" CASCADE;
  DROP TABLE "_dialogues_v" CASCADE;
  DROP TABLE "_dialogues_v_rels" CASCADE;
  DROP TABLE "dialogue_comments_flags" CASCADE;
  DROP TABLE "dialogue_comments" CASCADE;
  DROP TABLE "antispam_records" CASCADE;
  DROP TABLE "outbox_mails" CASCADE;
  DROP TABLE "privacy_audit" CASCADE;
  DROP TABLE "qa_legal_basis_scan" CASCADE;
  DROP TABLE "site_settings_extra_days_off" CASCADE;
  DROP TABLE "site_settings_extra_working_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_private_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_antispam_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_outbox_mails_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_privacy_audit_fk";
  
  DROP INDEX "payload_locked_documents_rels_private_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_antispam_records_id_idx";
  DROP INDEX "payload_locked_documents_rels_outbox_mails_id_idx";
  DROP INDEX "payload_locked_documents_rels_privacy_audit_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "private_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "antispam_records_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outbox_mails_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "privacy_audit_id";
  DROP TYPE "public"."enum_questions_history_action";
  DROP TYPE "public"."enum_questions_history_from_status";
  DROP TYPE "public"."enum_questions_history_to_status";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum_questions_rejection_reason";
  DROP TYPE "public"."enum__questions_v_version_history_action";
  DROP TYPE "public"."enum__questions_v_version_history_from_status";
  DROP TYPE "public"."enum__questions_v_version_history_to_status";
  DROP TYPE "public"."enum__questions_v_version_status";
  DROP TYPE "public"."enum__questions_v_version_rejection_reason";
  DROP TYPE "public"."enum_dialogues_workflow_history_action";
  DROP TYPE "public"."enum_dialogues_workflow_history_from_state";
  DROP TYPE "public"."enum_dialogues_workflow_history_to_state";
  DROP TYPE "public"."enum_dialogues_kind";
  DROP TYPE "public"."enum_dialogues_workflow_state";
  DROP TYPE "public"."enum__dialogues_v_version_workflow_history_action";
  DROP TYPE "public"."enum__dialogues_v_version_workflow_history_from_state";
  DROP TYPE "public"."enum__dialogues_v_version_workflow_history_to_state";
  DROP TYPE "public"."enum__dialogues_v_version_kind";
  DROP TYPE "public"."enum__dialogues_v_version_workflow_state";
  DROP TYPE "public"."enum_dialogue_comments_flags_reason";
  DROP TYPE "public"."enum_dialogue_comments_kind";
  DROP TYPE "public"."enum_dialogue_comments_status";
  DROP TYPE "public"."enum_dialogue_comments_decision";
  DROP TYPE "public"."enum_antispam_records_kind";
  DROP TYPE "public"."enum_outbox_mails_status";
  DROP TYPE "public"."enum_privacy_audit_action";`)
}
