import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`questions_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_citations_order_idx\` ON \`questions_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`questions_citations_parent_id_idx\` ON \`questions_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_citations_document_idx\` ON \`questions_citations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`questions_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_history_order_idx\` ON \`questions_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`questions_history_parent_id_idx\` ON \`questions_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_history_by_idx\` ON \`questions_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text,
  	\`status\` text DEFAULT 'new',
  	\`due_soon_reminded_at\` text,
  	\`overdue_reminded_at\` text,
  	\`answer_notified_at\` text,
  	\`anonymised_at\` text,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`field_id\` integer,
  	\`area_id\` integer,
  	\`asker_name\` text,
  	\`asker_email\` text,
  	\`asker_phone\` text,
  	\`asker_consent_at\` text,
  	\`asker_ip_hash\` text,
  	\`asker_contact_hash\` text,
  	\`original_title\` text,
  	\`original_body\` text,
  	\`attachment_id\` integer,
  	\`tracking_key_hash\` text,
  	\`rejection_reason\` text,
  	\`duplicate_of_id\` integer,
  	\`rejection_note\` text,
  	\`assigned_unit_id\` integer,
  	\`assigned_expert_id\` integer,
  	\`received_at\` text,
  	\`assigned_at\` text,
  	\`due_date\` text,
  	\`answer\` text,
  	\`citation_warning\` text,
  	\`answering_unit_id\` integer,
  	\`answered_by_id\` integer,
  	\`answered_at\` text,
  	\`approved_by_id\` integer,
  	\`published_at\` text,
  	\`legal_basis_changed\` integer DEFAULT false,
  	\`legal_basis_note\` text,
  	\`legal_basis_checked_at\` text,
  	\`slug\` text,
  	\`workflow_state\` text,
  	\`view_count\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`field_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_expert_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answering_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_tracking_code_idx\` ON \`questions\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`questions_status_idx\` ON \`questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`questions_field_idx\` ON \`questions\` (\`field_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_area_idx\` ON \`questions\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_asker_asker_contact_hash_idx\` ON \`questions\` (\`asker_contact_hash\`);`)
  await db.run(sql`CREATE INDEX \`questions_attachment_idx\` ON \`questions\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_duplicate_of_idx\` ON \`questions\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_unit_idx\` ON \`questions\` (\`assigned_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_assigned_expert_idx\` ON \`questions\` (\`assigned_expert_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_at_idx\` ON \`questions\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_due_date_idx\` ON \`questions\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`questions_answering_unit_idx\` ON \`questions\` (\`answering_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answered_by_idx\` ON \`questions\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_approved_by_idx\` ON \`questions\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_published_at_idx\` ON \`questions\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_legal_basis_changed_idx\` ON \`questions\` (\`legal_basis_changed\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_slug_idx\` ON \`questions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`questions_workflow_state_idx\` ON \`questions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`audiences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`questions_rels_order_idx\` ON \`questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_parent_idx\` ON \`questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_path_idx\` ON \`questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`questions_rels_audiences_id_idx\` ON \`questions_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_version_citations_order_idx\` ON \`_questions_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_citations_parent_id_idx\` ON \`_questions_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_citations_document_idx\` ON \`_questions_v_version_citations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_version_history_order_idx\` ON \`_questions_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_history_parent_id_idx\` ON \`_questions_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_history_by_idx\` ON \`_questions_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tracking_code\` text,
  	\`version_status\` text DEFAULT 'new',
  	\`version_due_soon_reminded_at\` text,
  	\`version_overdue_reminded_at\` text,
  	\`version_answer_notified_at\` text,
  	\`version_anonymised_at\` text,
  	\`version_title\` text NOT NULL,
  	\`version_body\` text NOT NULL,
  	\`version_field_id\` integer,
  	\`version_area_id\` integer,
  	\`version_asker_name\` text,
  	\`version_asker_email\` text,
  	\`version_asker_phone\` text,
  	\`version_asker_consent_at\` text,
  	\`version_asker_ip_hash\` text,
  	\`version_asker_contact_hash\` text,
  	\`version_original_title\` text,
  	\`version_original_body\` text,
  	\`version_attachment_id\` integer,
  	\`version_tracking_key_hash\` text,
  	\`version_rejection_reason\` text,
  	\`version_duplicate_of_id\` integer,
  	\`version_rejection_note\` text,
  	\`version_assigned_unit_id\` integer,
  	\`version_assigned_expert_id\` integer,
  	\`version_received_at\` text,
  	\`version_assigned_at\` text,
  	\`version_due_date\` text,
  	\`version_answer\` text,
  	\`version_citation_warning\` text,
  	\`version_answering_unit_id\` integer,
  	\`version_answered_by_id\` integer,
  	\`version_answered_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_legal_basis_changed\` integer DEFAULT false,
  	\`version_legal_basis_note\` text,
  	\`version_legal_basis_checked_at\` text,
  	\`version_slug\` text,
  	\`version_workflow_state\` text,
  	\`version_view_count\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_field_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_duplicate_of_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_expert_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_answering_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_parent_idx\` ON \`_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_tracking_code_idx\` ON \`_questions_v\` (\`version_tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_status_idx\` ON \`_questions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_field_idx\` ON \`_questions_v\` (\`version_field_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_area_idx\` ON \`_questions_v\` (\`version_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_asker_version_asker_contact_hash_idx\` ON \`_questions_v\` (\`version_asker_contact_hash\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_attachment_idx\` ON \`_questions_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_duplicate_of_idx\` ON \`_questions_v\` (\`version_duplicate_of_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_assigned_unit_idx\` ON \`_questions_v\` (\`version_assigned_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_assigned_expert_idx\` ON \`_questions_v\` (\`version_assigned_expert_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_received_at_idx\` ON \`_questions_v\` (\`version_received_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_due_date_idx\` ON \`_questions_v\` (\`version_due_date\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_answering_unit_idx\` ON \`_questions_v\` (\`version_answering_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_answered_by_idx\` ON \`_questions_v\` (\`version_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_approved_by_idx\` ON \`_questions_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_published_at_idx\` ON \`_questions_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_legal_basis_changed_idx\` ON \`_questions_v\` (\`version_legal_basis_changed\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_slug_idx\` ON \`_questions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_workflow_state_idx\` ON \`_questions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_updated_at_idx\` ON \`_questions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_created_at_idx\` ON \`_questions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_created_at_idx\` ON \`_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_updated_at_idx\` ON \`_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`audiences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_order_idx\` ON \`_questions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_parent_idx\` ON \`_questions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_path_idx\` ON \`_questions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_rels_audiences_id_idx\` ON \`_questions_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`private_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`original_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`private_files_updated_at_idx\` ON \`private_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`private_files_created_at_idx\` ON \`private_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`private_files_filename_idx\` ON \`private_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`dialogues_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`heading\` text NOT NULL,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dialogues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogues_sections_order_idx\` ON \`dialogues_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_sections_parent_id_idx\` ON \`dialogues_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogues_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dialogues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogues_officials_order_idx\` ON \`dialogues_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_officials_parent_id_idx\` ON \`dialogues_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogues_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dialogues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogues_workflow_history_order_idx\` ON \`dialogues_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_workflow_history_parent_id_idx\` ON \`dialogues_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_workflow_history_by_idx\` ON \`dialogues_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`kind\` text DEFAULT 'lay-y-kien' NOT NULL,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`introduction\` text,
  	\`session_starts_at\` text,
  	\`session_ends_at\` text,
  	\`place\` text,
  	\`stream_url\` text,
  	\`transcript\` text,
  	\`closing_summary\` text,
  	\`adopted_document_id\` integer,
  	\`final_text\` text,
  	\`summary_published\` integer DEFAULT false,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`adopted_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogues_opens_at_idx\` ON \`dialogues\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_closes_at_idx\` ON \`dialogues\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_adopted_document_idx\` ON \`dialogues\` (\`adopted_document_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`dialogues_slug_idx\` ON \`dialogues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_unit_idx\` ON \`dialogues\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_workflow_state_idx\` ON \`dialogues\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_published_at_idx\` ON \`dialogues\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_created_by_idx\` ON \`dialogues\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_updated_at_idx\` ON \`dialogues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_created_at_idx\` ON \`dialogues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dialogues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`legal_documents_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dialogues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogues_rels_order_idx\` ON \`dialogues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_rels_parent_idx\` ON \`dialogues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_rels_path_idx\` ON \`dialogues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_rels_legal_fields_id_idx\` ON \`dialogues_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_rels_legal_documents_id_idx\` ON \`dialogues_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogues_rels_files_id_idx\` ON \`dialogues_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`_dialogues_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`heading\` text NOT NULL,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dialogues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_sections_order_idx\` ON \`_dialogues_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_sections_parent_id_idx\` ON \`_dialogues_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dialogues_v_version_officials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`title\` text,
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dialogues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_officials_order_idx\` ON \`_dialogues_v_version_officials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_officials_parent_id_idx\` ON \`_dialogues_v_version_officials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dialogues_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dialogues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_workflow_history_order_idx\` ON \`_dialogues_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_workflow_history_parent_id_idx\` ON \`_dialogues_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_workflow_history_by_idx\` ON \`_dialogues_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_dialogues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_summary\` text,
  	\`version_kind\` text DEFAULT 'lay-y-kien' NOT NULL,
  	\`version_opens_at\` text NOT NULL,
  	\`version_closes_at\` text NOT NULL,
  	\`version_introduction\` text,
  	\`version_session_starts_at\` text,
  	\`version_session_ends_at\` text,
  	\`version_place\` text,
  	\`version_stream_url\` text,
  	\`version_transcript\` text,
  	\`version_closing_summary\` text,
  	\`version_adopted_document_id\` integer,
  	\`version_final_text\` text,
  	\`version_summary_published\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dialogues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_adopted_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dialogues_v_parent_idx\` ON \`_dialogues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_opens_at_idx\` ON \`_dialogues_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_closes_at_idx\` ON \`_dialogues_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_adopted_document_idx\` ON \`_dialogues_v\` (\`version_adopted_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_slug_idx\` ON \`_dialogues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_unit_idx\` ON \`_dialogues_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_workflow_state_idx\` ON \`_dialogues_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_published_at_idx\` ON \`_dialogues_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_created_by_idx\` ON \`_dialogues_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_updated_at_idx\` ON \`_dialogues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_version_version_created_at_idx\` ON \`_dialogues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_created_at_idx\` ON \`_dialogues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_updated_at_idx\` ON \`_dialogues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_dialogues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`legal_documents_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_dialogues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dialogues_v_rels_order_idx\` ON \`_dialogues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_rels_parent_idx\` ON \`_dialogues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_rels_path_idx\` ON \`_dialogues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_rels_legal_fields_id_idx\` ON \`_dialogues_v_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_rels_legal_documents_id_idx\` ON \`_dialogues_v_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_dialogues_v_rels_files_id_idx\` ON \`_dialogues_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogue_comments_flags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dialogue_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogue_comments_flags_order_idx\` ON \`dialogue_comments_flags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_flags_parent_id_idx\` ON \`dialogue_comments_flags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogue_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dialogue_id\` integer NOT NULL,
  	\`section_key\` text DEFAULT 'toan-van',
  	\`kind\` text DEFAULT 'gop-y',
  	\`number\` numeric,
  	\`display_name\` text,
  	\`body\` text NOT NULL,
  	\`excerpt\` text,
  	\`author_name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`status\` text DEFAULT 'cho-duyet' NOT NULL,
  	\`reject_reason\` text,
  	\`flag_count\` numeric DEFAULT 0,
  	\`decision\` text,
  	\`decision_reason\` text,
  	\`answered_by\` text,
  	\`answer\` text,
  	\`unit_id\` integer,
  	\`ip_hash\` text,
  	\`contact_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`dialogue_id\`) REFERENCES \`dialogues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogue_comments_dialogue_idx\` ON \`dialogue_comments\` (\`dialogue_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_status_idx\` ON \`dialogue_comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_decision_idx\` ON \`dialogue_comments\` (\`decision\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_unit_idx\` ON \`dialogue_comments\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_contact_hash_idx\` ON \`dialogue_comments\` (\`contact_hash\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_updated_at_idx\` ON \`dialogue_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_comments_created_at_idx\` ON \`dialogue_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`antispam_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`scope\` text,
  	\`ip_hash\` text,
  	\`contact_hash\` text,
  	\`at\` text NOT NULL,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`antispam_records_key_idx\` ON \`antispam_records\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`antispam_records_scope_idx\` ON \`antispam_records\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`antispam_records_ip_hash_idx\` ON \`antispam_records\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`antispam_records_contact_hash_idx\` ON \`antispam_records\` (\`contact_hash\`);`)
  await db.run(sql`CREATE INDEX \`antispam_records_at_idx\` ON \`antispam_records\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`antispam_records_expires_at_idx\` ON \`antispam_records\` (\`expires_at\`);`)
  await db.run(sql`CREATE TABLE \`outbox_mails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`html\` text,
  	\`kind\` text NOT NULL,
  	\`ref\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`last_error\` text,
  	\`next_attempt_at\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_mails_kind_idx\` ON \`outbox_mails\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`outbox_mails_ref_idx\` ON \`outbox_mails\` (\`ref\`);`)
  await db.run(sql`CREATE INDEX \`outbox_mails_status_idx\` ON \`outbox_mails\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`outbox_mails_next_attempt_at_idx\` ON \`outbox_mails\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_mails_updated_at_idx\` ON \`outbox_mails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_mails_created_at_idx\` ON \`outbox_mails\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`privacy_audit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_name\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`target\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`fields\` text,
  	\`note\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`privacy_audit_at_idx\` ON \`privacy_audit\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`privacy_audit_user_idx\` ON \`privacy_audit\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`privacy_audit_action_idx\` ON \`privacy_audit\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`privacy_audit_target_collection_idx\` ON \`privacy_audit\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`privacy_audit_document_id_idx\` ON \`privacy_audit\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`qa_legal_basis_scan\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`effect_history_at\` text,
  	\`relations_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_extra_days_off\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_extra_days_off_order_idx\` ON \`site_settings_extra_days_off\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_extra_days_off_parent_id_idx\` ON \`site_settings_extra_days_off\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_extra_working_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_extra_working_days_order_idx\` ON \`site_settings_extra_working_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_extra_working_days_parent_id_idx\` ON \`site_settings_extra_working_days\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`private_files_id\` integer REFERENCES private_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`antispam_records_id\` integer REFERENCES antispam_records(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_mails_id\` integer REFERENCES outbox_mails(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`privacy_audit_id\` integer REFERENCES privacy_audit(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_private_files_id_idx\` ON \`payload_locked_documents_rels\` (\`private_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_antispam_records_id_idx\` ON \`payload_locked_documents_rels\` (\`antispam_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_mails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_audit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`questions_citations\`;`)
  await db.run(sql`DROP TABLE \`questions_history\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_rels\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`private_files\`;`)
  await db.run(sql`DROP TABLE \`dialogues_sections\`;`)
  await db.run(sql`DROP TABLE \`dialogues_officials\`;`)
  await db.run(sql`DROP TABLE \`dialogues_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`dialogues\`;`)
  await db.run(sql`DROP TABLE \`dialogues_rels\`;`)
  await db.run(sql`DROP TABLE \`_dialogues_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_dialogues_v_version_officials\`;`)
  await db.run(sql`DROP TABLE \`_dialogues_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_dialogues_v\`;`)
  await db.run(sql`DROP TABLE \`_dialogues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`dialogue_comments_flags\`;`)
  await db.run(sql`DROP TABLE \`dialogue_comments\`;`)
  await db.run(sql`DROP TABLE \`antispam_records\`;`)
  await db.run(sql`DROP TABLE \`outbox_mails\`;`)
  await db.run(sql`DROP TABLE \`privacy_audit\`;`)
  await db.run(sql`DROP TABLE \`qa_legal_basis_scan\`;`)
  await db.run(sql`DROP TABLE \`site_settings_extra_days_off\`;`)
  await db.run(sql`DROP TABLE \`site_settings_extra_working_days\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`document_relations_id\` integer,
  	\`effect_history_id\` integer,
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
  	FOREIGN KEY (\`document_relations_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`effect_history_id\`) REFERENCES \`effect_history\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id") SELECT "id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effect_history_id_idx\` ON \`payload_locked_documents_rels\` (\`effect_history_id\`);`)
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
