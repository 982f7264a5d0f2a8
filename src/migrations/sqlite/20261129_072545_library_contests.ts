import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`legal_situations_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_situations_citations_order_idx\` ON \`legal_situations_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_citations_parent_id_idx\` ON \`legal_situations_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_citations_document_idx\` ON \`legal_situations_citations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_situations_quiz_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`is_correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_situations_quiz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_situations_quiz_options_order_idx\` ON \`legal_situations_quiz_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_quiz_options_parent_id_idx\` ON \`legal_situations_quiz_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_situations_quiz\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`prompt\` text NOT NULL,
  	\`explanation\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_situations_quiz_order_idx\` ON \`legal_situations_quiz\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_quiz_parent_id_idx\` ON \`legal_situations_quiz\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_situations_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_situations_workflow_history_order_idx\` ON \`legal_situations_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_workflow_history_parent_id_idx\` ON \`legal_situations_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_workflow_history_by_idx\` ON \`legal_situations_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_situations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`scenario\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`image_id\` integer,
  	\`analysis\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`citation_warning\` text,
  	\`legal_basis_changed\` integer DEFAULT false,
  	\`legal_basis_note\` text,
  	\`legal_basis_checked_at\` text,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_situations_image_idx\` ON \`legal_situations\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_legal_basis_changed_idx\` ON \`legal_situations\` (\`legal_basis_changed\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_situations_slug_idx\` ON \`legal_situations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_unit_idx\` ON \`legal_situations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_workflow_state_idx\` ON \`legal_situations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_published_at_idx\` ON \`legal_situations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_created_by_idx\` ON \`legal_situations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_updated_at_idx\` ON \`legal_situations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_created_at_idx\` ON \`legal_situations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`legal_situations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`legal_situations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_situations_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_situations_rels_order_idx\` ON \`legal_situations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_rels_parent_idx\` ON \`legal_situations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_rels_path_idx\` ON \`legal_situations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_rels_legal_fields_id_idx\` ON \`legal_situations_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_rels_audiences_id_idx\` ON \`legal_situations_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_situations_rels_legal_situations_id_idx\` ON \`legal_situations_rels\` (\`legal_situations_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_situations_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_situations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_citations_order_idx\` ON \`_legal_situations_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_citations_parent_id_idx\` ON \`_legal_situations_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_citations_document_idx\` ON \`_legal_situations_v_version_citations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_situations_v_version_quiz_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`is_correct\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_situations_v_version_quiz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_quiz_options_order_idx\` ON \`_legal_situations_v_version_quiz_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_quiz_options_parent_id_idx\` ON \`_legal_situations_v_version_quiz_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_situations_v_version_quiz\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prompt\` text NOT NULL,
  	\`explanation\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_situations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_quiz_order_idx\` ON \`_legal_situations_v_version_quiz\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_quiz_parent_id_idx\` ON \`_legal_situations_v_version_quiz\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_situations_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_situations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_workflow_history_order_idx\` ON \`_legal_situations_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_workflow_history_parent_id_idx\` ON \`_legal_situations_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_workflow_history_by_idx\` ON \`_legal_situations_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_situations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_summary\` text,
  	\`version_scenario\` text NOT NULL,
  	\`version_question\` text NOT NULL,
  	\`version_image_id\` integer,
  	\`version_analysis\` text NOT NULL,
  	\`version_answer\` text NOT NULL,
  	\`version_citation_warning\` text,
  	\`version_legal_basis_changed\` integer DEFAULT false,
  	\`version_legal_basis_note\` text,
  	\`version_legal_basis_checked_at\` text,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_parent_idx\` ON \`_legal_situations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_image_idx\` ON \`_legal_situations_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_legal_basis_changed_idx\` ON \`_legal_situations_v\` (\`version_legal_basis_changed\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_slug_idx\` ON \`_legal_situations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_unit_idx\` ON \`_legal_situations_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_workflow_state_idx\` ON \`_legal_situations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_published_at_idx\` ON \`_legal_situations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_created_by_idx\` ON \`_legal_situations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_updated_at_idx\` ON \`_legal_situations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_version_version_created_at_idx\` ON \`_legal_situations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_created_at_idx\` ON \`_legal_situations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_updated_at_idx\` ON \`_legal_situations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_legal_situations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`legal_situations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_situations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_situations_id\`) REFERENCES \`legal_situations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_rels_order_idx\` ON \`_legal_situations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_rels_parent_idx\` ON \`_legal_situations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_rels_path_idx\` ON \`_legal_situations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_rels_legal_fields_id_idx\` ON \`_legal_situations_v_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_rels_audiences_id_idx\` ON \`_legal_situations_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_situations_v_rels_legal_situations_id_idx\` ON \`_legal_situations_v_rels\` (\`legal_situations_id\`);`)
  await db.run(sql`CREATE TABLE \`contests_contact_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_contact_kinds_order_idx\` ON \`contests_contact_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contests_contact_kinds_parent_idx\` ON \`contests_contact_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`summary\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`organiser_id\` integer,
  	\`cover_id\` integer,
  	\`rules\` text,
  	\`prizes\` text,
  	\`eligibility\` text DEFAULT 'open' NOT NULL,
  	\`ask_birth_date\` integer DEFAULT true,
  	\`ask_school\` integer DEFAULT true,
  	\`certificate_rule\` text DEFAULT 'threshold' NOT NULL,
  	\`certificate_threshold\` numeric DEFAULT 80,
  	\`certificate_signer\` text,
  	\`certificate_signer_title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organiser_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contests_slug_idx\` ON \`contests\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`contests_status_idx\` ON \`contests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contests_organiser_idx\` ON \`contests\` (\`organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_cover_idx\` ON \`contests\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_updated_at_idx\` ON \`contests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contests_created_at_idx\` ON \`contests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`units_id\` integer,
  	\`audiences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contests_rels_order_idx\` ON \`contests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_parent_idx\` ON \`contests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_path_idx\` ON \`contests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_legal_fields_id_idx\` ON \`contests_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_units_id_idx\` ON \`contests_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`contests_rels_audiences_id_idx\` ON \`contests_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_rounds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contest_id\` integer NOT NULL,
  	\`number\` numeric DEFAULT 1 NOT NULL,
  	\`title\` text NOT NULL,
  	\`opens_at\` text NOT NULL,
  	\`closes_at\` text NOT NULL,
  	\`question_count\` numeric DEFAULT 20 NOT NULL,
  	\`time_limit_minutes\` numeric DEFAULT 20 NOT NULL,
  	\`attempts_allowed\` numeric DEFAULT 1 NOT NULL,
  	\`prediction_question_id\` integer,
  	\`prediction_answer\` numeric,
  	\`results_published\` integer DEFAULT false,
  	\`results_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`prediction_question_id\`) REFERENCES \`contest_questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_rounds_contest_idx\` ON \`contest_rounds\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_opens_at_idx\` ON \`contest_rounds\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_closes_at_idx\` ON \`contest_rounds\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_prediction_question_idx\` ON \`contest_rounds\` (\`prediction_question_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_results_published_idx\` ON \`contest_rounds\` (\`results_published\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_updated_at_idx\` ON \`contest_rounds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_created_at_idx\` ON \`contest_rounds\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_number_idx\` ON \`contest_rounds\` (\`contest_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`contest_rounds_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`contest_questions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_questions_id\`) REFERENCES \`contest_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_rounds_rels_order_idx\` ON \`contest_rounds_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_rels_parent_idx\` ON \`contest_rounds_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_rels_path_idx\` ON \`contest_rounds_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_rels_legal_fields_id_idx\` ON \`contest_rounds_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_rounds_rels_contest_questions_id_idx\` ON \`contest_rounds_rels\` (\`contest_questions_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contest_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_questions_options_order_idx\` ON \`contest_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_options_parent_id_idx\` ON \`contest_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_questions_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contest_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_questions_citations_order_idx\` ON \`contest_questions_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_citations_parent_id_idx\` ON \`contest_questions_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_citations_document_idx\` ON \`contest_questions_citations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`contest_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`kind\` text DEFAULT 'single' NOT NULL,
  	\`text\` text NOT NULL,
  	\`field_id\` integer,
  	\`numeric_answer\` numeric,
  	\`explanation\` text,
  	\`points\` numeric DEFAULT 1,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`field_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_questions_code_idx\` ON \`contest_questions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_kind_idx\` ON \`contest_questions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_field_idx\` ON \`contest_questions\` (\`field_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_active_idx\` ON \`contest_questions\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_updated_at_idx\` ON \`contest_questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_questions_created_at_idx\` ON \`contest_questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`contest_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contest_id\` integer NOT NULL,
  	\`round_id\` integer NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`public_name\` text,
  	\`birth_date\` text,
  	\`is_minor\` integer DEFAULT false,
  	\`guardian_consent\` integer DEFAULT false,
  	\`unit_id\` integer,
  	\`school\` text,
  	\`class_name\` text,
  	\`audience_id\` integer,
  	\`contact_kind\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`contact_hash\` text NOT NULL,
  	\`consent_at\` text,
  	\`verified_at\` text,
  	\`code_hash\` text,
  	\`code_sent_at\` text,
  	\`code_expires_at\` text,
  	\`code_attempts\` numeric DEFAULT 0,
  	\`access_token_hash\` text,
  	\`ip_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`round_id\`) REFERENCES \`contest_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audience_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_entries_contest_idx\` ON \`contest_entries\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_round_idx\` ON \`contest_entries\` (\`round_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_unit_idx\` ON \`contest_entries\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_school_idx\` ON \`contest_entries\` (\`school\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_audience_idx\` ON \`contest_entries\` (\`audience_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_contact_hash_idx\` ON \`contest_entries\` (\`contact_hash\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_verified_at_idx\` ON \`contest_entries\` (\`verified_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_access_token_hash_idx\` ON \`contest_entries\` (\`access_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_updated_at_idx\` ON \`contest_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_entries_created_at_idx\` ON \`contest_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`round_contactHash_idx\` ON \`contest_entries\` (\`round_id\`,\`contact_hash\`);`)
  await db.run(sql`CREATE TABLE \`contest_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entry_id\` integer NOT NULL,
  	\`round_id\` integer NOT NULL,
  	\`attempt_no\` numeric NOT NULL,
  	\`status\` text DEFAULT 'in-progress' NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`deadline_at\` text NOT NULL,
  	\`submitted_at\` text,
  	\`items\` text NOT NULL,
  	\`prediction\` numeric,
  	\`score\` numeric,
  	\`max_score\` numeric,
  	\`correct_count\` numeric,
  	\`duration_ms\` numeric,
  	\`prediction_diff\` numeric,
  	\`session_hash\` text,
  	\`session_seen_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`round_id\`) REFERENCES \`contest_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_attempts_entry_idx\` ON \`contest_attempts\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_attempts_round_idx\` ON \`contest_attempts\` (\`round_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_attempts_score_idx\` ON \`contest_attempts\` (\`score\`);`)
  await db.run(sql`CREATE INDEX \`contest_attempts_updated_at_idx\` ON \`contest_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_attempts_created_at_idx\` ON \`contest_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`entry_attemptNo_idx\` ON \`contest_attempts\` (\`entry_id\`,\`attempt_no\`);`)
  await db.run(sql`CREATE INDEX \`round_status_score_predictionDiff_durationMs_idx\` ON \`contest_attempts\` (\`round_id\`,\`status\`,\`score\`,\`prediction_diff\`,\`duration_ms\`);`)
  await db.run(sql`CREATE INDEX \`status_deadlineAt_idx\` ON \`contest_attempts\` (\`status\`,\`deadline_at\`);`)
  await db.run(sql`CREATE TABLE \`contest_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`attempt_id\` integer NOT NULL,
  	\`item_index\` numeric NOT NULL,
  	\`question_id\` integer,
  	\`choice\` text,
  	\`correct\` integer DEFAULT false,
  	\`answered_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`attempt_id\`) REFERENCES \`contest_attempts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`question_id\`) REFERENCES \`contest_questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_answers_attempt_idx\` ON \`contest_answers\` (\`attempt_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_answers_question_idx\` ON \`contest_answers\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_answers_updated_at_idx\` ON \`contest_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_answers_created_at_idx\` ON \`contest_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`attempt_itemIndex_idx\` ON \`contest_answers\` (\`attempt_id\`,\`item_index\`);`)
  await db.run(sql`CREATE INDEX \`question_correct_idx\` ON \`contest_answers\` (\`question_id\`,\`correct\`);`)
  await db.run(sql`CREATE TABLE \`contest_certificates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`entry_id\` integer NOT NULL,
  	\`attempt_id\` integer,
  	\`round_id\` integer NOT NULL,
  	\`contest_id\` integer NOT NULL,
  	\`holder_name\` text NOT NULL,
  	\`award\` text NOT NULL,
  	\`score\` numeric,
  	\`max_score\` numeric,
  	\`issued_at\` text NOT NULL,
  	\`revoked_at\` text,
  	\`revoke_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attempt_id\`) REFERENCES \`contest_attempts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`round_id\`) REFERENCES \`contest_rounds\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contest_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_certificates_code_idx\` ON \`contest_certificates\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_certificates_entry_idx\` ON \`contest_certificates\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_certificates_attempt_idx\` ON \`contest_certificates\` (\`attempt_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_certificates_round_idx\` ON \`contest_certificates\` (\`round_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_certificates_contest_idx\` ON \`contest_certificates\` (\`contest_id\`);`)
  await db.run(sql`CREATE INDEX \`contest_certificates_updated_at_idx\` ON \`contest_certificates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_certificates_created_at_idx\` ON \`contest_certificates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`library_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`family\` text,
  	\`is_public\` integer DEFAULT false,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`library_files_family_idx\` ON \`library_files\` (\`family\`);`)
  await db.run(sql`CREATE INDEX \`library_files_is_public_idx\` ON \`library_files\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`library_files_uploaded_by_idx\` ON \`library_files\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`library_files_updated_at_idx\` ON \`library_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`library_files_created_at_idx\` ON \`library_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`library_files_filename_idx\` ON \`library_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`library_items_captions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`language\` text DEFAULT 'vi',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_items_captions_order_idx\` ON \`library_items_captions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`library_items_captions_parent_id_idx\` ON \`library_items_captions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_captions_file_idx\` ON \`library_items_captions\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`library_items_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_items_legal_basis_order_idx\` ON \`library_items_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`library_items_legal_basis_parent_id_idx\` ON \`library_items_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_legal_basis_document_idx\` ON \`library_items_legal_basis\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`library_items_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_items_workflow_history_order_idx\` ON \`library_items_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`library_items_workflow_history_parent_id_idx\` ON \`library_items_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_workflow_history_by_idx\` ON \`library_items_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`library_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'video' NOT NULL,
  	\`summary\` text NOT NULL,
  	\`video_source\` text DEFAULT 'upload',
  	\`video_file_id\` integer,
  	\`youtube_url\` text,
  	\`youtube_id\` text,
  	\`poster_id\` integer,
  	\`audio_file_id\` integer,
  	\`transcript\` text,
  	\`image_id\` integer,
  	\`long_description\` text,
  	\`pdf_file_id\` integer,
  	\`cover_id\` integer,
  	\`author\` text,
  	\`publisher\` text,
  	\`year\` numeric,
  	\`pages\` numeric,
  	\`duration_seconds\` numeric,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`video_file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`audio_file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`library_items_kind_idx\` ON \`library_items\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`library_items_video_file_idx\` ON \`library_items\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_poster_idx\` ON \`library_items\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_audio_file_idx\` ON \`library_items\` (\`audio_file_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_image_idx\` ON \`library_items\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_pdf_file_idx\` ON \`library_items\` (\`pdf_file_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_cover_idx\` ON \`library_items\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`library_items_slug_idx\` ON \`library_items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`library_items_unit_idx\` ON \`library_items\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_workflow_state_idx\` ON \`library_items\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`library_items_published_at_idx\` ON \`library_items\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`library_items_created_by_idx\` ON \`library_items\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_updated_at_idx\` ON \`library_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`library_items_created_at_idx\` ON \`library_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`library_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`areas_id\` integer,
  	\`library_items_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`library_items_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`library_items_rels_order_idx\` ON \`library_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`library_items_rels_parent_idx\` ON \`library_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_rels_path_idx\` ON \`library_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`library_items_rels_legal_fields_id_idx\` ON \`library_items_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_rels_audiences_id_idx\` ON \`library_items_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_rels_areas_id_idx\` ON \`library_items_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`library_items_rels_library_items_id_idx\` ON \`library_items_rels\` (\`library_items_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_items_v_version_captions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`language\` text DEFAULT 'vi',
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_captions_order_idx\` ON \`_library_items_v_version_captions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_captions_parent_id_idx\` ON \`_library_items_v_version_captions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_captions_file_idx\` ON \`_library_items_v_version_captions\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_items_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` integer NOT NULL,
  	\`article\` text,
  	\`anchor\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_legal_basis_order_idx\` ON \`_library_items_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_legal_basis_parent_id_idx\` ON \`_library_items_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_legal_basis_document_idx\` ON \`_library_items_v_version_legal_basis\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_items_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_library_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_workflow_history_order_idx\` ON \`_library_items_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_workflow_history_parent_id_idx\` ON \`_library_items_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_workflow_history_by_idx\` ON \`_library_items_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_library_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_kind\` text DEFAULT 'video' NOT NULL,
  	\`version_summary\` text NOT NULL,
  	\`version_video_source\` text DEFAULT 'upload',
  	\`version_video_file_id\` integer,
  	\`version_youtube_url\` text,
  	\`version_youtube_id\` text,
  	\`version_poster_id\` integer,
  	\`version_audio_file_id\` integer,
  	\`version_transcript\` text,
  	\`version_image_id\` integer,
  	\`version_long_description\` text,
  	\`version_pdf_file_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_author\` text,
  	\`version_publisher\` text,
  	\`version_year\` numeric,
  	\`version_pages\` numeric,
  	\`version_duration_seconds\` numeric,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_file_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_items_v_parent_idx\` ON \`_library_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_kind_idx\` ON \`_library_items_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_video_file_idx\` ON \`_library_items_v\` (\`version_video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_poster_idx\` ON \`_library_items_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_audio_file_idx\` ON \`_library_items_v\` (\`version_audio_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_image_idx\` ON \`_library_items_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_pdf_file_idx\` ON \`_library_items_v\` (\`version_pdf_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_cover_idx\` ON \`_library_items_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_slug_idx\` ON \`_library_items_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_unit_idx\` ON \`_library_items_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_workflow_state_idx\` ON \`_library_items_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_published_at_idx\` ON \`_library_items_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_created_by_idx\` ON \`_library_items_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_updated_at_idx\` ON \`_library_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_version_version_created_at_idx\` ON \`_library_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_created_at_idx\` ON \`_library_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_updated_at_idx\` ON \`_library_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_library_items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`areas_id\` integer,
  	\`library_items_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_library_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`library_items_id\`) REFERENCES \`library_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_order_idx\` ON \`_library_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_parent_idx\` ON \`_library_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_path_idx\` ON \`_library_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_legal_fields_id_idx\` ON \`_library_items_v_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_audiences_id_idx\` ON \`_library_items_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_areas_id_idx\` ON \`_library_items_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`_library_items_v_rels_library_items_id_idx\` ON \`_library_items_v_rels\` (\`library_items_id\`);`)
  await db.run(sql`CREATE TABLE \`situations_legal_basis_scan\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`effect_history_at\` text,
  	\`relations_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contests_id\` integer REFERENCES contests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_rounds_id\` integer REFERENCES contest_rounds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_questions_id\` integer REFERENCES contest_questions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_entries_id\` integer REFERENCES contest_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_attempts_id\` integer REFERENCES contest_attempts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_answers_id\` integer REFERENCES contest_answers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_certificates_id\` integer REFERENCES contest_certificates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`library_files_id\` integer REFERENCES library_files(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_certificates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_library_files_id_idx\` ON \`payload_locked_documents_rels\` (\`library_files_id\`);`)
  await db.run(sql`CREATE INDEX \`workflowState_publishedAt_section_unit_idx\` ON \`articles\` (\`workflow_state\`,\`published_at\`,\`section_id\`,\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version_workflow_state\`,\`version_published_at\`,\`version_section_id\`,\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`questions\` (\`status\`,\`answered_at\`,\`published_at\`,\`received_at\`,\`due_date\`,\`field_id\`,\`assigned_unit_id\`,\`answering_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_questions_v\` (\`version_status\`,\`version_answered_at\`,\`version_published_at\`,\`version_received_at\`,\`version_due_date\`,\`version_field_id\`,\`version_assigned_unit_id\`,\`version_answering_unit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`legal_situations_citations\`;`)
  await db.run(sql`DROP TABLE \`legal_situations_quiz_options\`;`)
  await db.run(sql`DROP TABLE \`legal_situations_quiz\`;`)
  await db.run(sql`DROP TABLE \`legal_situations_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`legal_situations\`;`)
  await db.run(sql`DROP TABLE \`legal_situations_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_situations_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_legal_situations_v_version_quiz_options\`;`)
  await db.run(sql`DROP TABLE \`_legal_situations_v_version_quiz\`;`)
  await db.run(sql`DROP TABLE \`_legal_situations_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_legal_situations_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_situations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`contests_contact_kinds\`;`)
  await db.run(sql`DROP TABLE \`contests\`;`)
  await db.run(sql`DROP TABLE \`contests_rels\`;`)
  await db.run(sql`DROP TABLE \`contest_rounds\`;`)
  await db.run(sql`DROP TABLE \`contest_rounds_rels\`;`)
  await db.run(sql`DROP TABLE \`contest_questions_options\`;`)
  await db.run(sql`DROP TABLE \`contest_questions_citations\`;`)
  await db.run(sql`DROP TABLE \`contest_questions\`;`)
  await db.run(sql`DROP TABLE \`contest_entries\`;`)
  await db.run(sql`DROP TABLE \`contest_attempts\`;`)
  await db.run(sql`DROP TABLE \`contest_answers\`;`)
  await db.run(sql`DROP TABLE \`contest_certificates\`;`)
  await db.run(sql`DROP TABLE \`library_files\`;`)
  await db.run(sql`DROP TABLE \`library_items_captions\`;`)
  await db.run(sql`DROP TABLE \`library_items_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`library_items_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`library_items\`;`)
  await db.run(sql`DROP TABLE \`library_items_rels\`;`)
  await db.run(sql`DROP TABLE \`_library_items_v_version_captions\`;`)
  await db.run(sql`DROP TABLE \`_library_items_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_library_items_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_library_items_v\`;`)
  await db.run(sql`DROP TABLE \`_library_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`situations_legal_basis_scan\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`document_relations_id\` integer,
  	\`effect_history_id\` integer,
  	\`private_files_id\` integer,
  	\`registry_members_id\` integer,
  	\`activities_id\` integer,
  	\`activity_evidence_id\` integer,
  	\`activity_rollups_id\` integer,
  	\`report_periods_id\` integer,
  	\`sections_id\` integer,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`areas_id\` integer,
  	\`users_id\` integer,
  	\`units_id\` integer,
  	\`officials_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`antispam_records_id\` integer,
  	\`outbox_mails_id\` integer,
  	\`privacy_audit_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_relations_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`effect_history_id\`) REFERENCES \`effect_history\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`private_files_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registry_members_id\`) REFERENCES \`registry_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_evidence_id\`) REFERENCES \`activity_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_rollups_id\`) REFERENCES \`activity_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_periods_id\`) REFERENCES \`report_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`antispam_records_id\`) REFERENCES \`antispam_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_mails_id\`) REFERENCES \`outbox_mails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_audit_id\`) REFERENCES \`privacy_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "private_files_id", "registry_members_id", "activities_id", "activity_evidence_id", "activity_rollups_id", "report_periods_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id", "antispam_records_id", "outbox_mails_id", "privacy_audit_id") SELECT "id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "private_files_id", "registry_members_id", "activities_id", "activity_evidence_id", "activity_rollups_id", "report_periods_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id", "antispam_records_id", "outbox_mails_id", "privacy_audit_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effect_history_id_idx\` ON \`payload_locked_documents_rels\` (\`effect_history_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_private_files_id_idx\` ON \`payload_locked_documents_rels\` (\`private_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registry_members_id_idx\` ON \`payload_locked_documents_rels\` (\`registry_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`report_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_antispam_records_id_idx\` ON \`payload_locked_documents_rels\` (\`antispam_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_mails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_audit_id\`);`)
  await db.run(sql`DROP INDEX \`workflowState_publishedAt_section_unit_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
