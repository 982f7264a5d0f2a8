import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publication_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`entity_type\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` numeric NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`publication_log_entity_type_idx\` ON \`publication_log\` (\`entity_type\`);`)
  await db.run(sql`CREATE INDEX \`publication_log_doc_id_idx\` ON \`publication_log\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`publication_log_at_idx\` ON \`publication_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`publication_log_updated_at_idx\` ON \`publication_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publication_log_created_at_idx\` ON \`publication_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_types_order_idx\` ON \`webhook_subscriptions_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_types_parent_idx\` ON \`webhook_subscriptions_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`secret\` text,
  	\`secret_hint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_updated_at_idx\` ON \`webhook_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_created_at_idx\` ON \`webhook_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subscription_id\` integer NOT NULL,
  	\`entry_id\` integer NOT NULL,
  	\`entity_type\` text NOT NULL,
  	\`doc_id\` numeric NOT NULL,
  	\`action\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`next_attempt_at\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`entry_id\`) REFERENCES \`publication_log\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_subscription_idx\` ON \`webhook_deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_entry_idx\` ON \`webhook_deliveries\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sync_sources_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sync_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sync_sources_types_order_idx\` ON \`sync_sources_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sync_sources_types_parent_idx\` ON \`sync_sources_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sync_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`base_url\` text NOT NULL,
  	\`api_key\` text,
  	\`api_key_hint\` text,
  	\`webhook_secret\` text,
  	\`has_webhook_secret\` integer,
  	\`fallback_section_id\` integer,
  	\`interval_seconds\` numeric DEFAULT 60 NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`cursor\` text,
  	\`last_run_at\` text,
  	\`last_success_at\` text,
  	\`last_error\` text,
  	\`items_imported\` numeric DEFAULT 0,
  	\`lease_until\` text,
  	\`lease_owner\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`fallback_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sync_sources_fallback_section_idx\` ON \`sync_sources\` (\`fallback_section_id\`);`)
  await db.run(sql`CREATE INDEX \`sync_sources_updated_at_idx\` ON \`sync_sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sync_sources_created_at_idx\` ON \`sync_sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sync_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sync_source_id\` integer NOT NULL,
  	\`entity_type\` text NOT NULL,
  	\`source_id\` numeric NOT NULL,
  	\`source_url\` text,
  	\`local_collection\` text NOT NULL,
  	\`local_id\` numeric,
  	\`pending_slug\` text,
  	\`remote_state\` text,
  	\`fetched_at\` text,
  	\`source_updated_at\` text,
  	\`local_updated_at_after_sync\` text,
  	\`record_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`sync_source_id\`) REFERENCES \`sync_sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sync_records_sync_source_idx\` ON \`sync_records\` (\`sync_source_id\`);`)
  await db.run(sql`CREATE INDEX \`sync_records_local_id_idx\` ON \`sync_records\` (\`local_id\`);`)
  await db.run(sql`CREATE INDEX \`sync_records_updated_at_idx\` ON \`sync_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sync_records_created_at_idx\` ON \`sync_records\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`syncSource_entityType_sourceId_idx\` ON \`sync_records\` (\`sync_source_id\`,\`entity_type\`,\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`sync_conflicts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`sync_source_id\` integer,
  	\`entity_type\` text NOT NULL,
  	\`source_id\` numeric NOT NULL,
  	\`local_collection\` text,
  	\`local_id\` numeric,
  	\`reason\` text,
  	\`record\` text,
  	\`detected_at\` text,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`sync_source_id\`) REFERENCES \`sync_sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sync_conflicts_status_idx\` ON \`sync_conflicts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sync_conflicts_sync_source_idx\` ON \`sync_conflicts\` (\`sync_source_id\`);`)
  await db.run(sql`CREATE INDEX \`sync_conflicts_resolved_by_idx\` ON \`sync_conflicts\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sync_conflicts_updated_at_idx\` ON \`sync_conflicts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sync_conflicts_created_at_idx\` ON \`sync_conflicts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publication_log_id\` integer REFERENCES publication_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_subscriptions_id\` integer REFERENCES webhook_subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` integer REFERENCES webhook_deliveries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sync_sources_id\` integer REFERENCES sync_sources(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sync_records_id\` integer REFERENCES sync_records(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sync_conflicts_id\` integer REFERENCES sync_conflicts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publication_log_id_idx\` ON \`payload_locked_documents_rels\` (\`publication_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_records_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sync_conflicts_id_idx\` ON \`payload_locked_documents_rels\` (\`sync_conflicts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`publication_log\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions_types\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`sync_sources_types\`;`)
  await db.run(sql`DROP TABLE \`sync_sources\`;`)
  await db.run(sql`DROP TABLE \`sync_records\`;`)
  await db.run(sql`DROP TABLE \`sync_conflicts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`document_relations_id\` integer,
  	\`effect_history_id\` integer,
  	\`import_provenance_id\` integer,
  	\`private_files_id\` integer,
  	\`registry_members_id\` integer,
  	\`activities_id\` integer,
  	\`activity_evidence_id\` integer,
  	\`activity_rollups_id\` integer,
  	\`report_periods_id\` integer,
  	\`contests_id\` integer,
  	\`contest_rounds_id\` integer,
  	\`contest_questions_id\` integer,
  	\`contest_entries_id\` integer,
  	\`contest_attempts_id\` integer,
  	\`contest_answers_id\` integer,
  	\`contest_certificates_id\` integer,
  	\`sections_id\` integer,
  	\`legal_fields_id\` integer,
  	\`audiences_id\` integer,
  	\`areas_id\` integer,
  	\`users_id\` integer,
  	\`units_id\` integer,
  	\`officials_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`library_files_id\` integer,
  	\`antispam_records_id\` integer,
  	\`outbox_mails_id\` integer,
  	\`privacy_audit_id\` integer,
  	\`api_clients_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_relations_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`effect_history_id\`) REFERENCES \`effect_history\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_provenance_id\`) REFERENCES \`import_provenance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`private_files_id\`) REFERENCES \`private_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registry_members_id\`) REFERENCES \`registry_members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_evidence_id\`) REFERENCES \`activity_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_rollups_id\`) REFERENCES \`activity_rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`report_periods_id\`) REFERENCES \`report_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contests_id\`) REFERENCES \`contests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_rounds_id\`) REFERENCES \`contest_rounds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_questions_id\`) REFERENCES \`contest_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_entries_id\`) REFERENCES \`contest_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_attempts_id\`) REFERENCES \`contest_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_answers_id\`) REFERENCES \`contest_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contest_certificates_id\`) REFERENCES \`contest_certificates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_fields_id\`) REFERENCES \`legal_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`library_files_id\`) REFERENCES \`library_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`antispam_records_id\`) REFERENCES \`antispam_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_mails_id\`) REFERENCES \`outbox_mails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_audit_id\`) REFERENCES \`privacy_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "import_provenance_id", "private_files_id", "registry_members_id", "activities_id", "activity_evidence_id", "activity_rollups_id", "report_periods_id", "contests_id", "contest_rounds_id", "contest_questions_id", "contest_entries_id", "contest_attempts_id", "contest_answers_id", "contest_certificates_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id", "library_files_id", "antispam_records_id", "outbox_mails_id", "privacy_audit_id", "api_clients_id") SELECT "id", "order", "parent_id", "path", "document_relations_id", "effect_history_id", "import_provenance_id", "private_files_id", "registry_members_id", "activities_id", "activity_evidence_id", "activity_rollups_id", "report_periods_id", "contests_id", "contest_rounds_id", "contest_questions_id", "contest_entries_id", "contest_attempts_id", "contest_answers_id", "contest_certificates_id", "sections_id", "legal_fields_id", "audiences_id", "areas_id", "users_id", "units_id", "officials_id", "media_id", "files_id", "library_files_id", "antispam_records_id", "outbox_mails_id", "privacy_audit_id", "api_clients_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_effect_history_id_idx\` ON \`payload_locked_documents_rels\` (\`effect_history_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_provenance_id_idx\` ON \`payload_locked_documents_rels\` (\`import_provenance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_private_files_id_idx\` ON \`payload_locked_documents_rels\` (\`private_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registry_members_id_idx\` ON \`payload_locked_documents_rels\` (\`registry_members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`report_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contests_id_idx\` ON \`payload_locked_documents_rels\` (\`contests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_rounds_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_rounds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_certificates_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_certificates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_library_files_id_idx\` ON \`payload_locked_documents_rels\` (\`library_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_antispam_records_id_idx\` ON \`payload_locked_documents_rels\` (\`antispam_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_mails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
