import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publication_log_action" AS ENUM('created', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_webhook_subscriptions_types" AS ENUM('articles', 'legal-documents', 'questions', 'library-items', 'legal-situations', 'events', 'announcements', 'plans', 'document-materials', 'dialogues', 'contest-results', 'registry-members');
  CREATE TYPE "public"."enum_webhook_deliveries_action" AS ENUM('created', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_sync_sources_types" AS ENUM('articles', 'legal-documents');
  CREATE TYPE "public"."enum_sync_records_remote_state" AS ENUM('published', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_sync_conflicts_kind" AS ENUM('conflict', 'rejected');
  CREATE TYPE "public"."enum_sync_conflicts_status" AS ENUM('open', 'kept-local', 'took-remote');
  CREATE TABLE "publication_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entity_type" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" numeric NOT NULL,
  	"action" "enum_publication_log_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_subscriptions_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"secret" varchar,
  	"secret_hint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscription_id" integer NOT NULL,
  	"entry_id" integer NOT NULL,
  	"entity_type" varchar NOT NULL,
  	"doc_id" numeric NOT NULL,
  	"action" "enum_webhook_deliveries_action" NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"last_status_code" numeric,
  	"last_error" varchar,
  	"next_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sync_sources_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sync_sources_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sync_sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"base_url" varchar NOT NULL,
  	"api_key" varchar,
  	"api_key_hint" varchar,
  	"webhook_secret" varchar,
  	"has_webhook_secret" boolean,
  	"fallback_section_id" integer,
  	"interval_seconds" numeric DEFAULT 60 NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"cursor" varchar,
  	"last_run_at" timestamp(3) with time zone,
  	"last_success_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"items_imported" numeric DEFAULT 0,
  	"lease_until" timestamp(3) with time zone,
  	"lease_owner" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sync_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sync_source_id" integer NOT NULL,
  	"entity_type" varchar NOT NULL,
  	"source_id" numeric NOT NULL,
  	"source_url" varchar,
  	"local_collection" varchar NOT NULL,
  	"local_id" numeric,
  	"pending_slug" varchar,
  	"remote_state" "enum_sync_records_remote_state",
  	"fetched_at" timestamp(3) with time zone,
  	"source_updated_at" timestamp(3) with time zone,
  	"local_updated_at_after_sync" timestamp(3) with time zone,
  	"record_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sync_conflicts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_sync_conflicts_kind" NOT NULL,
  	"status" "enum_sync_conflicts_status" DEFAULT 'open' NOT NULL,
  	"sync_source_id" integer,
  	"entity_type" varchar NOT NULL,
  	"source_id" numeric NOT NULL,
  	"local_collection" varchar,
  	"local_id" numeric,
  	"reason" varchar,
  	"record" jsonb,
  	"detected_at" timestamp(3) with time zone,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publication_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sync_sources_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sync_records_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sync_conflicts_id" integer;
  ALTER TABLE "webhook_subscriptions_types" ADD CONSTRAINT "webhook_subscriptions_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_entry_id_publication_log_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."publication_log"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sync_sources_types" ADD CONSTRAINT "sync_sources_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sync_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sync_sources" ADD CONSTRAINT "sync_sources_fallback_section_id_sections_id_fk" FOREIGN KEY ("fallback_section_id") REFERENCES "public"."sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sync_records" ADD CONSTRAINT "sync_records_sync_source_id_sync_sources_id_fk" FOREIGN KEY ("sync_source_id") REFERENCES "public"."sync_sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sync_conflicts" ADD CONSTRAINT "sync_conflicts_sync_source_id_sync_sources_id_fk" FOREIGN KEY ("sync_source_id") REFERENCES "public"."sync_sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sync_conflicts" ADD CONSTRAINT "sync_conflicts_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publication_log_entity_type_idx" ON "publication_log" USING btree ("entity_type");
  CREATE INDEX "publication_log_doc_id_idx" ON "publication_log" USING btree ("doc_id");
  CREATE INDEX "publication_log_at_idx" ON "publication_log" USING btree ("at");
  CREATE INDEX "publication_log_updated_at_idx" ON "publication_log" USING btree ("updated_at");
  CREATE INDEX "publication_log_created_at_idx" ON "publication_log" USING btree ("created_at");
  CREATE INDEX "webhook_subscriptions_types_order_idx" ON "webhook_subscriptions_types" USING btree ("order");
  CREATE INDEX "webhook_subscriptions_types_parent_idx" ON "webhook_subscriptions_types" USING btree ("parent_id");
  CREATE INDEX "webhook_subscriptions_updated_at_idx" ON "webhook_subscriptions" USING btree ("updated_at");
  CREATE INDEX "webhook_subscriptions_created_at_idx" ON "webhook_subscriptions" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries" USING btree ("subscription_id");
  CREATE INDEX "webhook_deliveries_entry_idx" ON "webhook_deliveries" USING btree ("entry_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "sync_sources_types_order_idx" ON "sync_sources_types" USING btree ("order");
  CREATE INDEX "sync_sources_types_parent_idx" ON "sync_sources_types" USING btree ("parent_id");
  CREATE INDEX "sync_sources_fallback_section_idx" ON "sync_sources" USING btree ("fallback_section_id");
  CREATE INDEX "sync_sources_updated_at_idx" ON "sync_sources" USING btree ("updated_at");
  CREATE INDEX "sync_sources_created_at_idx" ON "sync_sources" USING btree ("created_at");
  CREATE INDEX "sync_records_sync_source_idx" ON "sync_records" USING btree ("sync_source_id");
  CREATE INDEX "sync_records_local_id_idx" ON "sync_records" USING btree ("local_id");
  CREATE INDEX "sync_records_updated_at_idx" ON "sync_records" USING btree ("updated_at");
  CREATE INDEX "sync_records_created_at_idx" ON "sync_records" USING btree ("created_at");
  CREATE UNIQUE INDEX "syncSource_entityType_sourceId_idx" ON "sync_records" USING btree ("sync_source_id","entity_type","source_id");
  CREATE INDEX "sync_conflicts_status_idx" ON "sync_conflicts" USING btree ("status");
  CREATE INDEX "sync_conflicts_sync_source_idx" ON "sync_conflicts" USING btree ("sync_source_id");
  CREATE INDEX "sync_conflicts_resolved_by_idx" ON "sync_conflicts" USING btree ("resolved_by_id");
  CREATE INDEX "sync_conflicts_updated_at_idx" ON "sync_conflicts" USING btree ("updated_at");
  CREATE INDEX "sync_conflicts_created_at_idx" ON "sync_conflicts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publication_log_fk" FOREIGN KEY ("publication_log_id") REFERENCES "public"."publication_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_subscriptions_fk" FOREIGN KEY ("webhook_subscriptions_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sync_sources_fk" FOREIGN KEY ("sync_sources_id") REFERENCES "public"."sync_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sync_records_fk" FOREIGN KEY ("sync_records_id") REFERENCES "public"."sync_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sync_conflicts_fk" FOREIGN KEY ("sync_conflicts_id") REFERENCES "public"."sync_conflicts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publication_log_id_idx" ON "payload_locked_documents_rels" USING btree ("publication_log_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_sync_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sync_sources_id");
  CREATE INDEX "payload_locked_documents_rels_sync_records_id_idx" ON "payload_locked_documents_rels" USING btree ("sync_records_id");
  CREATE INDEX "payload_locked_documents_rels_sync_conflicts_id_idx" ON "payload_locked_documents_rels" USING btree ("sync_conflicts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publication_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sync_sources_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sync_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sync_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sync_conflicts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publication_log" CASCADE;
  DROP TABLE "webhook_subscriptions_types" CASCADE;
  DROP TABLE "webhook_subscriptions" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "sync_sources_types" CASCADE;
  DROP TABLE "sync_sources" CASCADE;
  DROP TABLE "sync_records" CASCADE;
  DROP TABLE "sync_conflicts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_publication_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_webhook_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sync_sources_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sync_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sync_conflicts_fk";
  
  DROP INDEX "payload_locked_documents_rels_publication_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_sync_sources_id_idx";
  DROP INDEX "payload_locked_documents_rels_sync_records_id_idx";
  DROP INDEX "payload_locked_documents_rels_sync_conflicts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publication_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sync_sources_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sync_records_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sync_conflicts_id";
  DROP TYPE "public"."enum_publication_log_action";
  DROP TYPE "public"."enum_webhook_subscriptions_types";
  DROP TYPE "public"."enum_webhook_deliveries_action";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_sync_sources_types";
  DROP TYPE "public"."enum_sync_records_remote_state";
  DROP TYPE "public"."enum_sync_conflicts_kind";
  DROP TYPE "public"."enum_sync_conflicts_status";`)
}
