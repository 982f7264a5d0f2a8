import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`registry_members\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`name_folded\` text,
  	\`kind\` text NOT NULL,
  	\`level\` text DEFAULT 'province' NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`position\` text,
  	\`recognition_number\` text,
  	\`recognition_date\` text,
  	\`recognition_issuer\` text,
  	\`recognition_file_id\` integer,
  	\`dismissal_number\` text,
  	\`dismissal_date\` text,
  	\`dismissal_issuer\` text,
  	\`dismissal_reason\` text,
  	\`dismissal_file_id\` integer,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recognition_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`dismissal_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`registry_members_name_folded_idx\` ON \`registry_members\` (\`name_folded\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_kind_idx\` ON \`registry_members\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_level_idx\` ON \`registry_members\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_unit_idx\` ON \`registry_members\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_recognition_recognition_file_idx\` ON \`registry_members\` (\`recognition_file_id\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_dismissal_dismissal_file_idx\` ON \`registry_members\` (\`dismissal_file_id\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_status_idx\` ON \`registry_members\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_updated_at_idx\` ON \`registry_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_created_at_idx\` ON \`registry_members\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`registry_members_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`registry_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`registry_members_rels_order_idx\` ON \`registry_members_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_rels_parent_idx\` ON \`registry_members_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_rels_path_idx\` ON \`registry_members_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`registry_members_rels_legal_fields_id_idx\` ON \`registry_members_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_materials_order_idx\` ON \`activities_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_materials_parent_id_idx\` ON \`activities_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`end_date\` text,
  	\`form\` text NOT NULL,
  	\`sessions\` numeric DEFAULT 1 NOT NULL,
  	\`participants\` numeric DEFAULT 0 NOT NULL,
  	\`cost\` numeric,
  	\`description\` text,
  	\`source_article_id\` integer,
  	\`unit_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`review_note\` text,
  	\`verified_by_id\` integer,
  	\`verified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`verified_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_date_idx\` ON \`activities\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`activities_form_idx\` ON \`activities\` (\`form\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_source_article_idx\` ON \`activities\` (\`source_article_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_unit_idx\` ON \`activities\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_status_idx\` ON \`activities\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`activities_verified_by_idx\` ON \`activities\` (\`verified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_date_form_unit_sessions_participants_cost_idx\` ON \`activities\` (\`status\`,\`date\`,\`form\`,\`unit_id\`,\`sessions\`,\`participants\`,\`cost\`);`)
  await db.run(sql`CREATE INDEX \`unit_status_date_form_sessions_participants_cost_idx\` ON \`activities\` (\`unit_id\`,\`status\`,\`date\`,\`form\`,\`sessions\`,\`participants\`,\`cost\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`areas_id\` integer,
  	\`registry_members_id\` integer,
  	\`activity_evidence_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registry_members_id\`) REFERENCES \`registry_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_evidence_id\`) REFERENCES \`activity_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_legal_fields_id_idx\` ON \`activities_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_audiences_id_idx\` ON \`activities_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_areas_id_idx\` ON \`activities_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_registry_members_id_idx\` ON \`activities_rels\` (\`registry_members_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_activity_evidence_id_idx\` ON \`activities_rels\` (\`activity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_media_id_idx\` ON \`activities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`activity_evidence\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
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
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`activity_evidence_uploaded_by_idx\` ON \`activity_evidence\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`activity_evidence_updated_at_idx\` ON \`activity_evidence\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activity_evidence_created_at_idx\` ON \`activity_evidence\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`activity_evidence_filename_idx\` ON \`activity_evidence\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`activity_rollups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`dim\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`records\` numeric NOT NULL,
  	\`sessions\` numeric NOT NULL,
  	\`participants\` numeric NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`activity_rollups_updated_at_idx\` ON \`activity_rollups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activity_rollups_created_at_idx\` ON \`activity_rollups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_month_dim_item_records_sessions_participants_amou_idx\` ON \`activity_rollups\` (\`status\`,\`month\`,\`dim\`,\`item\`,\`records\`,\`sessions\`,\`participants\`,\`amount\`);`)
  await db.run(sql`CREATE TABLE \`report_periods_unit_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`report_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`report_periods_unit_kinds_order_idx\` ON \`report_periods_unit_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_unit_kinds_parent_idx\` ON \`report_periods_unit_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`report_periods_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`type\` text DEFAULT 'number' NOT NULL,
  	\`required\` integer DEFAULT false,
  	\`label\` text NOT NULL,
  	\`group\` text,
  	\`measure\` text,
  	\`prefill\` text,
  	\`options\` text,
  	\`help\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`report_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`report_periods_indicators_order_idx\` ON \`report_periods_indicators\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_indicators_parent_id_idx\` ON \`report_periods_indicators\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`report_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`open\` integer DEFAULT true,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`remind_days_before\` numeric DEFAULT 3,
  	\`instructions\` text,
  	\`reminders_sent\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`report_periods_from_idx\` ON \`report_periods\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_deadline_idx\` ON \`report_periods\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_updated_at_idx\` ON \`report_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_created_at_idx\` ON \`report_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_periods_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`report_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`report_periods_rels_order_idx\` ON \`report_periods_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_rels_parent_idx\` ON \`report_periods_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_rels_path_idx\` ON \`report_periods_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`report_periods_rels_units_id_idx\` ON \`report_periods_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_reports_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`by_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reports_history_order_idx\` ON \`unit_reports_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_history_parent_id_idx\` ON \`unit_reports_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_history_by_idx\` ON \`unit_reports_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`period_id\` integer NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`values\` text,
  	\`prefilled\` text,
  	\`status\` text DEFAULT 'draft',
  	\`submitted_at\` text,
  	\`late\` integer DEFAULT false,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` integer,
  	\`review_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`period_id\`) REFERENCES \`report_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reports_period_idx\` ON \`unit_reports\` (\`period_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_unit_idx\` ON \`unit_reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_status_idx\` ON \`unit_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_late_idx\` ON \`unit_reports\` (\`late\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_reviewed_by_idx\` ON \`unit_reports\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_updated_at_idx\` ON \`unit_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_created_at_idx\` ON \`unit_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`period_unit_idx\` ON \`unit_reports\` (\`period_id\`,\`unit_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activity_evidence_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_evidence_id\`) REFERENCES \`activity_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_order_idx\` ON \`unit_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_parent_idx\` ON \`unit_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_path_idx\` ON \`unit_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_activity_evidence_id_idx\` ON \`unit_reports_rels\` (\`activity_evidence_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`registry_members_id\` integer REFERENCES registry_members(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activities_id\` integer REFERENCES activities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activity_evidence_id\` integer REFERENCES activity_evidence(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activity_rollups_id\` integer REFERENCES activity_rollups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_periods_id\` integer REFERENCES report_periods(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registry_members_id_idx\` ON \`payload_locked_documents_rels\` (\`registry_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`report_periods_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`registry_members\`;`)
  await db.run(sql`DROP TABLE \`registry_members_rels\`;`)
  await db.run(sql`DROP TABLE \`activities_materials\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`activity_evidence\`;`)
  await db.run(sql`DROP TABLE \`activity_rollups\`;`)
  await db.run(sql`DROP TABLE \`report_periods_unit_kinds\`;`)
  await db.run(sql`DROP TABLE \`report_periods_indicators\`;`)
  await db.run(sql`DROP TABLE \`report_periods\`;`)
  await db.run(sql`DROP TABLE \`report_periods_rels\`;`)
  await db.run(sql`DROP TABLE \`unit_reports_history\`;`)
  await db.run(sql`DROP TABLE \`unit_reports\`;`)
  await db.run(sql`DROP TABLE \`unit_reports_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`document_relations_id\` integer,
  	\`effect_history_id\` integer,
  	\`private_files_id\` integer,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "private_files_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id", "antispam_records_id", "outbox_mails_id", "privacy_audit_id") SELECT "id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "private_files_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id", "antispam_records_id", "outbox_mails_id", "privacy_audit_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effect_history_id_idx\` ON \`payload_locked_documents_rels\` (\`effect_history_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_private_files_id_idx\` ON \`payload_locked_documents_rels\` (\`private_files_id\`);`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
