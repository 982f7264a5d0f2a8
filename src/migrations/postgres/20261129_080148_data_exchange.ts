import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_import_provenance_source" AS ENUM('vbpl-gateway', 'cong-bao', 'csv');
  CREATE TABLE "import_provenance" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum_import_provenance_source" NOT NULL,
  	"source_id" varchar NOT NULL,
  	"source_url" varchar,
  	"fetched_at" timestamp(3) with time zone NOT NULL,
  	"document_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"rate_limit" numeric DEFAULT 600 NOT NULL,
  	"active" boolean DEFAULT true,
  	"key_hash" varchar,
  	"key_hint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_provenance_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_clients_id" integer;
  ALTER TABLE "import_provenance" ADD CONSTRAINT "import_provenance_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "import_provenance_document_idx" ON "import_provenance" USING btree ("document_id");
  CREATE INDEX "import_provenance_updated_at_idx" ON "import_provenance" USING btree ("updated_at");
  CREATE INDEX "import_provenance_created_at_idx" ON "import_provenance" USING btree ("created_at");
  CREATE UNIQUE INDEX "source_sourceId_idx" ON "import_provenance" USING btree ("source","source_id");
  CREATE INDEX "api_clients_key_hash_idx" ON "api_clients" USING btree ("key_hash");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_provenance_fk" FOREIGN KEY ("import_provenance_id") REFERENCES "public"."import_provenance"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_import_provenance_id_idx" ON "payload_locked_documents_rels" USING btree ("import_provenance_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "import_provenance" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "import_provenance" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_import_provenance_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_api_clients_fk";
  
  DROP INDEX "payload_locked_documents_rels_import_provenance_id_idx";
  DROP INDEX "payload_locked_documents_rels_api_clients_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_provenance_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_clients_id";
  DROP TYPE "public"."enum_import_provenance_source";`)
}
