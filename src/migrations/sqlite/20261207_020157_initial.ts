import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pedagogical_models_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pedagogical_models_grade_bands_order_idx\` ON \`pedagogical_models_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_grade_bands_parent_idx\` ON \`pedagogical_models_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_grade_bands_value_idx\` ON \`pedagogical_models_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`pedagogical_models_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pedagogical_models_subjects_order_idx\` ON \`pedagogical_models_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_subjects_parent_idx\` ON \`pedagogical_models_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pedagogical_models_target_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`competence_id\` integer,
  	\`level\` text,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pedagogical_models_target_levels_order_idx\` ON \`pedagogical_models_target_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_target_levels_parent_id_idx\` ON \`pedagogical_models_target_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_target_levels_competence_idx\` ON \`pedagogical_models_target_levels\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`pedagogical_models\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`device_profile_id\` integer,
  	\`duration_minutes\` numeric,
  	\`licence\` text DEFAULT 'cc-by',
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`device_profile_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pedagogical_models_slug_idx\` ON \`pedagogical_models\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_device_profile_idx\` ON \`pedagogical_models\` (\`device_profile_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_review_status_idx\` ON \`pedagogical_models\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_published_at_idx\` ON \`pedagogical_models\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_created_by_idx\` ON \`pedagogical_models\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_updated_at_idx\` ON \`pedagogical_models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_created_at_idx\` ON \`pedagogical_models\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models__status_idx\` ON \`pedagogical_models\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pedagogical_models_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pedagogical_models_locales_locale_parent_id_unique\` ON \`pedagogical_models_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pedagogical_models_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	\`learning_environments_id\` integer,
  	\`digital_materials_id\` integer,
  	\`pilots_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_environments_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_materials_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pilots_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_order_idx\` ON \`pedagogical_models_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_parent_idx\` ON \`pedagogical_models_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_path_idx\` ON \`pedagogical_models_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_competence_areas_id_idx\` ON \`pedagogical_models_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_learning_environments_id_idx\` ON \`pedagogical_models_rels\` (\`learning_environments_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_digital_materials_id_idx\` ON \`pedagogical_models_rels\` (\`digital_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_pilots_id_idx\` ON \`pedagogical_models_rels\` (\`pilots_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_users_id_idx\` ON \`pedagogical_models_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`pedagogical_models_rels_media_id_idx\` ON \`pedagogical_models_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_pedagogical_models_v_version_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pedagogical_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_grade_bands_order_idx\` ON \`_pedagogical_models_v_version_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_grade_bands_parent_idx\` ON \`_pedagogical_models_v_version_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_grade_bands_value_idx\` ON \`_pedagogical_models_v_version_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_pedagogical_models_v_version_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pedagogical_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_subjects_order_idx\` ON \`_pedagogical_models_v_version_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_subjects_parent_idx\` ON \`_pedagogical_models_v_version_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pedagogical_models_v_version_target_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`competence_id\` integer,
  	\`level\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pedagogical_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_target_levels_order_idx\` ON \`_pedagogical_models_v_version_target_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_target_levels_parent_id_idx\` ON \`_pedagogical_models_v_version_target_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_target_levels_competence_idx\` ON \`_pedagogical_models_v_version_target_levels\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`_pedagogical_models_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_device_profile_id\` integer,
  	\`version_duration_minutes\` numeric,
  	\`version_licence\` text DEFAULT 'cc-by',
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_device_profile_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_parent_idx\` ON \`_pedagogical_models_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_slug_idx\` ON \`_pedagogical_models_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_device_profile_idx\` ON \`_pedagogical_models_v\` (\`version_device_profile_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_review_status_idx\` ON \`_pedagogical_models_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_published_at_idx\` ON \`_pedagogical_models_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_created_by_idx\` ON \`_pedagogical_models_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_updated_at_idx\` ON \`_pedagogical_models_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version_created_at_idx\` ON \`_pedagogical_models_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_version_version__status_idx\` ON \`_pedagogical_models_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_created_at_idx\` ON \`_pedagogical_models_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_updated_at_idx\` ON \`_pedagogical_models_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_snapshot_idx\` ON \`_pedagogical_models_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_published_locale_idx\` ON \`_pedagogical_models_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_latest_idx\` ON \`_pedagogical_models_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pedagogical_models_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pedagogical_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pedagogical_models_v_locales_locale_parent_id_unique\` ON \`_pedagogical_models_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pedagogical_models_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	\`learning_environments_id\` integer,
  	\`digital_materials_id\` integer,
  	\`pilots_id\` integer,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pedagogical_models_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_environments_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_materials_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pilots_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_order_idx\` ON \`_pedagogical_models_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_parent_idx\` ON \`_pedagogical_models_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_path_idx\` ON \`_pedagogical_models_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_competence_areas_id_idx\` ON \`_pedagogical_models_v_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_learning_environments_id_idx\` ON \`_pedagogical_models_v_rels\` (\`learning_environments_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_digital_materials_id_idx\` ON \`_pedagogical_models_v_rels\` (\`digital_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_pilots_id_idx\` ON \`_pedagogical_models_v_rels\` (\`pilots_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_users_id_idx\` ON \`_pedagogical_models_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`_pedagogical_models_v_rels_media_id_idx\` ON \`_pedagogical_models_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`digital_materials_languages_order_idx\` ON \`digital_materials_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_languages_parent_idx\` ON \`digital_materials_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`digital_materials_grade_bands_order_idx\` ON \`digital_materials_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_grade_bands_parent_idx\` ON \`digital_materials_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_grade_bands_value_idx\` ON \`digital_materials_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`digital_materials_subjects_order_idx\` ON \`digital_materials_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_subjects_parent_idx\` ON \`digital_materials_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_target_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`competence_id\` integer,
  	\`level\` text,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`digital_materials_target_levels_order_idx\` ON \`digital_materials_target_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_target_levels_parent_id_idx\` ON \`digital_materials_target_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_target_levels_competence_idx\` ON \`digital_materials_target_levels\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_accessibility_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`digital_materials_accessibility_features_order_idx\` ON \`digital_materials_accessibility_features\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_accessibility_features_parent_idx\` ON \`digital_materials_accessibility_features\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`resource_type\` text DEFAULT 'application',
  	\`url\` text,
  	\`provider\` text,
  	\`licence\` text DEFAULT 'cc-by',
  	\`cost\` text DEFAULT 'free',
  	\`device_profile_id\` integer,
  	\`data_protection\` text DEFAULT 'not-assessed',
  	\`thumbnail_id\` integer,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`device_profile_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`digital_materials_slug_idx\` ON \`digital_materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_device_profile_idx\` ON \`digital_materials\` (\`device_profile_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_thumbnail_idx\` ON \`digital_materials\` (\`thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_review_status_idx\` ON \`digital_materials\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_published_at_idx\` ON \`digital_materials\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_created_by_idx\` ON \`digital_materials\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_updated_at_idx\` ON \`digital_materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_created_at_idx\` ON \`digital_materials\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials__status_idx\` ON \`digital_materials\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`digital_materials_locales_locale_parent_id_unique\` ON \`digital_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`digital_materials_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`digital_materials_rels_order_idx\` ON \`digital_materials_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_rels_parent_idx\` ON \`digital_materials_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_rels_path_idx\` ON \`digital_materials_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`digital_materials_rels_competence_areas_id_idx\` ON \`digital_materials_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_languages_order_idx\` ON \`_digital_materials_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_languages_parent_idx\` ON \`_digital_materials_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_version_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_grade_bands_order_idx\` ON \`_digital_materials_v_version_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_grade_bands_parent_idx\` ON \`_digital_materials_v_version_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_grade_bands_value_idx\` ON \`_digital_materials_v_version_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_version_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_subjects_order_idx\` ON \`_digital_materials_v_version_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_subjects_parent_idx\` ON \`_digital_materials_v_version_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_version_target_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`competence_id\` integer,
  	\`level\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_target_levels_order_idx\` ON \`_digital_materials_v_version_target_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_target_levels_parent_id_idx\` ON \`_digital_materials_v_version_target_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_target_levels_competence_idx\` ON \`_digital_materials_v_version_target_levels\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_version_accessibility_features\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_accessibility_features_order_idx\` ON \`_digital_materials_v_version_accessibility_features\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_accessibility_features_parent_idx\` ON \`_digital_materials_v_version_accessibility_features\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_resource_type\` text DEFAULT 'application',
  	\`version_url\` text,
  	\`version_provider\` text,
  	\`version_licence\` text DEFAULT 'cc-by',
  	\`version_cost\` text DEFAULT 'free',
  	\`version_device_profile_id\` integer,
  	\`version_data_protection\` text DEFAULT 'not-assessed',
  	\`version_thumbnail_id\` integer,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_device_profile_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_parent_idx\` ON \`_digital_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_slug_idx\` ON \`_digital_materials_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_device_profile_idx\` ON \`_digital_materials_v\` (\`version_device_profile_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_thumbnail_idx\` ON \`_digital_materials_v\` (\`version_thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_review_status_idx\` ON \`_digital_materials_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_published_at_idx\` ON \`_digital_materials_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_created_by_idx\` ON \`_digital_materials_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_updated_at_idx\` ON \`_digital_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version_created_at_idx\` ON \`_digital_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_version_version__status_idx\` ON \`_digital_materials_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_created_at_idx\` ON \`_digital_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_updated_at_idx\` ON \`_digital_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_snapshot_idx\` ON \`_digital_materials_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_published_locale_idx\` ON \`_digital_materials_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_latest_idx\` ON \`_digital_materials_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_digital_materials_v_locales_locale_parent_id_unique\` ON \`_digital_materials_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_digital_materials_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_digital_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_rels_order_idx\` ON \`_digital_materials_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_rels_parent_idx\` ON \`_digital_materials_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_rels_path_idx\` ON \`_digital_materials_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_digital_materials_v_rels_competence_areas_id_idx\` ON \`_digital_materials_v_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_environments_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_environments_grade_bands_order_idx\` ON \`learning_environments_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_grade_bands_parent_idx\` ON \`learning_environments_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_grade_bands_value_idx\` ON \`learning_environments_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`learning_environments_accessibility\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_environments_accessibility_order_idx\` ON \`learning_environments_accessibility\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_accessibility_parent_idx\` ON \`learning_environments_accessibility\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_environments_seasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_environments_seasons_order_idx\` ON \`learning_environments_seasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_seasons_parent_idx\` ON \`learning_environments_seasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_environments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`kind\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`address_street\` text,
  	\`address_postal_code\` text,
  	\`address_locality\` text,
  	\`district\` text,
  	\`website\` text,
  	\`booking_url\` text,
  	\`cost\` text,
  	\`max_group_size\` numeric,
  	\`source_external_id\` text,
  	\`source_attribution\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`learning_environments_slug_idx\` ON \`learning_environments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_kind_idx\` ON \`learning_environments\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_district_idx\` ON \`learning_environments\` (\`district\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_source_source_external_id_idx\` ON \`learning_environments\` (\`source_external_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_review_status_idx\` ON \`learning_environments\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_published_at_idx\` ON \`learning_environments\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_created_by_idx\` ON \`learning_environments\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_updated_at_idx\` ON \`learning_environments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_created_at_idx\` ON \`learning_environments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments__status_idx\` ON \`learning_environments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`learning_environments_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`learning_environments_locales_locale_parent_id_unique\` ON \`learning_environments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`learning_environments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`learning_environments_texts_order_parent\` ON \`learning_environments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`learning_environments_texts_locale_parent\` ON \`learning_environments_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_environments_v_version_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_learning_environments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_grade_bands_order_idx\` ON \`_learning_environments_v_version_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_grade_bands_parent_idx\` ON \`_learning_environments_v_version_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_grade_bands_value_idx\` ON \`_learning_environments_v_version_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_learning_environments_v_version_accessibility\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_learning_environments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_accessibility_order_idx\` ON \`_learning_environments_v_version_accessibility\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_accessibility_parent_idx\` ON \`_learning_environments_v_version_accessibility\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_environments_v_version_seasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_learning_environments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_seasons_order_idx\` ON \`_learning_environments_v_version_seasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_seasons_parent_idx\` ON \`_learning_environments_v_version_seasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_environments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_address_street\` text,
  	\`version_address_postal_code\` text,
  	\`version_address_locality\` text,
  	\`version_district\` text,
  	\`version_website\` text,
  	\`version_booking_url\` text,
  	\`version_cost\` text,
  	\`version_max_group_size\` numeric,
  	\`version_source_external_id\` text,
  	\`version_source_attribution\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_parent_idx\` ON \`_learning_environments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_slug_idx\` ON \`_learning_environments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_kind_idx\` ON \`_learning_environments_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_district_idx\` ON \`_learning_environments_v\` (\`version_district\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_source_version_source_e_idx\` ON \`_learning_environments_v\` (\`version_source_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_review_status_idx\` ON \`_learning_environments_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_published_at_idx\` ON \`_learning_environments_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_created_by_idx\` ON \`_learning_environments_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_updated_at_idx\` ON \`_learning_environments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version_created_at_idx\` ON \`_learning_environments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_version_version__status_idx\` ON \`_learning_environments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_created_at_idx\` ON \`_learning_environments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_updated_at_idx\` ON \`_learning_environments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_snapshot_idx\` ON \`_learning_environments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_published_locale_idx\` ON \`_learning_environments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_latest_idx\` ON \`_learning_environments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_learning_environments_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_learning_environments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_learning_environments_v_locales_locale_parent_id_unique\` ON \`_learning_environments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_learning_environments_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_learning_environments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_texts_order_parent\` ON \`_learning_environments_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_learning_environments_v_texts_locale_parent\` ON \`_learning_environments_v_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`school_year\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`is_example\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pilots_slug_idx\` ON \`pilots\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pilots_review_status_idx\` ON \`pilots\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`pilots_published_at_idx\` ON \`pilots\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`pilots_created_by_idx\` ON \`pilots\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pilots_updated_at_idx\` ON \`pilots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pilots_created_at_idx\` ON \`pilots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pilots__status_idx\` ON \`pilots\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pilots_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`theme\` text,
  	\`description\` text,
  	\`outcomes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pilots_locales_locale_parent_id_unique\` ON \`pilots_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pilots_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`schools_id\` integer,
  	\`competence_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pilots_rels_order_idx\` ON \`pilots_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_parent_idx\` ON \`pilots_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_path_idx\` ON \`pilots_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_schools_id_idx\` ON \`pilots_rels\` (\`schools_id\`);`)
  await db.run(sql`CREATE INDEX \`pilots_rels_competence_areas_id_idx\` ON \`pilots_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_school_year\` text,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_is_example\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_parent_idx\` ON \`_pilots_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_slug_idx\` ON \`_pilots_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_review_status_idx\` ON \`_pilots_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_published_at_idx\` ON \`_pilots_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_created_by_idx\` ON \`_pilots_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_updated_at_idx\` ON \`_pilots_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version_created_at_idx\` ON \`_pilots_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_version_version__status_idx\` ON \`_pilots_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_created_at_idx\` ON \`_pilots_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_updated_at_idx\` ON \`_pilots_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_snapshot_idx\` ON \`_pilots_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_published_locale_idx\` ON \`_pilots_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_latest_idx\` ON \`_pilots_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_theme\` text,
  	\`version_description\` text,
  	\`version_outcomes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pilots_v_locales_locale_parent_id_unique\` ON \`_pilots_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pilots_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`schools_id\` integer,
  	\`competence_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pilots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_order_idx\` ON \`_pilots_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_parent_idx\` ON \`_pilots_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_path_idx\` ON \`_pilots_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_schools_id_idx\` ON \`_pilots_v_rels\` (\`schools_id\`);`)
  await db.run(sql`CREATE INDEX \`_pilots_v_rels_competence_areas_id_idx\` ON \`_pilots_v_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_target_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`competence_id\` integer,
  	\`level\` text,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_target_levels_order_idx\` ON \`trainings_target_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_target_levels_parent_id_idx\` ON \`trainings_target_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_target_levels_competence_idx\` ON \`trainings_target_levels\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`end\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_sessions_order_idx\` ON \`trainings_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_sessions_parent_id_idx\` ON \`trainings_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`target_level\` text,
  	\`place_kind\` text DEFAULT 'online',
  	\`learning_environment_id\` integer,
  	\`school_id\` integer,
  	\`online_url\` text,
  	\`capacity\` numeric DEFAULT 20,
  	\`registration_deadline\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`published_at\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`learning_environment_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_slug_idx\` ON \`trainings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`trainings_learning_environment_idx\` ON \`trainings\` (\`learning_environment_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_school_idx\` ON \`trainings\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_review_status_idx\` ON \`trainings\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`trainings_published_at_idx\` ON \`trainings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_created_by_idx\` ON \`trainings\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_updated_at_idx\` ON \`trainings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings_created_at_idx\` ON \`trainings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`trainings__status_idx\` ON \`trainings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`trainings_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trainings_locales_locale_parent_id_unique\` ON \`trainings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`trainings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`trainings_rels_order_idx\` ON \`trainings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_parent_idx\` ON \`trainings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_path_idx\` ON \`trainings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_competence_areas_id_idx\` ON \`trainings_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`trainings_rels_users_id_idx\` ON \`trainings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_target_levels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`competence_id\` integer,
  	\`level\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_target_levels_order_idx\` ON \`_trainings_v_version_target_levels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_target_levels_parent_id_idx\` ON \`_trainings_v_version_target_levels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_target_levels_competence_idx\` ON \`_trainings_v_version_target_levels\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`end\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_sessions_order_idx\` ON \`_trainings_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_sessions_parent_id_idx\` ON \`_trainings_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_target_level\` text,
  	\`version_place_kind\` text DEFAULT 'online',
  	\`version_learning_environment_id\` integer,
  	\`version_school_id\` integer,
  	\`version_online_url\` text,
  	\`version_capacity\` numeric DEFAULT 20,
  	\`version_registration_deadline\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_published_at\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_learning_environment_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_parent_idx\` ON \`_trainings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_slug_idx\` ON \`_trainings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_learning_environment_idx\` ON \`_trainings_v\` (\`version_learning_environment_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_school_idx\` ON \`_trainings_v\` (\`version_school_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_review_status_idx\` ON \`_trainings_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_published_at_idx\` ON \`_trainings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_created_by_idx\` ON \`_trainings_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_updated_at_idx\` ON \`_trainings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version_created_at_idx\` ON \`_trainings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_version_version__status_idx\` ON \`_trainings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_created_at_idx\` ON \`_trainings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_updated_at_idx\` ON \`_trainings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_snapshot_idx\` ON \`_trainings_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_published_locale_idx\` ON \`_trainings_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_latest_idx\` ON \`_trainings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_trainings_v_locales_locale_parent_id_unique\` ON \`_trainings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_trainings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_trainings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_order_idx\` ON \`_trainings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_parent_idx\` ON \`_trainings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_path_idx\` ON \`_trainings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_competence_areas_id_idx\` ON \`_trainings_v_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`_trainings_v_rels_users_id_idx\` ON \`_trainings_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`competence_areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`framework\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`is_translation\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`competence_areas_framework_idx\` ON \`competence_areas\` (\`framework\`);`)
  await db.run(sql`CREATE INDEX \`competence_areas_code_idx\` ON \`competence_areas\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`competence_areas_parent_idx\` ON \`competence_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`competence_areas_updated_at_idx\` ON \`competence_areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`competence_areas_created_at_idx\` ON \`competence_areas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`framework_code_idx\` ON \`competence_areas\` (\`framework\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`competence_areas_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`competence_areas_locales_locale_parent_id_unique\` ON \`competence_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`device_profiles_device_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`device_profiles_device_kinds_order_idx\` ON \`device_profiles_device_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`device_profiles_device_kinds_parent_idx\` ON \`device_profiles_device_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`device_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`devices_per_pupil\` numeric NOT NULL,
  	\`grouping\` text DEFAULT 'individual' NOT NULL,
  	\`network\` text DEFAULT 'basic' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`device_profiles_updated_at_idx\` ON \`device_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`device_profiles_created_at_idx\` ON \`device_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`device_profiles_locales\` (
  	\`name\` text NOT NULL,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`device_profiles_locales_locale_parent_id_unique\` ON \`device_profiles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`schools_pupils\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`grade_band\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`schools_pupils_order_idx\` ON \`schools_pupils\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`schools_pupils_parent_id_idx\` ON \`schools_pupils\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`schools_devices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`schools_devices_order_idx\` ON \`schools_devices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`schools_devices_parent_id_idx\` ON \`schools_devices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`schools\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`district\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`is_example\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`schools_district_idx\` ON \`schools\` (\`district\`);`)
  await db.run(sql`CREATE INDEX \`schools_updated_at_idx\` ON \`schools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`schools_created_at_idx\` ON \`schools\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`schools_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`schools_locales_locale_parent_id_unique\` ON \`schools_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ratings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rating\` numeric NOT NULL,
  	\`comment\` text,
  	\`comment_status\` text DEFAULT 'none' NOT NULL,
  	\`author_id\` integer,
  	\`target\` text,
  	\`unique_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ratings_comment_status_idx\` ON \`ratings\` (\`comment_status\`);`)
  await db.run(sql`CREATE INDEX \`ratings_author_idx\` ON \`ratings\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_target_idx\` ON \`ratings\` (\`target\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ratings_unique_key_idx\` ON \`ratings\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`ratings_updated_at_idx\` ON \`ratings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ratings_created_at_idx\` ON \`ratings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ratings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pedagogical_models_id\` integer,
  	\`digital_materials_id\` integer,
  	\`learning_environments_id\` integer,
  	\`pilots_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pedagogical_models_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_materials_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_environments_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pilots_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ratings_rels_order_idx\` ON \`ratings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rels_parent_idx\` ON \`ratings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rels_path_idx\` ON \`ratings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rels_pedagogical_models_id_idx\` ON \`ratings_rels\` (\`pedagogical_models_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rels_digital_materials_id_idx\` ON \`ratings_rels\` (\`digital_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rels_learning_environments_id_idx\` ON \`ratings_rels\` (\`learning_environments_id\`);`)
  await db.run(sql`CREATE INDEX \`ratings_rels_pilots_id_idx\` ON \`ratings_rels\` (\`pilots_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`school_id\` integer,
  	\`leader_of_id\` integer,
  	\`language\` text DEFAULT 'fi',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`school_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`leader_of_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_school_idx\` ON \`users\` (\`school_id\`);`)
  await db.run(sql`CREATE INDEX \`users_leader_of_idx\` ON \`users\` (\`leader_of_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`competence_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_competence_areas_id_idx\` ON \`users_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE TABLE \`training_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`training_id\` integer NOT NULL,
  	\`teacher_id\` integer NOT NULL,
  	\`status\` text NOT NULL,
  	\`seat\` numeric,
  	\`queued_at\` text NOT NULL,
  	\`cancelled_at\` text,
  	\`attended\` integer DEFAULT false,
  	\`completed\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`training_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`teacher_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`training_registrations_training_idx\` ON \`training_registrations\` (\`training_id\`);`)
  await db.run(sql`CREATE INDEX \`training_registrations_teacher_idx\` ON \`training_registrations\` (\`teacher_id\`);`)
  await db.run(sql`CREATE INDEX \`training_registrations_status_idx\` ON \`training_registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`training_registrations_updated_at_idx\` ON \`training_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`training_registrations_created_at_idx\` ON \`training_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`training_seat_idx\` ON \`training_registrations\` (\`training_id\`,\`seat\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`training_teacher_idx\` ON \`training_registrations\` (\`training_id\`,\`teacher_id\`);`)
  await db.run(sql`CREATE TABLE \`credentials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credential_id\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`teacher_id\` integer NOT NULL,
  	\`training_id\` integer NOT NULL,
  	\`registration_id\` integer NOT NULL,
  	\`status_index\` numeric NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`revoked\` integer DEFAULT false,
  	\`revoked_at\` text,
  	\`revoked_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`teacher_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`training_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`training_registrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`revoked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`credentials_credential_id_idx\` ON \`credentials\` (\`credential_id\`);`)
  await db.run(sql`CREATE INDEX \`credentials_teacher_idx\` ON \`credentials\` (\`teacher_id\`);`)
  await db.run(sql`CREATE INDEX \`credentials_training_idx\` ON \`credentials\` (\`training_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`credentials_registration_idx\` ON \`credentials\` (\`registration_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`credentials_status_index_idx\` ON \`credentials\` (\`status_index\`);`)
  await db.run(sql`CREATE INDEX \`credentials_revoked_idx\` ON \`credentials\` (\`revoked\`);`)
  await db.run(sql`CREATE INDEX \`credentials_revoked_by_idx\` ON \`credentials\` (\`revoked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`credentials_updated_at_idx\` ON \`credentials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`credentials_created_at_idx\` ON \`credentials\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`competence_id\` integer NOT NULL,
  	\`level\` text NOT NULL,
  	FOREIGN KEY (\`competence_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_answers_order_idx\` ON \`self_assessments_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_answers_parent_id_idx\` ON \`self_assessments_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_answers_competence_idx\` ON \`self_assessments_answers\` (\`competence_id\`);`)
  await db.run(sql`CREATE TABLE \`self_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`teacher_id\` integer NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`teacher_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`self_assessments_teacher_idx\` ON \`self_assessments\` (\`teacher_id\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_updated_at_idx\` ON \`self_assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`self_assessments_created_at_idx\` ON \`self_assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`saved_lists_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`saved_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`saved_lists_items_order_idx\` ON \`saved_lists_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_items_parent_id_idx\` ON \`saved_lists_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`saved_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`owner_id\` integer NOT NULL,
  	\`shared\` integer DEFAULT false,
  	\`share_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`saved_lists_owner_idx\` ON \`saved_lists\` (\`owner_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`saved_lists_share_token_idx\` ON \`saved_lists\` (\`share_token\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_updated_at_idx\` ON \`saved_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_created_at_idx\` ON \`saved_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`saved_lists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pedagogical_models_id\` integer,
  	\`digital_materials_id\` integer,
  	\`learning_environments_id\` integer,
  	\`pilots_id\` integer,
  	\`trainings_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`saved_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pedagogical_models_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_materials_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_environments_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pilots_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_order_idx\` ON \`saved_lists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_parent_idx\` ON \`saved_lists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_path_idx\` ON \`saved_lists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_pedagogical_models_id_idx\` ON \`saved_lists_rels\` (\`pedagogical_models_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_digital_materials_id_idx\` ON \`saved_lists_rels\` (\`digital_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_learning_environments_id_idx\` ON \`saved_lists_rels\` (\`learning_environments_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_pilots_id_idx\` ON \`saved_lists_rels\` (\`pilots_id\`);`)
  await db.run(sql`CREATE INDEX \`saved_lists_rels_trainings_id_idx\` ON \`saved_lists_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE TABLE \`oai_deletions_grade_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`oai_deletions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`oai_deletions_grade_bands_order_idx\` ON \`oai_deletions_grade_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`oai_deletions_grade_bands_parent_idx\` ON \`oai_deletions_grade_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`oai_deletions_grade_bands_value_idx\` ON \`oai_deletions_grade_bands\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`oai_deletions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`deleted_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`oai_deletions_item_collection_idx\` ON \`oai_deletions\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`oai_deletions_deleted_at_idx\` ON \`oai_deletions\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`oai_deletions_updated_at_idx\` ON \`oai_deletions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`oai_deletions_created_at_idx\` ON \`oai_deletions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`itemCollection_docId_idx\` ON \`oai_deletions\` (\`item_collection\`,\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`import_sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_key\` text NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`import_sources_source_key_idx\` ON \`import_sources\` (\`source_key\`);`)
  await db.run(sql`CREATE INDEX \`import_sources_updated_at_idx\` ON \`import_sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_sources_created_at_idx\` ON \`import_sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_outbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_collection\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`locked_until\` text,
  	\`locked_by\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_outbox_item_collection_idx\` ON \`search_outbox\` (\`item_collection\`);`)
  await db.run(sql`CREATE INDEX \`search_outbox_item_id_idx\` ON \`search_outbox\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`search_outbox_next_attempt_at_idx\` ON \`search_outbox\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`search_outbox_updated_at_idx\` ON \`search_outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_outbox_created_at_idx\` ON \`search_outbox\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pedagogical_models_id\` integer,
  	\`digital_materials_id\` integer,
  	\`learning_environments_id\` integer,
  	\`pilots_id\` integer,
  	\`trainings_id\` integer,
  	\`competence_areas_id\` integer,
  	\`device_profiles_id\` integer,
  	\`schools_id\` integer,
  	\`ratings_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`training_registrations_id\` integer,
  	\`credentials_id\` integer,
  	\`self_assessments_id\` integer,
  	\`saved_lists_id\` integer,
  	\`oai_deletions_id\` integer,
  	\`import_sources_id\` integer,
  	\`search_outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pedagogical_models_id\`) REFERENCES \`pedagogical_models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`digital_materials_id\`) REFERENCES \`digital_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`learning_environments_id\`) REFERENCES \`learning_environments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pilots_id\`) REFERENCES \`pilots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trainings_id\`) REFERENCES \`trainings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`competence_areas_id\`) REFERENCES \`competence_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`device_profiles_id\`) REFERENCES \`device_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schools_id\`) REFERENCES \`schools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ratings_id\`) REFERENCES \`ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_registrations_id\`) REFERENCES \`training_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`credentials_id\`) REFERENCES \`credentials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`self_assessments_id\`) REFERENCES \`self_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`saved_lists_id\`) REFERENCES \`saved_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`oai_deletions_id\`) REFERENCES \`oai_deletions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_sources_id\`) REFERENCES \`import_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_outbox_id\`) REFERENCES \`search_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pedagogical_models_id_idx\` ON \`payload_locked_documents_rels\` (\`pedagogical_models_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_digital_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`digital_materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_learning_environments_id_idx\` ON \`payload_locked_documents_rels\` (\`learning_environments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pilots_id_idx\` ON \`payload_locked_documents_rels\` (\`pilots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trainings_id_idx\` ON \`payload_locked_documents_rels\` (\`trainings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_competence_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`competence_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_device_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`device_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_schools_id_idx\` ON \`payload_locked_documents_rels\` (\`schools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_training_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`training_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_credentials_id_idx\` ON \`payload_locked_documents_rels\` (\`credentials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_self_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`self_assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_saved_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`saved_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oai_deletions_id_idx\` ON \`payload_locked_documents_rels\` (\`oai_deletions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`import_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`search_outbox_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pedagogical_models_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`pedagogical_models_subjects\`;`)
  await db.run(sql`DROP TABLE \`pedagogical_models_target_levels\`;`)
  await db.run(sql`DROP TABLE \`pedagogical_models\`;`)
  await db.run(sql`DROP TABLE \`pedagogical_models_locales\`;`)
  await db.run(sql`DROP TABLE \`pedagogical_models_rels\`;`)
  await db.run(sql`DROP TABLE \`_pedagogical_models_v_version_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`_pedagogical_models_v_version_subjects\`;`)
  await db.run(sql`DROP TABLE \`_pedagogical_models_v_version_target_levels\`;`)
  await db.run(sql`DROP TABLE \`_pedagogical_models_v\`;`)
  await db.run(sql`DROP TABLE \`_pedagogical_models_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pedagogical_models_v_rels\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_languages\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_subjects\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_target_levels\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_accessibility_features\`;`)
  await db.run(sql`DROP TABLE \`digital_materials\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`digital_materials_rels\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_version_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_version_subjects\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_version_target_levels\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_version_accessibility_features\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_digital_materials_v_rels\`;`)
  await db.run(sql`DROP TABLE \`learning_environments_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`learning_environments_accessibility\`;`)
  await db.run(sql`DROP TABLE \`learning_environments_seasons\`;`)
  await db.run(sql`DROP TABLE \`learning_environments\`;`)
  await db.run(sql`DROP TABLE \`learning_environments_locales\`;`)
  await db.run(sql`DROP TABLE \`learning_environments_texts\`;`)
  await db.run(sql`DROP TABLE \`_learning_environments_v_version_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`_learning_environments_v_version_accessibility\`;`)
  await db.run(sql`DROP TABLE \`_learning_environments_v_version_seasons\`;`)
  await db.run(sql`DROP TABLE \`_learning_environments_v\`;`)
  await db.run(sql`DROP TABLE \`_learning_environments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_learning_environments_v_texts\`;`)
  await db.run(sql`DROP TABLE \`pilots\`;`)
  await db.run(sql`DROP TABLE \`pilots_locales\`;`)
  await db.run(sql`DROP TABLE \`pilots_rels\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pilots_v_rels\`;`)
  await db.run(sql`DROP TABLE \`trainings_target_levels\`;`)
  await db.run(sql`DROP TABLE \`trainings_sessions\`;`)
  await db.run(sql`DROP TABLE \`trainings\`;`)
  await db.run(sql`DROP TABLE \`trainings_locales\`;`)
  await db.run(sql`DROP TABLE \`trainings_rels\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_target_levels\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_trainings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`competence_areas\`;`)
  await db.run(sql`DROP TABLE \`competence_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`device_profiles_device_kinds\`;`)
  await db.run(sql`DROP TABLE \`device_profiles\`;`)
  await db.run(sql`DROP TABLE \`device_profiles_locales\`;`)
  await db.run(sql`DROP TABLE \`schools_pupils\`;`)
  await db.run(sql`DROP TABLE \`schools_devices\`;`)
  await db.run(sql`DROP TABLE \`schools\`;`)
  await db.run(sql`DROP TABLE \`schools_locales\`;`)
  await db.run(sql`DROP TABLE \`ratings\`;`)
  await db.run(sql`DROP TABLE \`ratings_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`training_registrations\`;`)
  await db.run(sql`DROP TABLE \`credentials\`;`)
  await db.run(sql`DROP TABLE \`self_assessments_answers\`;`)
  await db.run(sql`DROP TABLE \`self_assessments\`;`)
  await db.run(sql`DROP TABLE \`saved_lists_items\`;`)
  await db.run(sql`DROP TABLE \`saved_lists\`;`)
  await db.run(sql`DROP TABLE \`saved_lists_rels\`;`)
  await db.run(sql`DROP TABLE \`oai_deletions_grade_bands\`;`)
  await db.run(sql`DROP TABLE \`oai_deletions\`;`)
  await db.run(sql`DROP TABLE \`import_sources\`;`)
  await db.run(sql`DROP TABLE \`search_outbox\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
