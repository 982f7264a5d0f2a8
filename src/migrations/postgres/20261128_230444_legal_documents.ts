import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_legal_documents_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_legal_documents_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_legal_documents_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_legal_documents_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'nghi-quyet-lien-tich', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'ke-hoach', 'huong-dan', 'thong-bao', 'cong-van', 'bao-cao', 'to-trinh', 'chuong-trinh', 'de-an', 'du-an', 'phuong-an', 'van-ban-hop-nhat', 'cong-dien', 'quy-che', 'quy-dinh', 'thong-cao', 'bien-ban', 'hop-dong', 'giay-moi', 'sao-luc', 'dinh-chinh');
  CREATE TYPE "public"."enum_legal_documents_scope" AS ENUM('toan-quoc', 'dia-phuong');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('con-hieu-luc', 'chua-co-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'ngung-hieu-luc', 'ngung-hieu-luc-mot-phan', 'khong-con-phu-hop', 'chua-xac-dinh');
  CREATE TYPE "public"."enum_legal_documents_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__legal_documents_v_version_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'nghi-quyet-lien-tich', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'ke-hoach', 'huong-dan', 'thong-bao', 'cong-van', 'bao-cao', 'to-trinh', 'chuong-trinh', 'de-an', 'du-an', 'phuong-an', 'van-ban-hop-nhat', 'cong-dien', 'quy-che', 'quy-dinh', 'thong-cao', 'bien-ban', 'hop-dong', 'giay-moi', 'sao-luc', 'dinh-chinh');
  CREATE TYPE "public"."enum__legal_documents_v_version_scope" AS ENUM('toan-quoc', 'dia-phuong');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('con-hieu-luc', 'chua-co-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'ngung-hieu-luc', 'ngung-hieu-luc-mot-phan', 'khong-con-phu-hop', 'chua-xac-dinh');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_document_relations_type" AS ENUM('can-cu', 'huong-dan', 'sua-doi', 'thay-the', 'bai-bo', 'dinh-chi', 'hop-nhat', 'dinh-chinh', 'dan-chieu', 'lien-quan');
  CREATE TYPE "public"."enum_effect_history_action" AS ENUM('co-hieu-luc', 'het-han', 'bi-thay-the', 'bi-bai-bo', 'bi-dinh-chi', 'duoc-sua-doi', 'cap-nhat');
  CREATE TYPE "public"."enum_effect_history_from_status" AS ENUM('con-hieu-luc', 'chua-co-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'ngung-hieu-luc', 'ngung-hieu-luc-mot-phan', 'khong-con-phu-hop', 'chua-xac-dinh');
  CREATE TYPE "public"."enum_effect_history_to_status" AS ENUM('con-hieu-luc', 'chua-co-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'ngung-hieu-luc', 'ngung-hieu-luc-mot-phan', 'khong-con-phu-hop', 'chua-xac-dinh');
  CREATE TYPE "public"."enum_document_materials_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum_document_materials_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_document_materials_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_document_materials_kind" AS ENUM('thong-cao-bao-chi', 'gioi-thieu-noi-dung', 'pho-bien-tap-huan', 'de-cuong-gioi-thieu');
  CREATE TYPE "public"."enum_document_materials_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__document_materials_v_version_workflow_history_action" AS ENUM('save', 'submit', 'return', 'approve', 'schedule', 'publish', 'unpublish', 'reopen');
  CREATE TYPE "public"."enum__document_materials_v_version_workflow_history_from_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__document_materials_v_version_workflow_history_to_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__document_materials_v_version_kind" AS ENUM('thong-cao-bao-chi', 'gioi-thieu-noi-dung', 'pho-bien-tap-huan', 'de-cuong-gioi-thieu');
  CREATE TYPE "public"."enum__document_materials_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'archived');
  CREATE TABLE "legal_documents_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "legal_documents_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_legal_documents_workflow_history_action",
  	"from_state" "enum_legal_documents_workflow_history_from_state",
  	"to_state" "enum_legal_documents_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"type" "enum_legal_documents_type" NOT NULL,
  	"title" varchar NOT NULL,
  	"issuer" varchar NOT NULL,
  	"issuer_unit_id" integer,
  	"signer" varchar,
  	"signer_title" varchar,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"scope" "enum_legal_documents_scope",
  	"effective_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"status" "enum_legal_documents_status",
  	"effect_changed_at" timestamp(3) with time zone,
  	"status_note" varchar,
  	"cong_bao_number" varchar,
  	"cong_bao_date" timestamp(3) with time zone,
  	"source" varchar,
  	"text" varchar,
  	"parse_summary" varchar,
  	"structure" jsonb,
  	"display_title" varchar,
  	"number_key" varchar,
  	"issuer_key" varchar,
  	"issued_year" numeric,
  	"slug" varchar,
  	"unit_id" integer,
  	"workflow_state" "enum_legal_documents_workflow_state" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer
  );
  
  CREATE TABLE "_legal_documents_v_version_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer NOT NULL,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__legal_documents_v_version_workflow_history_action",
  	"from_state" "enum__legal_documents_v_version_workflow_history_from_state",
  	"to_state" "enum__legal_documents_v_version_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar NOT NULL,
  	"version_type" "enum__legal_documents_v_version_type" NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_issuer" varchar NOT NULL,
  	"version_issuer_unit_id" integer,
  	"version_signer" varchar,
  	"version_signer_title" varchar,
  	"version_issued_at" timestamp(3) with time zone NOT NULL,
  	"version_scope" "enum__legal_documents_v_version_scope",
  	"version_effective_at" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_status" "enum__legal_documents_v_version_status",
  	"version_effect_changed_at" timestamp(3) with time zone,
  	"version_status_note" varchar,
  	"version_cong_bao_number" varchar,
  	"version_cong_bao_date" timestamp(3) with time zone,
  	"version_source" varchar,
  	"version_text" varchar,
  	"version_parse_summary" varchar,
  	"version_structure" jsonb,
  	"version_display_title" varchar,
  	"version_number_key" varchar,
  	"version_issuer_key" varchar,
  	"version_issued_year" numeric,
  	"version_slug" varchar,
  	"version_unit_id" integer,
  	"version_workflow_state" "enum__legal_documents_v_version_workflow_state" DEFAULT 'draft',
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_legal_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"legal_fields_id" integer
  );
  
  CREATE TABLE "document_relations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from_id" integer NOT NULL,
  	"type" "enum_document_relations_type" NOT NULL,
  	"to_id" integer NOT NULL,
  	"provision" varchar,
  	"provision_anchors" jsonb,
  	"effective_at" timestamp(3) with time zone,
  	"note" varchar,
  	"label" varchar,
  	"applied_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "effect_history" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"action" "enum_effect_history_action" NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"from_status" "enum_effect_history_from_status",
  	"to_status" "enum_effect_history_to_status",
  	"by_document_id" integer,
  	"relation_id" integer,
  	"provision" varchar,
  	"note" varchar,
  	"is_automatic" boolean DEFAULT false,
  	"recorded_by" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_materials_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_document_materials_workflow_history_action",
  	"from_state" "enum_document_materials_workflow_history_from_state",
  	"to_state" "enum_document_materials_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "document_materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_document_materials_kind" DEFAULT 'gioi-thieu-noi-dung' NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"unit_id" integer,
  	"workflow_state" "enum_document_materials_workflow_state" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_materials_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"legal_documents_id" integer,
  	"legal_fields_id" integer
  );
  
  CREATE TABLE "_document_materials_v_version_workflow_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__document_materials_v_version_workflow_history_action",
  	"from_state" "enum__document_materials_v_version_workflow_history_from_state",
  	"to_state" "enum__document_materials_v_version_workflow_history_to_state",
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_document_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__document_materials_v_version_kind" DEFAULT 'gioi-thieu-noi-dung' NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_unit_id" integer,
  	"version_workflow_state" "enum__document_materials_v_version_workflow_state" DEFAULT 'draft',
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_document_materials_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"legal_documents_id" integer,
  	"legal_fields_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_relations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "effect_history_id" integer;
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_workflow_history" ADD CONSTRAINT "legal_documents_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_workflow_history" ADD CONSTRAINT "legal_documents_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_workflow_history" ADD CONSTRAINT "_legal_documents_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_workflow_history" ADD CONSTRAINT "_legal_documents_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_issuer_unit_id_units_id_fk" FOREIGN KEY ("version_issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_from_id_legal_documents_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_relations" ADD CONSTRAINT "document_relations_to_id_legal_documents_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "effect_history" ADD CONSTRAINT "effect_history_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "effect_history" ADD CONSTRAINT "effect_history_by_document_id_legal_documents_id_fk" FOREIGN KEY ("by_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "effect_history" ADD CONSTRAINT "effect_history_relation_id_document_relations_id_fk" FOREIGN KEY ("relation_id") REFERENCES "public"."document_relations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_materials_workflow_history" ADD CONSTRAINT "document_materials_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_materials_workflow_history" ADD CONSTRAINT "document_materials_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."document_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_materials" ADD CONSTRAINT "document_materials_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_materials" ADD CONSTRAINT "document_materials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_materials_rels" ADD CONSTRAINT "document_materials_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_materials_rels" ADD CONSTRAINT "document_materials_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_materials_rels" ADD CONSTRAINT "document_materials_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_materials_rels" ADD CONSTRAINT "document_materials_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_document_materials_v_version_workflow_history" ADD CONSTRAINT "_document_materials_v_version_workflow_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_document_materials_v_version_workflow_history" ADD CONSTRAINT "_document_materials_v_version_workflow_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_document_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_document_materials_v" ADD CONSTRAINT "_document_materials_v_parent_id_document_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_document_materials_v" ADD CONSTRAINT "_document_materials_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_document_materials_v" ADD CONSTRAINT "_document_materials_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_document_materials_v_rels" ADD CONSTRAINT "_document_materials_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_document_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_document_materials_v_rels" ADD CONSTRAINT "_document_materials_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_document_materials_v_rels" ADD CONSTRAINT "_document_materials_v_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_document_materials_v_rels" ADD CONSTRAINT "_document_materials_v_rels_legal_fields_fk" FOREIGN KEY ("legal_fields_id") REFERENCES "public"."legal_fields"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "legal_documents_attachments_order_idx" ON "legal_documents_attachments" USING btree ("_order");
  CREATE INDEX "legal_documents_attachments_parent_id_idx" ON "legal_documents_attachments" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_attachments_file_idx" ON "legal_documents_attachments" USING btree ("file_id");
  CREATE INDEX "legal_documents_workflow_history_order_idx" ON "legal_documents_workflow_history" USING btree ("_order");
  CREATE INDEX "legal_documents_workflow_history_parent_id_idx" ON "legal_documents_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_workflow_history_by_idx" ON "legal_documents_workflow_history" USING btree ("by_id");
  CREATE INDEX "legal_documents_number_idx" ON "legal_documents" USING btree ("number");
  CREATE INDEX "legal_documents_type_idx" ON "legal_documents" USING btree ("type");
  CREATE INDEX "legal_documents_issuer_unit_idx" ON "legal_documents" USING btree ("issuer_unit_id");
  CREATE INDEX "legal_documents_issued_at_idx" ON "legal_documents" USING btree ("issued_at");
  CREATE INDEX "legal_documents_effective_at_idx" ON "legal_documents" USING btree ("effective_at");
  CREATE INDEX "legal_documents_expires_at_idx" ON "legal_documents" USING btree ("expires_at");
  CREATE INDEX "legal_documents_status_idx" ON "legal_documents" USING btree ("status");
  CREATE INDEX "legal_documents_effect_changed_at_idx" ON "legal_documents" USING btree ("effect_changed_at");
  CREATE INDEX "legal_documents_number_key_idx" ON "legal_documents" USING btree ("number_key");
  CREATE INDEX "legal_documents_issuer_key_idx" ON "legal_documents" USING btree ("issuer_key");
  CREATE INDEX "legal_documents_issued_year_idx" ON "legal_documents" USING btree ("issued_year");
  CREATE UNIQUE INDEX "legal_documents_slug_idx" ON "legal_documents" USING btree ("slug");
  CREATE INDEX "legal_documents_unit_idx" ON "legal_documents" USING btree ("unit_id");
  CREATE INDEX "legal_documents_workflow_state_idx" ON "legal_documents" USING btree ("workflow_state");
  CREATE INDEX "legal_documents_published_at_idx" ON "legal_documents" USING btree ("published_at");
  CREATE INDEX "legal_documents_created_by_idx" ON "legal_documents" USING btree ("created_by_id");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents_rels_order_idx" ON "legal_documents_rels" USING btree ("order");
  CREATE INDEX "legal_documents_rels_parent_idx" ON "legal_documents_rels" USING btree ("parent_id");
  CREATE INDEX "legal_documents_rels_path_idx" ON "legal_documents_rels" USING btree ("path");
  CREATE INDEX "legal_documents_rels_legal_fields_id_idx" ON "legal_documents_rels" USING btree ("legal_fields_id");
  CREATE INDEX "_legal_documents_v_version_attachments_order_idx" ON "_legal_documents_v_version_attachments" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_attachments_parent_id_idx" ON "_legal_documents_v_version_attachments" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_attachments_file_idx" ON "_legal_documents_v_version_attachments" USING btree ("file_id");
  CREATE INDEX "_legal_documents_v_version_workflow_history_order_idx" ON "_legal_documents_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_workflow_history_parent_id_idx" ON "_legal_documents_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_workflow_history_by_idx" ON "_legal_documents_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_number_idx" ON "_legal_documents_v" USING btree ("version_number");
  CREATE INDEX "_legal_documents_v_version_version_type_idx" ON "_legal_documents_v" USING btree ("version_type");
  CREATE INDEX "_legal_documents_v_version_version_issuer_unit_idx" ON "_legal_documents_v" USING btree ("version_issuer_unit_id");
  CREATE INDEX "_legal_documents_v_version_version_issued_at_idx" ON "_legal_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_legal_documents_v_version_version_effective_at_idx" ON "_legal_documents_v" USING btree ("version_effective_at");
  CREATE INDEX "_legal_documents_v_version_version_expires_at_idx" ON "_legal_documents_v" USING btree ("version_expires_at");
  CREATE INDEX "_legal_documents_v_version_version_status_idx" ON "_legal_documents_v" USING btree ("version_status");
  CREATE INDEX "_legal_documents_v_version_version_effect_changed_at_idx" ON "_legal_documents_v" USING btree ("version_effect_changed_at");
  CREATE INDEX "_legal_documents_v_version_version_number_key_idx" ON "_legal_documents_v" USING btree ("version_number_key");
  CREATE INDEX "_legal_documents_v_version_version_issuer_key_idx" ON "_legal_documents_v" USING btree ("version_issuer_key");
  CREATE INDEX "_legal_documents_v_version_version_issued_year_idx" ON "_legal_documents_v" USING btree ("version_issued_year");
  CREATE INDEX "_legal_documents_v_version_version_slug_idx" ON "_legal_documents_v" USING btree ("version_slug");
  CREATE INDEX "_legal_documents_v_version_version_unit_idx" ON "_legal_documents_v" USING btree ("version_unit_id");
  CREATE INDEX "_legal_documents_v_version_version_workflow_state_idx" ON "_legal_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_legal_documents_v_version_version_published_at_idx" ON "_legal_documents_v" USING btree ("version_published_at");
  CREATE INDEX "_legal_documents_v_version_version_created_by_idx" ON "_legal_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_rels_order_idx" ON "_legal_documents_v_rels" USING btree ("order");
  CREATE INDEX "_legal_documents_v_rels_parent_idx" ON "_legal_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_rels_path_idx" ON "_legal_documents_v_rels" USING btree ("path");
  CREATE INDEX "_legal_documents_v_rels_legal_fields_id_idx" ON "_legal_documents_v_rels" USING btree ("legal_fields_id");
  CREATE INDEX "document_relations_from_idx" ON "document_relations" USING btree ("from_id");
  CREATE INDEX "document_relations_type_idx" ON "document_relations" USING btree ("type");
  CREATE INDEX "document_relations_to_idx" ON "document_relations" USING btree ("to_id");
  CREATE INDEX "document_relations_effective_at_idx" ON "document_relations" USING btree ("effective_at");
  CREATE INDEX "document_relations_applied_at_idx" ON "document_relations" USING btree ("applied_at");
  CREATE INDEX "document_relations_updated_at_idx" ON "document_relations" USING btree ("updated_at");
  CREATE INDEX "document_relations_created_at_idx" ON "document_relations" USING btree ("created_at");
  CREATE INDEX "effect_history_document_idx" ON "effect_history" USING btree ("document_id");
  CREATE INDEX "effect_history_date_idx" ON "effect_history" USING btree ("date");
  CREATE INDEX "effect_history_by_document_idx" ON "effect_history" USING btree ("by_document_id");
  CREATE INDEX "effect_history_relation_idx" ON "effect_history" USING btree ("relation_id");
  CREATE INDEX "effect_history_updated_at_idx" ON "effect_history" USING btree ("updated_at");
  CREATE INDEX "effect_history_created_at_idx" ON "effect_history" USING btree ("created_at");
  CREATE INDEX "document_materials_workflow_history_order_idx" ON "document_materials_workflow_history" USING btree ("_order");
  CREATE INDEX "document_materials_workflow_history_parent_id_idx" ON "document_materials_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "document_materials_workflow_history_by_idx" ON "document_materials_workflow_history" USING btree ("by_id");
  CREATE INDEX "document_materials_kind_idx" ON "document_materials" USING btree ("kind");
  CREATE UNIQUE INDEX "document_materials_slug_idx" ON "document_materials" USING btree ("slug");
  CREATE INDEX "document_materials_unit_idx" ON "document_materials" USING btree ("unit_id");
  CREATE INDEX "document_materials_workflow_state_idx" ON "document_materials" USING btree ("workflow_state");
  CREATE INDEX "document_materials_published_at_idx" ON "document_materials" USING btree ("published_at");
  CREATE INDEX "document_materials_created_by_idx" ON "document_materials" USING btree ("created_by_id");
  CREATE INDEX "document_materials_updated_at_idx" ON "document_materials" USING btree ("updated_at");
  CREATE INDEX "document_materials_created_at_idx" ON "document_materials" USING btree ("created_at");
  CREATE INDEX "document_materials_rels_order_idx" ON "document_materials_rels" USING btree ("order");
  CREATE INDEX "document_materials_rels_parent_idx" ON "document_materials_rels" USING btree ("parent_id");
  CREATE INDEX "document_materials_rels_path_idx" ON "document_materials_rels" USING btree ("path");
  CREATE INDEX "document_materials_rels_files_id_idx" ON "document_materials_rels" USING btree ("files_id");
  CREATE INDEX "document_materials_rels_legal_documents_id_idx" ON "document_materials_rels" USING btree ("legal_documents_id");
  CREATE INDEX "document_materials_rels_legal_fields_id_idx" ON "document_materials_rels" USING btree ("legal_fields_id");
  CREATE INDEX "_document_materials_v_version_workflow_history_order_idx" ON "_document_materials_v_version_workflow_history" USING btree ("_order");
  CREATE INDEX "_document_materials_v_version_workflow_history_parent_id_idx" ON "_document_materials_v_version_workflow_history" USING btree ("_parent_id");
  CREATE INDEX "_document_materials_v_version_workflow_history_by_idx" ON "_document_materials_v_version_workflow_history" USING btree ("by_id");
  CREATE INDEX "_document_materials_v_parent_idx" ON "_document_materials_v" USING btree ("parent_id");
  CREATE INDEX "_document_materials_v_version_version_kind_idx" ON "_document_materials_v" USING btree ("version_kind");
  CREATE INDEX "_document_materials_v_version_version_slug_idx" ON "_document_materials_v" USING btree ("version_slug");
  CREATE INDEX "_document_materials_v_version_version_unit_idx" ON "_document_materials_v" USING btree ("version_unit_id");
  CREATE INDEX "_document_materials_v_version_version_workflow_state_idx" ON "_document_materials_v" USING btree ("version_workflow_state");
  CREATE INDEX "_document_materials_v_version_version_published_at_idx" ON "_document_materials_v" USING btree ("version_published_at");
  CREATE INDEX "_document_materials_v_version_version_created_by_idx" ON "_document_materials_v" USING btree ("version_created_by_id");
  CREATE INDEX "_document_materials_v_version_version_updated_at_idx" ON "_document_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_document_materials_v_version_version_created_at_idx" ON "_document_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_document_materials_v_created_at_idx" ON "_document_materials_v" USING btree ("created_at");
  CREATE INDEX "_document_materials_v_updated_at_idx" ON "_document_materials_v" USING btree ("updated_at");
  CREATE INDEX "_document_materials_v_rels_order_idx" ON "_document_materials_v_rels" USING btree ("order");
  CREATE INDEX "_document_materials_v_rels_parent_idx" ON "_document_materials_v_rels" USING btree ("parent_id");
  CREATE INDEX "_document_materials_v_rels_path_idx" ON "_document_materials_v_rels" USING btree ("path");
  CREATE INDEX "_document_materials_v_rels_files_id_idx" ON "_document_materials_v_rels" USING btree ("files_id");
  CREATE INDEX "_document_materials_v_rels_legal_documents_id_idx" ON "_document_materials_v_rels" USING btree ("legal_documents_id");
  CREATE INDEX "_document_materials_v_rels_legal_fields_id_idx" ON "_document_materials_v_rels" USING btree ("legal_fields_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_relations_fk" FOREIGN KEY ("document_relations_id") REFERENCES "public"."document_relations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_effect_history_fk" FOREIGN KEY ("effect_history_id") REFERENCES "public"."effect_history"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_document_relations_id_idx" ON "payload_locked_documents_rels" USING btree ("document_relations_id");
  CREATE INDEX "payload_locked_documents_rels_effect_history_id_idx" ON "payload_locked_documents_rels" USING btree ("effect_history_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand-fixed: locks on the dropped collections go first (their rows would be left pointing at
  // nothing), and the lock table's foreign keys are dropped "IF EXISTS" because DROP TABLE … CASCADE
  // above has already removed them (the generated down failed there).
  await db.execute(sql`
   DELETE FROM "payload_locked_documents" WHERE "id" IN (SELECT "parent_id" FROM "payload_locked_documents_rels" WHERE "document_relations_id" IS NOT NULL OR "effect_history_id" IS NOT NULL);
  ALTER TABLE "legal_documents_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_version_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_relations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "effect_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_materials_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_materials_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_document_materials_v_version_workflow_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_document_materials_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_document_materials_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "legal_documents_attachments" CASCADE;
  DROP TABLE "legal_documents_workflow_history" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_rels" CASCADE;
  DROP TABLE "_legal_documents_v_version_attachments" CASCADE;
  DROP TABLE "_legal_documents_v_version_workflow_history" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "_legal_documents_v_rels" CASCADE;
  DROP TABLE "document_relations" CASCADE;
  DROP TABLE "effect_history" CASCADE;
  DROP TABLE "document_materials_workflow_history" CASCADE;
  DROP TABLE "document_materials" CASCADE;
  DROP TABLE "document_materials_rels" CASCADE;
  DROP TABLE "_document_materials_v_version_workflow_history" CASCADE;
  DROP TABLE "_document_materials_v" CASCADE;
  DROP TABLE "_document_materials_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_document_relations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_effect_history_fk";
  
  DROP INDEX "payload_locked_documents_rels_document_relations_id_idx";
  DROP INDEX "payload_locked_documents_rels_effect_history_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_relations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "effect_history_id";
  DROP TYPE "public"."enum_legal_documents_workflow_history_action";
  DROP TYPE "public"."enum_legal_documents_workflow_history_from_state";
  DROP TYPE "public"."enum_legal_documents_workflow_history_to_state";
  DROP TYPE "public"."enum_legal_documents_type";
  DROP TYPE "public"."enum_legal_documents_scope";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum_legal_documents_workflow_state";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_history_action";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_history_from_state";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_history_to_state";
  DROP TYPE "public"."enum__legal_documents_v_version_type";
  DROP TYPE "public"."enum__legal_documents_v_version_scope";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_state";
  DROP TYPE "public"."enum_document_relations_type";
  DROP TYPE "public"."enum_effect_history_action";
  DROP TYPE "public"."enum_effect_history_from_status";
  DROP TYPE "public"."enum_effect_history_to_status";
  DROP TYPE "public"."enum_document_materials_workflow_history_action";
  DROP TYPE "public"."enum_document_materials_workflow_history_from_state";
  DROP TYPE "public"."enum_document_materials_workflow_history_to_state";
  DROP TYPE "public"."enum_document_materials_kind";
  DROP TYPE "public"."enum_document_materials_workflow_state";
  DROP TYPE "public"."enum__document_materials_v_version_workflow_history_action";
  DROP TYPE "public"."enum__document_materials_v_version_workflow_history_from_state";
  DROP TYPE "public"."enum__document_materials_v_version_workflow_history_to_state";
  DROP TYPE "public"."enum__document_materials_v_version_kind";
  DROP TYPE "public"."enum__document_materials_v_version_workflow_state";`)
}
