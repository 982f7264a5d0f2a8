import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`legal_documents_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_order_idx\` ON \`legal_documents_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_parent_id_idx\` ON \`legal_documents_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_file_idx\` ON \`legal_documents_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_history_order_idx\` ON \`legal_documents_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_history_parent_id_idx\` ON \`legal_documents_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_history_by_idx\` ON \`legal_documents_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`issuer\` text NOT NULL,
  	\`issuer_unit_id\` integer,
  	\`signer\` text,
  	\`signer_title\` text,
  	\`issued_at\` text NOT NULL,
  	\`scope\` text,
  	\`effective_at\` text,
  	\`expires_at\` text,
  	\`status\` text,
  	\`effect_changed_at\` text,
  	\`status_note\` text,
  	\`cong_bao_number\` text,
  	\`cong_bao_date\` text,
  	\`source\` text,
  	\`text\` text,
  	\`parse_summary\` text,
  	\`structure\` text,
  	\`display_title\` text,
  	\`number_key\` text,
  	\`issuer_key\` text,
  	\`issued_year\` numeric,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`issuer_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_number_idx\` ON \`legal_documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_type_idx\` ON \`legal_documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issuer_unit_idx\` ON \`legal_documents\` (\`issuer_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issued_at_idx\` ON \`legal_documents\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_effective_at_idx\` ON \`legal_documents\` (\`effective_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_expires_at_idx\` ON \`legal_documents\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_status_idx\` ON \`legal_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_effect_changed_at_idx\` ON \`legal_documents\` (\`effect_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_number_key_idx\` ON \`legal_documents\` (\`number_key\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issuer_key_idx\` ON \`legal_documents\` (\`issuer_key\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issued_year_idx\` ON \`legal_documents\` (\`issued_year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_documents_slug_idx\` ON \`legal_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_unit_idx\` ON \`legal_documents\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_state_idx\` ON \`legal_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_published_at_idx\` ON \`legal_documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_by_idx\` ON \`legal_documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_order_idx\` ON \`legal_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_parent_idx\` ON \`legal_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_path_idx\` ON \`legal_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_legal_fields_id_idx\` ON \`legal_documents_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer NOT NULL,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_order_idx\` ON \`_legal_documents_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_parent_id_idx\` ON \`_legal_documents_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_file_idx\` ON \`_legal_documents_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_history_order_idx\` ON \`_legal_documents_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_history_parent_id_idx\` ON \`_legal_documents_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_history_by_idx\` ON \`_legal_documents_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text NOT NULL,
  	\`version_type\` text NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_issuer\` text NOT NULL,
  	\`version_issuer_unit_id\` integer,
  	\`version_signer\` text,
  	\`version_signer_title\` text,
  	\`version_issued_at\` text NOT NULL,
  	\`version_scope\` text,
  	\`version_effective_at\` text,
  	\`version_expires_at\` text,
  	\`version_status\` text,
  	\`version_effect_changed_at\` text,
  	\`version_status_note\` text,
  	\`version_cong_bao_number\` text,
  	\`version_cong_bao_date\` text,
  	\`version_source\` text,
  	\`version_text\` text,
  	\`version_parse_summary\` text,
  	\`version_structure\` text,
  	\`version_display_title\` text,
  	\`version_number_key\` text,
  	\`version_issuer_key\` text,
  	\`version_issued_year\` numeric,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issuer_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_number_idx\` ON \`_legal_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_type_idx\` ON \`_legal_documents_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issuer_unit_idx\` ON \`_legal_documents_v\` (\`version_issuer_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issued_at_idx\` ON \`_legal_documents_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_effective_at_idx\` ON \`_legal_documents_v\` (\`version_effective_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_expires_at_idx\` ON \`_legal_documents_v\` (\`version_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_status_idx\` ON \`_legal_documents_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_effect_changed_at_idx\` ON \`_legal_documents_v\` (\`version_effect_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_number_key_idx\` ON \`_legal_documents_v\` (\`version_number_key\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issuer_key_idx\` ON \`_legal_documents_v\` (\`version_issuer_key\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issued_year_idx\` ON \`_legal_documents_v\` (\`version_issued_year\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_slug_idx\` ON \`_legal_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_unit_idx\` ON \`_legal_documents_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_workflow_state_idx\` ON \`_legal_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_published_at_idx\` ON \`_legal_documents_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_by_idx\` ON \`_legal_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_order_idx\` ON \`_legal_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_parent_idx\` ON \`_legal_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_path_idx\` ON \`_legal_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_legal_fields_id_idx\` ON \`_legal_documents_v_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE TABLE \`document_relations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_id\` integer NOT NULL,
  	\`type\` text NOT NULL,
  	\`to_id\` integer NOT NULL,
  	\`provision\` text,
  	\`provision_anchors\` text,
  	\`effective_at\` text,
  	\`note\` text,
  	\`label\` text,
  	\`applied_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`from_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`to_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`document_relations_from_idx\` ON \`document_relations\` (\`from_id\`);`)
  await db.run(sql`CREATE INDEX \`document_relations_type_idx\` ON \`document_relations\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`document_relations_to_idx\` ON \`document_relations\` (\`to_id\`);`)
  await db.run(sql`CREATE INDEX \`document_relations_effective_at_idx\` ON \`document_relations\` (\`effective_at\`);`)
  await db.run(sql`CREATE INDEX \`document_relations_applied_at_idx\` ON \`document_relations\` (\`applied_at\`);`)
  await db.run(sql`CREATE INDEX \`document_relations_updated_at_idx\` ON \`document_relations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_relations_created_at_idx\` ON \`document_relations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`effect_history\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_document_id\` integer,
  	\`relation_id\` integer,
  	\`provision\` text,
  	\`note\` text,
  	\`is_automatic\` integer DEFAULT false,
  	\`recorded_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`relation_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`effect_history_document_idx\` ON \`effect_history\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`effect_history_date_idx\` ON \`effect_history\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`effect_history_by_document_idx\` ON \`effect_history\` (\`by_document_id\`);`)
  await db.run(sql`CREATE INDEX \`effect_history_relation_idx\` ON \`effect_history\` (\`relation_id\`);`)
  await db.run(sql`CREATE INDEX \`effect_history_updated_at_idx\` ON \`effect_history\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`effect_history_created_at_idx\` ON \`effect_history\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_materials_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`document_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`document_materials_workflow_history_order_idx\` ON \`document_materials_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_workflow_history_parent_id_idx\` ON \`document_materials_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_workflow_history_by_idx\` ON \`document_materials_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`document_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'gioi-thieu-noi-dung' NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`document_materials_kind_idx\` ON \`document_materials\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`document_materials_slug_idx\` ON \`document_materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_unit_idx\` ON \`document_materials\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_workflow_state_idx\` ON \`document_materials\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_published_at_idx\` ON \`document_materials\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_created_by_idx\` ON \`document_materials\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_updated_at_idx\` ON \`document_materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_created_at_idx\` ON \`document_materials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`document_materials_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`legal_documents_id\` integer,
  	\`legal_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`document_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`document_materials_rels_order_idx\` ON \`document_materials_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_rels_parent_idx\` ON \`document_materials_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_rels_path_idx\` ON \`document_materials_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_rels_files_id_idx\` ON \`document_materials_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_rels_legal_documents_id_idx\` ON \`document_materials_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`document_materials_rels_legal_fields_id_idx\` ON \`document_materials_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE TABLE \`_document_materials_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_document_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_workflow_history_order_idx\` ON \`_document_materials_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_workflow_history_parent_id_idx\` ON \`_document_materials_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_workflow_history_by_idx\` ON \`_document_materials_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_document_materials_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'gioi-thieu-noi-dung' NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`document_materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_document_materials_v_parent_idx\` ON \`_document_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_kind_idx\` ON \`_document_materials_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_slug_idx\` ON \`_document_materials_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_unit_idx\` ON \`_document_materials_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_workflow_state_idx\` ON \`_document_materials_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_published_at_idx\` ON \`_document_materials_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_created_by_idx\` ON \`_document_materials_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_updated_at_idx\` ON \`_document_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_version_version_created_at_idx\` ON \`_document_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_created_at_idx\` ON \`_document_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_updated_at_idx\` ON \`_document_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_document_materials_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`legal_documents_id\` integer,
  	\`legal_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_document_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_document_materials_v_rels_order_idx\` ON \`_document_materials_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_rels_parent_idx\` ON \`_document_materials_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_rels_path_idx\` ON \`_document_materials_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_rels_files_id_idx\` ON \`_document_materials_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_rels_legal_documents_id_idx\` ON \`_document_materials_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_document_materials_v_rels_legal_fields_id_idx\` ON \`_document_materials_v_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`document_relations_id\` integer REFERENCES document_relations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`effect_history_id\` integer REFERENCES effect_history(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effect_history_id_idx\` ON \`payload_locked_documents_rels\` (\`effect_history_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand-fixed (the generated order failed): SQLite enforces foreign keys here, and DROP TABLE
  // deletes the rows first, so dropping a parent before its children ran their ON DELETE actions
  // (SET NULL on the NOT NULL document_relations.from_id) or hit payload_locked_documents_rels'
  // references. Locks on the dropped collections go first, then children before parents; the
  // pragma is only a safeguard (SQLite ignores it inside a transaction).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DELETE FROM \`payload_locked_documents\` WHERE \`id\` IN (SELECT \`parent_id\` FROM \`payload_locked_documents_rels\` WHERE \`document_relations_id\` IS NOT NULL OR \`effect_history_id\` IS NOT NULL);`)
  await db.run(sql`DELETE FROM \`payload_locked_documents_rels\` WHERE \`parent_id\` NOT IN (SELECT \`id\` FROM \`payload_locked_documents\`);`)
  await db.run(sql`DROP TABLE \`effect_history\`;`)
  await db.run(sql`DROP TABLE \`document_relations\`;`)
  await db.run(sql`DROP TABLE \`_document_materials_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_document_materials_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_document_materials_v\`;`)
  await db.run(sql`DROP TABLE \`document_materials_rels\`;`)
  await db.run(sql`DROP TABLE \`document_materials_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`document_materials\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_attachments\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` integer,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`areas_id\` integer,
  	\`users_id\` integer,
  	\`units_id\` integer,
  	\`officials_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id") SELECT "id", "order", "parent_id", "path", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
}
