import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_pedagogical_models_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum_pedagogical_models_subjects" AS ENUM('finnish', 'swedish', 'english', 'other-languages', 'mathematics', 'environmental-studies', 'biology', 'geography', 'physics', 'chemistry', 'health', 'history', 'social-studies', 'religion-ethics', 'music', 'visual-arts', 'crafts', 'physical-education', 'home-economics', 'guidance', 'multidisciplinary');
  CREATE TYPE "public"."enum_pedagogical_models_target_levels_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum_pedagogical_models_licence" AS ENUM('cc-by', 'cc-by-sa', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nd', 'cc-by-nc-nd', 'cc0', 'proprietary');
  CREATE TYPE "public"."enum_pedagogical_models_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum_pedagogical_models_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pedagogical_models_v_version_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum__pedagogical_models_v_version_subjects" AS ENUM('finnish', 'swedish', 'english', 'other-languages', 'mathematics', 'environmental-studies', 'biology', 'geography', 'physics', 'chemistry', 'health', 'history', 'social-studies', 'religion-ethics', 'music', 'visual-arts', 'crafts', 'physical-education', 'home-economics', 'guidance', 'multidisciplinary');
  CREATE TYPE "public"."enum__pedagogical_models_v_version_target_levels_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum__pedagogical_models_v_version_licence" AS ENUM('cc-by', 'cc-by-sa', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nd', 'cc-by-nc-nd', 'cc0', 'proprietary');
  CREATE TYPE "public"."enum__pedagogical_models_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum__pedagogical_models_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pedagogical_models_v_published_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_digital_materials_languages" AS ENUM('fi', 'sv', 'en', 'other');
  CREATE TYPE "public"."enum_digital_materials_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum_digital_materials_subjects" AS ENUM('finnish', 'swedish', 'english', 'other-languages', 'mathematics', 'environmental-studies', 'biology', 'geography', 'physics', 'chemistry', 'health', 'history', 'social-studies', 'religion-ethics', 'music', 'visual-arts', 'crafts', 'physical-education', 'home-economics', 'guidance', 'multidisciplinary');
  CREATE TYPE "public"."enum_digital_materials_target_levels_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum_digital_materials_accessibility_features" AS ENUM('captions', 'transcript', 'audio-description', 'alternative-text', 'keyboard-navigation', 'screen-reader', 'adjustable-text', 'easy-language', 'sign-language', 'step-free-access', 'accessible-toilet', 'induction-loop');
  CREATE TYPE "public"."enum_digital_materials_resource_type" AS ENUM('application', 'website', 'video', 'e-book', 'game', 'simulation', 'worksheet', 'course', 'dataset', 'tool');
  CREATE TYPE "public"."enum_digital_materials_licence" AS ENUM('cc-by', 'cc-by-sa', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nd', 'cc-by-nc-nd', 'cc0', 'proprietary');
  CREATE TYPE "public"."enum_digital_materials_cost" AS ENUM('free', 'paid', 'city-licensed');
  CREATE TYPE "public"."enum_digital_materials_data_protection" AS ENUM('not-assessed', 'in-progress', 'approved', 'rejected');
  CREATE TYPE "public"."enum_digital_materials_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum_digital_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__digital_materials_v_version_languages" AS ENUM('fi', 'sv', 'en', 'other');
  CREATE TYPE "public"."enum__digital_materials_v_version_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum__digital_materials_v_version_subjects" AS ENUM('finnish', 'swedish', 'english', 'other-languages', 'mathematics', 'environmental-studies', 'biology', 'geography', 'physics', 'chemistry', 'health', 'history', 'social-studies', 'religion-ethics', 'music', 'visual-arts', 'crafts', 'physical-education', 'home-economics', 'guidance', 'multidisciplinary');
  CREATE TYPE "public"."enum__digital_materials_v_version_target_levels_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum__digital_materials_v_version_accessibility_features" AS ENUM('captions', 'transcript', 'audio-description', 'alternative-text', 'keyboard-navigation', 'screen-reader', 'adjustable-text', 'easy-language', 'sign-language', 'step-free-access', 'accessible-toilet', 'induction-loop');
  CREATE TYPE "public"."enum__digital_materials_v_version_resource_type" AS ENUM('application', 'website', 'video', 'e-book', 'game', 'simulation', 'worksheet', 'course', 'dataset', 'tool');
  CREATE TYPE "public"."enum__digital_materials_v_version_licence" AS ENUM('cc-by', 'cc-by-sa', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nd', 'cc-by-nc-nd', 'cc0', 'proprietary');
  CREATE TYPE "public"."enum__digital_materials_v_version_cost" AS ENUM('free', 'paid', 'city-licensed');
  CREATE TYPE "public"."enum__digital_materials_v_version_data_protection" AS ENUM('not-assessed', 'in-progress', 'approved', 'rejected');
  CREATE TYPE "public"."enum__digital_materials_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum__digital_materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__digital_materials_v_published_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_learning_environments_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum_learning_environments_accessibility" AS ENUM('captions', 'transcript', 'audio-description', 'alternative-text', 'keyboard-navigation', 'screen-reader', 'adjustable-text', 'easy-language', 'sign-language', 'step-free-access', 'accessible-toilet', 'induction-loop');
  CREATE TYPE "public"."enum_learning_environments_seasons" AS ENUM('spring', 'summer', 'autumn', 'winter');
  CREATE TYPE "public"."enum_learning_environments_kind" AS ENUM('museum', 'gallery', 'library', 'park', 'nature-site', 'science-centre', 'culture-centre', 'theatre', 'sports', 'company', 'university', 'island', 'architecture', 'other');
  CREATE TYPE "public"."enum_learning_environments_cost" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum_learning_environments_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum_learning_environments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__learning_environments_v_version_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum__learning_environments_v_version_accessibility" AS ENUM('captions', 'transcript', 'audio-description', 'alternative-text', 'keyboard-navigation', 'screen-reader', 'adjustable-text', 'easy-language', 'sign-language', 'step-free-access', 'accessible-toilet', 'induction-loop');
  CREATE TYPE "public"."enum__learning_environments_v_version_seasons" AS ENUM('spring', 'summer', 'autumn', 'winter');
  CREATE TYPE "public"."enum__learning_environments_v_version_kind" AS ENUM('museum', 'gallery', 'library', 'park', 'nature-site', 'science-centre', 'culture-centre', 'theatre', 'sports', 'company', 'university', 'island', 'architecture', 'other');
  CREATE TYPE "public"."enum__learning_environments_v_version_cost" AS ENUM('free', 'paid');
  CREATE TYPE "public"."enum__learning_environments_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum__learning_environments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__learning_environments_v_published_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_pilots_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum_pilots_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pilots_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum__pilots_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pilots_v_published_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_trainings_target_levels_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum_trainings_target_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum_trainings_place_kind" AS ENUM('learning-environment', 'school', 'online');
  CREATE TYPE "public"."enum_trainings_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_target_levels_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum__trainings_v_version_target_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum__trainings_v_version_place_kind" AS ENUM('learning-environment', 'school', 'online');
  CREATE TYPE "public"."enum__trainings_v_version_review_status" AS ENUM('draft', 'in-review', 'changes-requested', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_published_locale" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_competence_areas_framework" AS ENUM('digcompedu', 'transversal', 'city');
  CREATE TYPE "public"."enum_device_profiles_device_kinds" AS ENUM('laptop', 'tablet', 'interactive-display', 'phone', 'robotics-kit', 'vr-headset', 'camera', 'microcontroller');
  CREATE TYPE "public"."enum_device_profiles_grouping" AS ENUM('individual', 'pairs', 'small-groups', 'whole-class');
  CREATE TYPE "public"."enum_device_profiles_network" AS ENUM('none', 'basic', 'high');
  CREATE TYPE "public"."enum_schools_pupils_grade_band" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum_schools_devices_kind" AS ENUM('laptop', 'tablet', 'interactive-display', 'phone', 'robotics-kit', 'vr-headset', 'camera', 'microcontroller');
  CREATE TYPE "public"."enum_schools_kind" AS ENUM('early-education', 'preschool', 'comprehensive', 'upper-secondary', 'vocational');
  CREATE TYPE "public"."enum_ratings_comment_status" AS ENUM('none', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'expert', 'teacher', 'leader');
  CREATE TYPE "public"."enum_users_language" AS ENUM('fi', 'sv', 'en');
  CREATE TYPE "public"."enum_training_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_self_assessments_answers_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');
  CREATE TYPE "public"."enum_oai_deletions_grade_bands" AS ENUM('early', 'pre', '1-2', '3-6', '7-9', 'upper-secondary', 'vocational');
  CREATE TABLE "pedagogical_models_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pedagogical_models_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pedagogical_models_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pedagogical_models_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pedagogical_models_target_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"competence_id" integer,
  	"level" "enum_pedagogical_models_target_levels_level"
  );
  
  CREATE TABLE "pedagogical_models" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"device_profile_id" integer,
  	"duration_minutes" numeric,
  	"licence" "enum_pedagogical_models_licence" DEFAULT 'cc-by',
  	"review_status" "enum_pedagogical_models_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pedagogical_models_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pedagogical_models_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pedagogical_models_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer,
  	"learning_environments_id" integer,
  	"digital_materials_id" integer,
  	"pilots_id" integer,
  	"users_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_pedagogical_models_v_version_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pedagogical_models_v_version_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pedagogical_models_v_version_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pedagogical_models_v_version_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pedagogical_models_v_version_target_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"competence_id" integer,
  	"level" "enum__pedagogical_models_v_version_target_levels_level",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pedagogical_models_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_device_profile_id" integer,
  	"version_duration_minutes" numeric,
  	"version_licence" "enum__pedagogical_models_v_version_licence" DEFAULT 'cc-by',
  	"version_review_status" "enum__pedagogical_models_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pedagogical_models_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pedagogical_models_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pedagogical_models_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pedagogical_models_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer,
  	"learning_environments_id" integer,
  	"digital_materials_id" integer,
  	"pilots_id" integer,
  	"users_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "digital_materials_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_digital_materials_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "digital_materials_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_digital_materials_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "digital_materials_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_digital_materials_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "digital_materials_target_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"competence_id" integer,
  	"level" "enum_digital_materials_target_levels_level"
  );
  
  CREATE TABLE "digital_materials_accessibility_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_digital_materials_accessibility_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "digital_materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"resource_type" "enum_digital_materials_resource_type" DEFAULT 'application',
  	"url" varchar,
  	"provider" varchar,
  	"licence" "enum_digital_materials_licence" DEFAULT 'cc-by',
  	"cost" "enum_digital_materials_cost" DEFAULT 'free',
  	"device_profile_id" integer,
  	"data_protection" "enum_digital_materials_data_protection" DEFAULT 'not-assessed',
  	"thumbnail_id" integer,
  	"review_status" "enum_digital_materials_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_digital_materials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "digital_materials_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "digital_materials_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer
  );
  
  CREATE TABLE "_digital_materials_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__digital_materials_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_digital_materials_v_version_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__digital_materials_v_version_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_digital_materials_v_version_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__digital_materials_v_version_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_digital_materials_v_version_target_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"competence_id" integer,
  	"level" "enum__digital_materials_v_version_target_levels_level",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_digital_materials_v_version_accessibility_features" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__digital_materials_v_version_accessibility_features",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_digital_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_resource_type" "enum__digital_materials_v_version_resource_type" DEFAULT 'application',
  	"version_url" varchar,
  	"version_provider" varchar,
  	"version_licence" "enum__digital_materials_v_version_licence" DEFAULT 'cc-by',
  	"version_cost" "enum__digital_materials_v_version_cost" DEFAULT 'free',
  	"version_device_profile_id" integer,
  	"version_data_protection" "enum__digital_materials_v_version_data_protection" DEFAULT 'not-assessed',
  	"version_thumbnail_id" integer,
  	"version_review_status" "enum__digital_materials_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__digital_materials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__digital_materials_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_digital_materials_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_digital_materials_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer
  );
  
  CREATE TABLE "learning_environments_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_learning_environments_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "learning_environments_accessibility" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_learning_environments_accessibility",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "learning_environments_seasons" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_learning_environments_seasons",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "learning_environments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_learning_environments_kind",
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_locality" varchar,
  	"district" varchar,
  	"website" varchar,
  	"booking_url" varchar,
  	"cost" "enum_learning_environments_cost",
  	"max_group_size" numeric,
  	"source_external_id" varchar,
  	"source_attribution" varchar,
  	"review_status" "enum_learning_environments_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_learning_environments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "learning_environments_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "learning_environments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "_learning_environments_v_version_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__learning_environments_v_version_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_learning_environments_v_version_accessibility" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__learning_environments_v_version_accessibility",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_learning_environments_v_version_seasons" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__learning_environments_v_version_seasons",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_learning_environments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__learning_environments_v_version_kind",
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_locality" varchar,
  	"version_district" varchar,
  	"version_website" varchar,
  	"version_booking_url" varchar,
  	"version_cost" "enum__learning_environments_v_version_cost",
  	"version_max_group_size" numeric,
  	"version_source_external_id" varchar,
  	"version_source_attribution" varchar,
  	"version_review_status" "enum__learning_environments_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__learning_environments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__learning_environments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_learning_environments_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_learning_environments_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "pilots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"school_year" varchar,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"review_status" "enum_pilots_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"is_example" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pilots_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pilots_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"theme" varchar,
  	"description" jsonb,
  	"outcomes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pilots_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"schools_id" integer,
  	"competence_areas_id" integer
  );
  
  CREATE TABLE "_pilots_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_school_year" varchar,
  	"version_contact_name" varchar,
  	"version_contact_email" varchar,
  	"version_review_status" "enum__pilots_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_is_example" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pilots_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pilots_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pilots_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_theme" varchar,
  	"version_description" jsonb,
  	"version_outcomes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pilots_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"schools_id" integer,
  	"competence_areas_id" integer
  );
  
  CREATE TABLE "trainings_target_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"competence_id" integer,
  	"level" "enum_trainings_target_levels_level"
  );
  
  CREATE TABLE "trainings_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone,
  	"end" timestamp(3) with time zone
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"target_level" "enum_trainings_target_level",
  	"place_kind" "enum_trainings_place_kind" DEFAULT 'online',
  	"learning_environment_id" integer,
  	"school_id" integer,
  	"online_url" varchar,
  	"capacity" numeric DEFAULT 20,
  	"registration_deadline" timestamp(3) with time zone,
  	"review_status" "enum_trainings_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "trainings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_trainings_v_version_target_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"competence_id" integer,
  	"level" "enum__trainings_v_version_target_levels_level",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone,
  	"end" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_target_level" "enum__trainings_v_version_target_level",
  	"version_place_kind" "enum__trainings_v_version_place_kind" DEFAULT 'online',
  	"version_learning_environment_id" integer,
  	"version_school_id" integer,
  	"version_online_url" varchar,
  	"version_capacity" numeric DEFAULT 20,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_review_status" "enum__trainings_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__trainings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "competence_areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"framework" "enum_competence_areas_framework" NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"is_translation" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "competence_areas_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "device_profiles_device_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_device_profiles_device_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "device_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"devices_per_pupil" numeric NOT NULL,
  	"grouping" "enum_device_profiles_grouping" DEFAULT 'individual' NOT NULL,
  	"network" "enum_device_profiles_network" DEFAULT 'basic' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_profiles_locales" (
  	"name" varchar NOT NULL,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "schools_pupils" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"grade_band" "enum_schools_pupils_grade_band" NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "schools_devices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_schools_devices_kind" NOT NULL,
  	"count" numeric NOT NULL
  );
  
  CREATE TABLE "schools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_schools_kind" NOT NULL,
  	"district" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"is_example" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "schools_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rating" numeric NOT NULL,
  	"comment" varchar,
  	"comment_status" "enum_ratings_comment_status" DEFAULT 'none' NOT NULL,
  	"author_id" integer,
  	"target" varchar,
  	"unique_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ratings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pedagogical_models_id" integer,
  	"digital_materials_id" integer,
  	"learning_environments_id" integer,
  	"pilots_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"school_id" integer,
  	"leader_of_id" integer,
  	"language" "enum_users_language" DEFAULT 'fi',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"competence_areas_id" integer
  );
  
  CREATE TABLE "training_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"training_id" integer NOT NULL,
  	"teacher_id" integer NOT NULL,
  	"status" "enum_training_registrations_status" NOT NULL,
  	"seat" numeric,
  	"queued_at" timestamp(3) with time zone NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"attended" boolean DEFAULT false,
  	"completed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "credentials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credential_id" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"teacher_id" integer NOT NULL,
  	"training_id" integer NOT NULL,
  	"registration_id" integer NOT NULL,
  	"status_index" numeric NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"document" jsonb NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "self_assessments_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"competence_id" integer NOT NULL,
  	"level" "enum_self_assessments_answers_level" NOT NULL
  );
  
  CREATE TABLE "self_assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"teacher_id" integer NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "saved_lists_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "saved_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner_id" integer NOT NULL,
  	"shared" boolean DEFAULT false,
  	"share_token" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "saved_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pedagogical_models_id" integer,
  	"digital_materials_id" integer,
  	"learning_environments_id" integer,
  	"pilots_id" integer,
  	"trainings_id" integer
  );
  
  CREATE TABLE "oai_deletions_grade_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_oai_deletions_grade_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "oai_deletions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"deleted_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source_key" varchar NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"target_id" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"locked_until" timestamp(3) with time zone,
  	"locked_by" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pedagogical_models_id" integer,
  	"digital_materials_id" integer,
  	"learning_environments_id" integer,
  	"pilots_id" integer,
  	"trainings_id" integer,
  	"competence_areas_id" integer,
  	"device_profiles_id" integer,
  	"schools_id" integer,
  	"ratings_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"training_registrations_id" integer,
  	"credentials_id" integer,
  	"self_assessments_id" integer,
  	"saved_lists_id" integer,
  	"oai_deletions_id" integer,
  	"import_sources_id" integer,
  	"search_outbox_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pedagogical_models_grade_bands" ADD CONSTRAINT "pedagogical_models_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_subjects" ADD CONSTRAINT "pedagogical_models_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_target_levels" ADD CONSTRAINT "pedagogical_models_target_levels_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pedagogical_models_target_levels" ADD CONSTRAINT "pedagogical_models_target_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models" ADD CONSTRAINT "pedagogical_models_device_profile_id_device_profiles_id_fk" FOREIGN KEY ("device_profile_id") REFERENCES "public"."device_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pedagogical_models" ADD CONSTRAINT "pedagogical_models_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pedagogical_models_locales" ADD CONSTRAINT "pedagogical_models_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_learning_environments_fk" FOREIGN KEY ("learning_environments_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_digital_materials_fk" FOREIGN KEY ("digital_materials_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pedagogical_models_rels" ADD CONSTRAINT "pedagogical_models_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_version_grade_bands" ADD CONSTRAINT "_pedagogical_models_v_version_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pedagogical_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_version_subjects" ADD CONSTRAINT "_pedagogical_models_v_version_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pedagogical_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_version_target_levels" ADD CONSTRAINT "_pedagogical_models_v_version_target_levels_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_version_target_levels" ADD CONSTRAINT "_pedagogical_models_v_version_target_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pedagogical_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v" ADD CONSTRAINT "_pedagogical_models_v_parent_id_pedagogical_models_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v" ADD CONSTRAINT "_pedagogical_models_v_version_device_profile_id_device_profiles_id_fk" FOREIGN KEY ("version_device_profile_id") REFERENCES "public"."device_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v" ADD CONSTRAINT "_pedagogical_models_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_locales" ADD CONSTRAINT "_pedagogical_models_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pedagogical_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pedagogical_models_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_learning_environments_fk" FOREIGN KEY ("learning_environments_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_digital_materials_fk" FOREIGN KEY ("digital_materials_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pedagogical_models_v_rels" ADD CONSTRAINT "_pedagogical_models_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_languages" ADD CONSTRAINT "digital_materials_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_grade_bands" ADD CONSTRAINT "digital_materials_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_subjects" ADD CONSTRAINT "digital_materials_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_target_levels" ADD CONSTRAINT "digital_materials_target_levels_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digital_materials_target_levels" ADD CONSTRAINT "digital_materials_target_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_accessibility_features" ADD CONSTRAINT "digital_materials_accessibility_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials" ADD CONSTRAINT "digital_materials_device_profile_id_device_profiles_id_fk" FOREIGN KEY ("device_profile_id") REFERENCES "public"."device_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digital_materials" ADD CONSTRAINT "digital_materials_thumbnail_id_media_id_fk" FOREIGN KEY ("thumbnail_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digital_materials" ADD CONSTRAINT "digital_materials_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digital_materials_locales" ADD CONSTRAINT "digital_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_rels" ADD CONSTRAINT "digital_materials_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "digital_materials_rels" ADD CONSTRAINT "digital_materials_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_version_languages" ADD CONSTRAINT "_digital_materials_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_version_grade_bands" ADD CONSTRAINT "_digital_materials_v_version_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_version_subjects" ADD CONSTRAINT "_digital_materials_v_version_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_version_target_levels" ADD CONSTRAINT "_digital_materials_v_version_target_levels_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_version_target_levels" ADD CONSTRAINT "_digital_materials_v_version_target_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_version_accessibility_features" ADD CONSTRAINT "_digital_materials_v_version_accessibility_features_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v" ADD CONSTRAINT "_digital_materials_v_parent_id_digital_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."digital_materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_digital_materials_v" ADD CONSTRAINT "_digital_materials_v_version_device_profile_id_device_profiles_id_fk" FOREIGN KEY ("version_device_profile_id") REFERENCES "public"."device_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_digital_materials_v" ADD CONSTRAINT "_digital_materials_v_version_thumbnail_id_media_id_fk" FOREIGN KEY ("version_thumbnail_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_digital_materials_v" ADD CONSTRAINT "_digital_materials_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_locales" ADD CONSTRAINT "_digital_materials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_rels" ADD CONSTRAINT "_digital_materials_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_digital_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_digital_materials_v_rels" ADD CONSTRAINT "_digital_materials_v_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_environments_grade_bands" ADD CONSTRAINT "learning_environments_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_environments_accessibility" ADD CONSTRAINT "learning_environments_accessibility_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_environments_seasons" ADD CONSTRAINT "learning_environments_seasons_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_environments" ADD CONSTRAINT "learning_environments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "learning_environments_locales" ADD CONSTRAINT "learning_environments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "learning_environments_texts" ADD CONSTRAINT "learning_environments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_environments_v_version_grade_bands" ADD CONSTRAINT "_learning_environments_v_version_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_learning_environments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_environments_v_version_accessibility" ADD CONSTRAINT "_learning_environments_v_version_accessibility_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_learning_environments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_environments_v_version_seasons" ADD CONSTRAINT "_learning_environments_v_version_seasons_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_learning_environments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_environments_v" ADD CONSTRAINT "_learning_environments_v_parent_id_learning_environments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."learning_environments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_learning_environments_v" ADD CONSTRAINT "_learning_environments_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_learning_environments_v_locales" ADD CONSTRAINT "_learning_environments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_learning_environments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_learning_environments_v_texts" ADD CONSTRAINT "_learning_environments_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_learning_environments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots" ADD CONSTRAINT "pilots_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pilots_locales" ADD CONSTRAINT "pilots_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_rels" ADD CONSTRAINT "pilots_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_rels" ADD CONSTRAINT "pilots_rels_schools_fk" FOREIGN KEY ("schools_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pilots_rels" ADD CONSTRAINT "pilots_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_parent_id_pilots_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v" ADD CONSTRAINT "_pilots_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pilots_v_locales" ADD CONSTRAINT "_pilots_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_rels" ADD CONSTRAINT "_pilots_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pilots_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_rels" ADD CONSTRAINT "_pilots_v_rels_schools_fk" FOREIGN KEY ("schools_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pilots_v_rels" ADD CONSTRAINT "_pilots_v_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_target_levels" ADD CONSTRAINT "trainings_target_levels_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_target_levels" ADD CONSTRAINT "trainings_target_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_sessions" ADD CONSTRAINT "trainings_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_learning_environment_id_learning_environments_id_fk" FOREIGN KEY ("learning_environment_id") REFERENCES "public"."learning_environments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trainings_locales" ADD CONSTRAINT "trainings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_rels" ADD CONSTRAINT "trainings_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_target_levels" ADD CONSTRAINT "_trainings_v_version_target_levels_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_target_levels" ADD CONSTRAINT "_trainings_v_version_target_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_sessions" ADD CONSTRAINT "_trainings_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_learning_environment_id_learning_environments_id_fk" FOREIGN KEY ("version_learning_environment_id") REFERENCES "public"."learning_environments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_school_id_schools_id_fk" FOREIGN KEY ("version_school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_locales" ADD CONSTRAINT "_trainings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_rels" ADD CONSTRAINT "_trainings_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "competence_areas" ADD CONSTRAINT "competence_areas_parent_id_competence_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "competence_areas_locales" ADD CONSTRAINT "competence_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "device_profiles_device_kinds" ADD CONSTRAINT "device_profiles_device_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."device_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "device_profiles_locales" ADD CONSTRAINT "device_profiles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."device_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "schools_pupils" ADD CONSTRAINT "schools_pupils_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "schools_devices" ADD CONSTRAINT "schools_devices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "schools_locales" ADD CONSTRAINT "schools_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings" ADD CONSTRAINT "ratings_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_pedagogical_models_fk" FOREIGN KEY ("pedagogical_models_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_digital_materials_fk" FOREIGN KEY ("digital_materials_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_learning_environments_fk" FOREIGN KEY ("learning_environments_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ratings_rels" ADD CONSTRAINT "ratings_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_leader_of_id_schools_id_fk" FOREIGN KEY ("leader_of_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credentials" ADD CONSTRAINT "credentials_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credentials" ADD CONSTRAINT "credentials_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credentials" ADD CONSTRAINT "credentials_registration_id_training_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credentials" ADD CONSTRAINT "credentials_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_assessments_answers" ADD CONSTRAINT "self_assessments_answers_competence_id_competence_areas_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competence_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_assessments_answers" ADD CONSTRAINT "self_assessments_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_lists_items" ADD CONSTRAINT "saved_lists_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."saved_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "saved_lists" ADD CONSTRAINT "saved_lists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_lists_rels" ADD CONSTRAINT "saved_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."saved_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "saved_lists_rels" ADD CONSTRAINT "saved_lists_rels_pedagogical_models_fk" FOREIGN KEY ("pedagogical_models_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "saved_lists_rels" ADD CONSTRAINT "saved_lists_rels_digital_materials_fk" FOREIGN KEY ("digital_materials_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "saved_lists_rels" ADD CONSTRAINT "saved_lists_rels_learning_environments_fk" FOREIGN KEY ("learning_environments_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "saved_lists_rels" ADD CONSTRAINT "saved_lists_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "saved_lists_rels" ADD CONSTRAINT "saved_lists_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "oai_deletions_grade_bands" ADD CONSTRAINT "oai_deletions_grade_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."oai_deletions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pedagogical_models_fk" FOREIGN KEY ("pedagogical_models_id") REFERENCES "public"."pedagogical_models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digital_materials_fk" FOREIGN KEY ("digital_materials_id") REFERENCES "public"."digital_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_learning_environments_fk" FOREIGN KEY ("learning_environments_id") REFERENCES "public"."learning_environments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pilots_fk" FOREIGN KEY ("pilots_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_competence_areas_fk" FOREIGN KEY ("competence_areas_id") REFERENCES "public"."competence_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_profiles_fk" FOREIGN KEY ("device_profiles_id") REFERENCES "public"."device_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_schools_fk" FOREIGN KEY ("schools_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_registrations_fk" FOREIGN KEY ("training_registrations_id") REFERENCES "public"."training_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_credentials_fk" FOREIGN KEY ("credentials_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_self_assessments_fk" FOREIGN KEY ("self_assessments_id") REFERENCES "public"."self_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_saved_lists_fk" FOREIGN KEY ("saved_lists_id") REFERENCES "public"."saved_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_oai_deletions_fk" FOREIGN KEY ("oai_deletions_id") REFERENCES "public"."oai_deletions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_sources_fk" FOREIGN KEY ("import_sources_id") REFERENCES "public"."import_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_outbox_fk" FOREIGN KEY ("search_outbox_id") REFERENCES "public"."search_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pedagogical_models_grade_bands_order_idx" ON "pedagogical_models_grade_bands" USING btree ("order");
  CREATE INDEX "pedagogical_models_grade_bands_parent_idx" ON "pedagogical_models_grade_bands" USING btree ("parent_id");
  CREATE INDEX "pedagogical_models_grade_bands_value_idx" ON "pedagogical_models_grade_bands" USING btree ("value");
  CREATE INDEX "pedagogical_models_subjects_order_idx" ON "pedagogical_models_subjects" USING btree ("order");
  CREATE INDEX "pedagogical_models_subjects_parent_idx" ON "pedagogical_models_subjects" USING btree ("parent_id");
  CREATE INDEX "pedagogical_models_target_levels_order_idx" ON "pedagogical_models_target_levels" USING btree ("_order");
  CREATE INDEX "pedagogical_models_target_levels_parent_id_idx" ON "pedagogical_models_target_levels" USING btree ("_parent_id");
  CREATE INDEX "pedagogical_models_target_levels_competence_idx" ON "pedagogical_models_target_levels" USING btree ("competence_id");
  CREATE UNIQUE INDEX "pedagogical_models_slug_idx" ON "pedagogical_models" USING btree ("slug");
  CREATE INDEX "pedagogical_models_device_profile_idx" ON "pedagogical_models" USING btree ("device_profile_id");
  CREATE INDEX "pedagogical_models_review_status_idx" ON "pedagogical_models" USING btree ("review_status");
  CREATE INDEX "pedagogical_models_published_at_idx" ON "pedagogical_models" USING btree ("published_at");
  CREATE INDEX "pedagogical_models_created_by_idx" ON "pedagogical_models" USING btree ("created_by_id");
  CREATE INDEX "pedagogical_models_updated_at_idx" ON "pedagogical_models" USING btree ("updated_at");
  CREATE INDEX "pedagogical_models_created_at_idx" ON "pedagogical_models" USING btree ("created_at");
  CREATE INDEX "pedagogical_models__status_idx" ON "pedagogical_models" USING btree ("_status");
  CREATE UNIQUE INDEX "pedagogical_models_locales_locale_parent_id_unique" ON "pedagogical_models_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pedagogical_models_rels_order_idx" ON "pedagogical_models_rels" USING btree ("order");
  CREATE INDEX "pedagogical_models_rels_parent_idx" ON "pedagogical_models_rels" USING btree ("parent_id");
  CREATE INDEX "pedagogical_models_rels_path_idx" ON "pedagogical_models_rels" USING btree ("path");
  CREATE INDEX "pedagogical_models_rels_competence_areas_id_idx" ON "pedagogical_models_rels" USING btree ("competence_areas_id");
  CREATE INDEX "pedagogical_models_rels_learning_environments_id_idx" ON "pedagogical_models_rels" USING btree ("learning_environments_id");
  CREATE INDEX "pedagogical_models_rels_digital_materials_id_idx" ON "pedagogical_models_rels" USING btree ("digital_materials_id");
  CREATE INDEX "pedagogical_models_rels_pilots_id_idx" ON "pedagogical_models_rels" USING btree ("pilots_id");
  CREATE INDEX "pedagogical_models_rels_users_id_idx" ON "pedagogical_models_rels" USING btree ("users_id");
  CREATE INDEX "pedagogical_models_rels_media_id_idx" ON "pedagogical_models_rels" USING btree ("media_id");
  CREATE INDEX "_pedagogical_models_v_version_grade_bands_order_idx" ON "_pedagogical_models_v_version_grade_bands" USING btree ("order");
  CREATE INDEX "_pedagogical_models_v_version_grade_bands_parent_idx" ON "_pedagogical_models_v_version_grade_bands" USING btree ("parent_id");
  CREATE INDEX "_pedagogical_models_v_version_grade_bands_value_idx" ON "_pedagogical_models_v_version_grade_bands" USING btree ("value");
  CREATE INDEX "_pedagogical_models_v_version_subjects_order_idx" ON "_pedagogical_models_v_version_subjects" USING btree ("order");
  CREATE INDEX "_pedagogical_models_v_version_subjects_parent_idx" ON "_pedagogical_models_v_version_subjects" USING btree ("parent_id");
  CREATE INDEX "_pedagogical_models_v_version_target_levels_order_idx" ON "_pedagogical_models_v_version_target_levels" USING btree ("_order");
  CREATE INDEX "_pedagogical_models_v_version_target_levels_parent_id_idx" ON "_pedagogical_models_v_version_target_levels" USING btree ("_parent_id");
  CREATE INDEX "_pedagogical_models_v_version_target_levels_competence_idx" ON "_pedagogical_models_v_version_target_levels" USING btree ("competence_id");
  CREATE INDEX "_pedagogical_models_v_parent_idx" ON "_pedagogical_models_v" USING btree ("parent_id");
  CREATE INDEX "_pedagogical_models_v_version_version_slug_idx" ON "_pedagogical_models_v" USING btree ("version_slug");
  CREATE INDEX "_pedagogical_models_v_version_version_device_profile_idx" ON "_pedagogical_models_v" USING btree ("version_device_profile_id");
  CREATE INDEX "_pedagogical_models_v_version_version_review_status_idx" ON "_pedagogical_models_v" USING btree ("version_review_status");
  CREATE INDEX "_pedagogical_models_v_version_version_published_at_idx" ON "_pedagogical_models_v" USING btree ("version_published_at");
  CREATE INDEX "_pedagogical_models_v_version_version_created_by_idx" ON "_pedagogical_models_v" USING btree ("version_created_by_id");
  CREATE INDEX "_pedagogical_models_v_version_version_updated_at_idx" ON "_pedagogical_models_v" USING btree ("version_updated_at");
  CREATE INDEX "_pedagogical_models_v_version_version_created_at_idx" ON "_pedagogical_models_v" USING btree ("version_created_at");
  CREATE INDEX "_pedagogical_models_v_version_version__status_idx" ON "_pedagogical_models_v" USING btree ("version__status");
  CREATE INDEX "_pedagogical_models_v_created_at_idx" ON "_pedagogical_models_v" USING btree ("created_at");
  CREATE INDEX "_pedagogical_models_v_updated_at_idx" ON "_pedagogical_models_v" USING btree ("updated_at");
  CREATE INDEX "_pedagogical_models_v_snapshot_idx" ON "_pedagogical_models_v" USING btree ("snapshot");
  CREATE INDEX "_pedagogical_models_v_published_locale_idx" ON "_pedagogical_models_v" USING btree ("published_locale");
  CREATE INDEX "_pedagogical_models_v_latest_idx" ON "_pedagogical_models_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pedagogical_models_v_locales_locale_parent_id_unique" ON "_pedagogical_models_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pedagogical_models_v_rels_order_idx" ON "_pedagogical_models_v_rels" USING btree ("order");
  CREATE INDEX "_pedagogical_models_v_rels_parent_idx" ON "_pedagogical_models_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pedagogical_models_v_rels_path_idx" ON "_pedagogical_models_v_rels" USING btree ("path");
  CREATE INDEX "_pedagogical_models_v_rels_competence_areas_id_idx" ON "_pedagogical_models_v_rels" USING btree ("competence_areas_id");
  CREATE INDEX "_pedagogical_models_v_rels_learning_environments_id_idx" ON "_pedagogical_models_v_rels" USING btree ("learning_environments_id");
  CREATE INDEX "_pedagogical_models_v_rels_digital_materials_id_idx" ON "_pedagogical_models_v_rels" USING btree ("digital_materials_id");
  CREATE INDEX "_pedagogical_models_v_rels_pilots_id_idx" ON "_pedagogical_models_v_rels" USING btree ("pilots_id");
  CREATE INDEX "_pedagogical_models_v_rels_users_id_idx" ON "_pedagogical_models_v_rels" USING btree ("users_id");
  CREATE INDEX "_pedagogical_models_v_rels_media_id_idx" ON "_pedagogical_models_v_rels" USING btree ("media_id");
  CREATE INDEX "digital_materials_languages_order_idx" ON "digital_materials_languages" USING btree ("order");
  CREATE INDEX "digital_materials_languages_parent_idx" ON "digital_materials_languages" USING btree ("parent_id");
  CREATE INDEX "digital_materials_grade_bands_order_idx" ON "digital_materials_grade_bands" USING btree ("order");
  CREATE INDEX "digital_materials_grade_bands_parent_idx" ON "digital_materials_grade_bands" USING btree ("parent_id");
  CREATE INDEX "digital_materials_grade_bands_value_idx" ON "digital_materials_grade_bands" USING btree ("value");
  CREATE INDEX "digital_materials_subjects_order_idx" ON "digital_materials_subjects" USING btree ("order");
  CREATE INDEX "digital_materials_subjects_parent_idx" ON "digital_materials_subjects" USING btree ("parent_id");
  CREATE INDEX "digital_materials_target_levels_order_idx" ON "digital_materials_target_levels" USING btree ("_order");
  CREATE INDEX "digital_materials_target_levels_parent_id_idx" ON "digital_materials_target_levels" USING btree ("_parent_id");
  CREATE INDEX "digital_materials_target_levels_competence_idx" ON "digital_materials_target_levels" USING btree ("competence_id");
  CREATE INDEX "digital_materials_accessibility_features_order_idx" ON "digital_materials_accessibility_features" USING btree ("order");
  CREATE INDEX "digital_materials_accessibility_features_parent_idx" ON "digital_materials_accessibility_features" USING btree ("parent_id");
  CREATE UNIQUE INDEX "digital_materials_slug_idx" ON "digital_materials" USING btree ("slug");
  CREATE INDEX "digital_materials_device_profile_idx" ON "digital_materials" USING btree ("device_profile_id");
  CREATE INDEX "digital_materials_thumbnail_idx" ON "digital_materials" USING btree ("thumbnail_id");
  CREATE INDEX "digital_materials_review_status_idx" ON "digital_materials" USING btree ("review_status");
  CREATE INDEX "digital_materials_published_at_idx" ON "digital_materials" USING btree ("published_at");
  CREATE INDEX "digital_materials_created_by_idx" ON "digital_materials" USING btree ("created_by_id");
  CREATE INDEX "digital_materials_updated_at_idx" ON "digital_materials" USING btree ("updated_at");
  CREATE INDEX "digital_materials_created_at_idx" ON "digital_materials" USING btree ("created_at");
  CREATE INDEX "digital_materials__status_idx" ON "digital_materials" USING btree ("_status");
  CREATE UNIQUE INDEX "digital_materials_locales_locale_parent_id_unique" ON "digital_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "digital_materials_rels_order_idx" ON "digital_materials_rels" USING btree ("order");
  CREATE INDEX "digital_materials_rels_parent_idx" ON "digital_materials_rels" USING btree ("parent_id");
  CREATE INDEX "digital_materials_rels_path_idx" ON "digital_materials_rels" USING btree ("path");
  CREATE INDEX "digital_materials_rels_competence_areas_id_idx" ON "digital_materials_rels" USING btree ("competence_areas_id");
  CREATE INDEX "_digital_materials_v_version_languages_order_idx" ON "_digital_materials_v_version_languages" USING btree ("order");
  CREATE INDEX "_digital_materials_v_version_languages_parent_idx" ON "_digital_materials_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_digital_materials_v_version_grade_bands_order_idx" ON "_digital_materials_v_version_grade_bands" USING btree ("order");
  CREATE INDEX "_digital_materials_v_version_grade_bands_parent_idx" ON "_digital_materials_v_version_grade_bands" USING btree ("parent_id");
  CREATE INDEX "_digital_materials_v_version_grade_bands_value_idx" ON "_digital_materials_v_version_grade_bands" USING btree ("value");
  CREATE INDEX "_digital_materials_v_version_subjects_order_idx" ON "_digital_materials_v_version_subjects" USING btree ("order");
  CREATE INDEX "_digital_materials_v_version_subjects_parent_idx" ON "_digital_materials_v_version_subjects" USING btree ("parent_id");
  CREATE INDEX "_digital_materials_v_version_target_levels_order_idx" ON "_digital_materials_v_version_target_levels" USING btree ("_order");
  CREATE INDEX "_digital_materials_v_version_target_levels_parent_id_idx" ON "_digital_materials_v_version_target_levels" USING btree ("_parent_id");
  CREATE INDEX "_digital_materials_v_version_target_levels_competence_idx" ON "_digital_materials_v_version_target_levels" USING btree ("competence_id");
  CREATE INDEX "_digital_materials_v_version_accessibility_features_order_idx" ON "_digital_materials_v_version_accessibility_features" USING btree ("order");
  CREATE INDEX "_digital_materials_v_version_accessibility_features_parent_idx" ON "_digital_materials_v_version_accessibility_features" USING btree ("parent_id");
  CREATE INDEX "_digital_materials_v_parent_idx" ON "_digital_materials_v" USING btree ("parent_id");
  CREATE INDEX "_digital_materials_v_version_version_slug_idx" ON "_digital_materials_v" USING btree ("version_slug");
  CREATE INDEX "_digital_materials_v_version_version_device_profile_idx" ON "_digital_materials_v" USING btree ("version_device_profile_id");
  CREATE INDEX "_digital_materials_v_version_version_thumbnail_idx" ON "_digital_materials_v" USING btree ("version_thumbnail_id");
  CREATE INDEX "_digital_materials_v_version_version_review_status_idx" ON "_digital_materials_v" USING btree ("version_review_status");
  CREATE INDEX "_digital_materials_v_version_version_published_at_idx" ON "_digital_materials_v" USING btree ("version_published_at");
  CREATE INDEX "_digital_materials_v_version_version_created_by_idx" ON "_digital_materials_v" USING btree ("version_created_by_id");
  CREATE INDEX "_digital_materials_v_version_version_updated_at_idx" ON "_digital_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_digital_materials_v_version_version_created_at_idx" ON "_digital_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_digital_materials_v_version_version__status_idx" ON "_digital_materials_v" USING btree ("version__status");
  CREATE INDEX "_digital_materials_v_created_at_idx" ON "_digital_materials_v" USING btree ("created_at");
  CREATE INDEX "_digital_materials_v_updated_at_idx" ON "_digital_materials_v" USING btree ("updated_at");
  CREATE INDEX "_digital_materials_v_snapshot_idx" ON "_digital_materials_v" USING btree ("snapshot");
  CREATE INDEX "_digital_materials_v_published_locale_idx" ON "_digital_materials_v" USING btree ("published_locale");
  CREATE INDEX "_digital_materials_v_latest_idx" ON "_digital_materials_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_digital_materials_v_locales_locale_parent_id_unique" ON "_digital_materials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_digital_materials_v_rels_order_idx" ON "_digital_materials_v_rels" USING btree ("order");
  CREATE INDEX "_digital_materials_v_rels_parent_idx" ON "_digital_materials_v_rels" USING btree ("parent_id");
  CREATE INDEX "_digital_materials_v_rels_path_idx" ON "_digital_materials_v_rels" USING btree ("path");
  CREATE INDEX "_digital_materials_v_rels_competence_areas_id_idx" ON "_digital_materials_v_rels" USING btree ("competence_areas_id");
  CREATE INDEX "learning_environments_grade_bands_order_idx" ON "learning_environments_grade_bands" USING btree ("order");
  CREATE INDEX "learning_environments_grade_bands_parent_idx" ON "learning_environments_grade_bands" USING btree ("parent_id");
  CREATE INDEX "learning_environments_grade_bands_value_idx" ON "learning_environments_grade_bands" USING btree ("value");
  CREATE INDEX "learning_environments_accessibility_order_idx" ON "learning_environments_accessibility" USING btree ("order");
  CREATE INDEX "learning_environments_accessibility_parent_idx" ON "learning_environments_accessibility" USING btree ("parent_id");
  CREATE INDEX "learning_environments_seasons_order_idx" ON "learning_environments_seasons" USING btree ("order");
  CREATE INDEX "learning_environments_seasons_parent_idx" ON "learning_environments_seasons" USING btree ("parent_id");
  CREATE UNIQUE INDEX "learning_environments_slug_idx" ON "learning_environments" USING btree ("slug");
  CREATE INDEX "learning_environments_kind_idx" ON "learning_environments" USING btree ("kind");
  CREATE INDEX "learning_environments_district_idx" ON "learning_environments" USING btree ("district");
  CREATE INDEX "learning_environments_source_source_external_id_idx" ON "learning_environments" USING btree ("source_external_id");
  CREATE INDEX "learning_environments_review_status_idx" ON "learning_environments" USING btree ("review_status");
  CREATE INDEX "learning_environments_published_at_idx" ON "learning_environments" USING btree ("published_at");
  CREATE INDEX "learning_environments_created_by_idx" ON "learning_environments" USING btree ("created_by_id");
  CREATE INDEX "learning_environments_updated_at_idx" ON "learning_environments" USING btree ("updated_at");
  CREATE INDEX "learning_environments_created_at_idx" ON "learning_environments" USING btree ("created_at");
  CREATE INDEX "learning_environments__status_idx" ON "learning_environments" USING btree ("_status");
  CREATE UNIQUE INDEX "learning_environments_locales_locale_parent_id_unique" ON "learning_environments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "learning_environments_texts_order_parent" ON "learning_environments_texts" USING btree ("order","parent_id");
  CREATE INDEX "learning_environments_texts_locale_parent" ON "learning_environments_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_learning_environments_v_version_grade_bands_order_idx" ON "_learning_environments_v_version_grade_bands" USING btree ("order");
  CREATE INDEX "_learning_environments_v_version_grade_bands_parent_idx" ON "_learning_environments_v_version_grade_bands" USING btree ("parent_id");
  CREATE INDEX "_learning_environments_v_version_grade_bands_value_idx" ON "_learning_environments_v_version_grade_bands" USING btree ("value");
  CREATE INDEX "_learning_environments_v_version_accessibility_order_idx" ON "_learning_environments_v_version_accessibility" USING btree ("order");
  CREATE INDEX "_learning_environments_v_version_accessibility_parent_idx" ON "_learning_environments_v_version_accessibility" USING btree ("parent_id");
  CREATE INDEX "_learning_environments_v_version_seasons_order_idx" ON "_learning_environments_v_version_seasons" USING btree ("order");
  CREATE INDEX "_learning_environments_v_version_seasons_parent_idx" ON "_learning_environments_v_version_seasons" USING btree ("parent_id");
  CREATE INDEX "_learning_environments_v_parent_idx" ON "_learning_environments_v" USING btree ("parent_id");
  CREATE INDEX "_learning_environments_v_version_version_slug_idx" ON "_learning_environments_v" USING btree ("version_slug");
  CREATE INDEX "_learning_environments_v_version_version_kind_idx" ON "_learning_environments_v" USING btree ("version_kind");
  CREATE INDEX "_learning_environments_v_version_version_district_idx" ON "_learning_environments_v" USING btree ("version_district");
  CREATE INDEX "_learning_environments_v_version_source_version_source_e_idx" ON "_learning_environments_v" USING btree ("version_source_external_id");
  CREATE INDEX "_learning_environments_v_version_version_review_status_idx" ON "_learning_environments_v" USING btree ("version_review_status");
  CREATE INDEX "_learning_environments_v_version_version_published_at_idx" ON "_learning_environments_v" USING btree ("version_published_at");
  CREATE INDEX "_learning_environments_v_version_version_created_by_idx" ON "_learning_environments_v" USING btree ("version_created_by_id");
  CREATE INDEX "_learning_environments_v_version_version_updated_at_idx" ON "_learning_environments_v" USING btree ("version_updated_at");
  CREATE INDEX "_learning_environments_v_version_version_created_at_idx" ON "_learning_environments_v" USING btree ("version_created_at");
  CREATE INDEX "_learning_environments_v_version_version__status_idx" ON "_learning_environments_v" USING btree ("version__status");
  CREATE INDEX "_learning_environments_v_created_at_idx" ON "_learning_environments_v" USING btree ("created_at");
  CREATE INDEX "_learning_environments_v_updated_at_idx" ON "_learning_environments_v" USING btree ("updated_at");
  CREATE INDEX "_learning_environments_v_snapshot_idx" ON "_learning_environments_v" USING btree ("snapshot");
  CREATE INDEX "_learning_environments_v_published_locale_idx" ON "_learning_environments_v" USING btree ("published_locale");
  CREATE INDEX "_learning_environments_v_latest_idx" ON "_learning_environments_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_learning_environments_v_locales_locale_parent_id_unique" ON "_learning_environments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_learning_environments_v_texts_order_parent" ON "_learning_environments_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_learning_environments_v_texts_locale_parent" ON "_learning_environments_v_texts" USING btree ("locale","parent_id");
  CREATE UNIQUE INDEX "pilots_slug_idx" ON "pilots" USING btree ("slug");
  CREATE INDEX "pilots_review_status_idx" ON "pilots" USING btree ("review_status");
  CREATE INDEX "pilots_published_at_idx" ON "pilots" USING btree ("published_at");
  CREATE INDEX "pilots_created_by_idx" ON "pilots" USING btree ("created_by_id");
  CREATE INDEX "pilots_updated_at_idx" ON "pilots" USING btree ("updated_at");
  CREATE INDEX "pilots_created_at_idx" ON "pilots" USING btree ("created_at");
  CREATE INDEX "pilots__status_idx" ON "pilots" USING btree ("_status");
  CREATE UNIQUE INDEX "pilots_locales_locale_parent_id_unique" ON "pilots_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pilots_rels_order_idx" ON "pilots_rels" USING btree ("order");
  CREATE INDEX "pilots_rels_parent_idx" ON "pilots_rels" USING btree ("parent_id");
  CREATE INDEX "pilots_rels_path_idx" ON "pilots_rels" USING btree ("path");
  CREATE INDEX "pilots_rels_schools_id_idx" ON "pilots_rels" USING btree ("schools_id");
  CREATE INDEX "pilots_rels_competence_areas_id_idx" ON "pilots_rels" USING btree ("competence_areas_id");
  CREATE INDEX "_pilots_v_parent_idx" ON "_pilots_v" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_version_version_slug_idx" ON "_pilots_v" USING btree ("version_slug");
  CREATE INDEX "_pilots_v_version_version_review_status_idx" ON "_pilots_v" USING btree ("version_review_status");
  CREATE INDEX "_pilots_v_version_version_published_at_idx" ON "_pilots_v" USING btree ("version_published_at");
  CREATE INDEX "_pilots_v_version_version_created_by_idx" ON "_pilots_v" USING btree ("version_created_by_id");
  CREATE INDEX "_pilots_v_version_version_updated_at_idx" ON "_pilots_v" USING btree ("version_updated_at");
  CREATE INDEX "_pilots_v_version_version_created_at_idx" ON "_pilots_v" USING btree ("version_created_at");
  CREATE INDEX "_pilots_v_version_version__status_idx" ON "_pilots_v" USING btree ("version__status");
  CREATE INDEX "_pilots_v_created_at_idx" ON "_pilots_v" USING btree ("created_at");
  CREATE INDEX "_pilots_v_updated_at_idx" ON "_pilots_v" USING btree ("updated_at");
  CREATE INDEX "_pilots_v_snapshot_idx" ON "_pilots_v" USING btree ("snapshot");
  CREATE INDEX "_pilots_v_published_locale_idx" ON "_pilots_v" USING btree ("published_locale");
  CREATE INDEX "_pilots_v_latest_idx" ON "_pilots_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pilots_v_locales_locale_parent_id_unique" ON "_pilots_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pilots_v_rels_order_idx" ON "_pilots_v_rels" USING btree ("order");
  CREATE INDEX "_pilots_v_rels_parent_idx" ON "_pilots_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pilots_v_rels_path_idx" ON "_pilots_v_rels" USING btree ("path");
  CREATE INDEX "_pilots_v_rels_schools_id_idx" ON "_pilots_v_rels" USING btree ("schools_id");
  CREATE INDEX "_pilots_v_rels_competence_areas_id_idx" ON "_pilots_v_rels" USING btree ("competence_areas_id");
  CREATE INDEX "trainings_target_levels_order_idx" ON "trainings_target_levels" USING btree ("_order");
  CREATE INDEX "trainings_target_levels_parent_id_idx" ON "trainings_target_levels" USING btree ("_parent_id");
  CREATE INDEX "trainings_target_levels_competence_idx" ON "trainings_target_levels" USING btree ("competence_id");
  CREATE INDEX "trainings_sessions_order_idx" ON "trainings_sessions" USING btree ("_order");
  CREATE INDEX "trainings_sessions_parent_id_idx" ON "trainings_sessions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "trainings_slug_idx" ON "trainings" USING btree ("slug");
  CREATE INDEX "trainings_learning_environment_idx" ON "trainings" USING btree ("learning_environment_id");
  CREATE INDEX "trainings_school_idx" ON "trainings" USING btree ("school_id");
  CREATE INDEX "trainings_review_status_idx" ON "trainings" USING btree ("review_status");
  CREATE INDEX "trainings_published_at_idx" ON "trainings" USING btree ("published_at");
  CREATE INDEX "trainings_created_by_idx" ON "trainings" USING btree ("created_by_id");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE UNIQUE INDEX "trainings_locales_locale_parent_id_unique" ON "trainings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainings_rels_order_idx" ON "trainings_rels" USING btree ("order");
  CREATE INDEX "trainings_rels_parent_idx" ON "trainings_rels" USING btree ("parent_id");
  CREATE INDEX "trainings_rels_path_idx" ON "trainings_rels" USING btree ("path");
  CREATE INDEX "trainings_rels_competence_areas_id_idx" ON "trainings_rels" USING btree ("competence_areas_id");
  CREATE INDEX "trainings_rels_users_id_idx" ON "trainings_rels" USING btree ("users_id");
  CREATE INDEX "_trainings_v_version_target_levels_order_idx" ON "_trainings_v_version_target_levels" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_target_levels_parent_id_idx" ON "_trainings_v_version_target_levels" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_version_target_levels_competence_idx" ON "_trainings_v_version_target_levels" USING btree ("competence_id");
  CREATE INDEX "_trainings_v_version_sessions_order_idx" ON "_trainings_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_trainings_v_version_sessions_parent_id_idx" ON "_trainings_v_version_sessions" USING btree ("_parent_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_slug_idx" ON "_trainings_v" USING btree ("version_slug");
  CREATE INDEX "_trainings_v_version_version_learning_environment_idx" ON "_trainings_v" USING btree ("version_learning_environment_id");
  CREATE INDEX "_trainings_v_version_version_school_idx" ON "_trainings_v" USING btree ("version_school_id");
  CREATE INDEX "_trainings_v_version_version_review_status_idx" ON "_trainings_v" USING btree ("version_review_status");
  CREATE INDEX "_trainings_v_version_version_published_at_idx" ON "_trainings_v" USING btree ("version_published_at");
  CREATE INDEX "_trainings_v_version_version_created_by_idx" ON "_trainings_v" USING btree ("version_created_by_id");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_snapshot_idx" ON "_trainings_v" USING btree ("snapshot");
  CREATE INDEX "_trainings_v_published_locale_idx" ON "_trainings_v" USING btree ("published_locale");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_trainings_v_locales_locale_parent_id_unique" ON "_trainings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_rels_order_idx" ON "_trainings_v_rels" USING btree ("order");
  CREATE INDEX "_trainings_v_rels_parent_idx" ON "_trainings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_rels_path_idx" ON "_trainings_v_rels" USING btree ("path");
  CREATE INDEX "_trainings_v_rels_competence_areas_id_idx" ON "_trainings_v_rels" USING btree ("competence_areas_id");
  CREATE INDEX "_trainings_v_rels_users_id_idx" ON "_trainings_v_rels" USING btree ("users_id");
  CREATE INDEX "competence_areas_framework_idx" ON "competence_areas" USING btree ("framework");
  CREATE INDEX "competence_areas_code_idx" ON "competence_areas" USING btree ("code");
  CREATE INDEX "competence_areas_parent_idx" ON "competence_areas" USING btree ("parent_id");
  CREATE INDEX "competence_areas_updated_at_idx" ON "competence_areas" USING btree ("updated_at");
  CREATE INDEX "competence_areas_created_at_idx" ON "competence_areas" USING btree ("created_at");
  CREATE UNIQUE INDEX "framework_code_idx" ON "competence_areas" USING btree ("framework","code");
  CREATE UNIQUE INDEX "competence_areas_locales_locale_parent_id_unique" ON "competence_areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "device_profiles_device_kinds_order_idx" ON "device_profiles_device_kinds" USING btree ("order");
  CREATE INDEX "device_profiles_device_kinds_parent_idx" ON "device_profiles_device_kinds" USING btree ("parent_id");
  CREATE INDEX "device_profiles_updated_at_idx" ON "device_profiles" USING btree ("updated_at");
  CREATE INDEX "device_profiles_created_at_idx" ON "device_profiles" USING btree ("created_at");
  CREATE UNIQUE INDEX "device_profiles_locales_locale_parent_id_unique" ON "device_profiles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "schools_pupils_order_idx" ON "schools_pupils" USING btree ("_order");
  CREATE INDEX "schools_pupils_parent_id_idx" ON "schools_pupils" USING btree ("_parent_id");
  CREATE INDEX "schools_devices_order_idx" ON "schools_devices" USING btree ("_order");
  CREATE INDEX "schools_devices_parent_id_idx" ON "schools_devices" USING btree ("_parent_id");
  CREATE INDEX "schools_district_idx" ON "schools" USING btree ("district");
  CREATE INDEX "schools_updated_at_idx" ON "schools" USING btree ("updated_at");
  CREATE INDEX "schools_created_at_idx" ON "schools" USING btree ("created_at");
  CREATE UNIQUE INDEX "schools_locales_locale_parent_id_unique" ON "schools_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ratings_comment_status_idx" ON "ratings" USING btree ("comment_status");
  CREATE INDEX "ratings_author_idx" ON "ratings" USING btree ("author_id");
  CREATE INDEX "ratings_target_idx" ON "ratings" USING btree ("target");
  CREATE UNIQUE INDEX "ratings_unique_key_idx" ON "ratings" USING btree ("unique_key");
  CREATE INDEX "ratings_updated_at_idx" ON "ratings" USING btree ("updated_at");
  CREATE INDEX "ratings_created_at_idx" ON "ratings" USING btree ("created_at");
  CREATE INDEX "ratings_rels_order_idx" ON "ratings_rels" USING btree ("order");
  CREATE INDEX "ratings_rels_parent_idx" ON "ratings_rels" USING btree ("parent_id");
  CREATE INDEX "ratings_rels_path_idx" ON "ratings_rels" USING btree ("path");
  CREATE INDEX "ratings_rels_pedagogical_models_id_idx" ON "ratings_rels" USING btree ("pedagogical_models_id");
  CREATE INDEX "ratings_rels_digital_materials_id_idx" ON "ratings_rels" USING btree ("digital_materials_id");
  CREATE INDEX "ratings_rels_learning_environments_id_idx" ON "ratings_rels" USING btree ("learning_environments_id");
  CREATE INDEX "ratings_rels_pilots_id_idx" ON "ratings_rels" USING btree ("pilots_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_school_idx" ON "users" USING btree ("school_id");
  CREATE INDEX "users_leader_of_idx" ON "users" USING btree ("leader_of_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_competence_areas_id_idx" ON "users_rels" USING btree ("competence_areas_id");
  CREATE INDEX "training_registrations_training_idx" ON "training_registrations" USING btree ("training_id");
  CREATE INDEX "training_registrations_teacher_idx" ON "training_registrations" USING btree ("teacher_id");
  CREATE INDEX "training_registrations_status_idx" ON "training_registrations" USING btree ("status");
  CREATE INDEX "training_registrations_updated_at_idx" ON "training_registrations" USING btree ("updated_at");
  CREATE INDEX "training_registrations_created_at_idx" ON "training_registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "training_seat_idx" ON "training_registrations" USING btree ("training_id","seat");
  CREATE UNIQUE INDEX "training_teacher_idx" ON "training_registrations" USING btree ("training_id","teacher_id");
  CREATE UNIQUE INDEX "credentials_credential_id_idx" ON "credentials" USING btree ("credential_id");
  CREATE INDEX "credentials_teacher_idx" ON "credentials" USING btree ("teacher_id");
  CREATE INDEX "credentials_training_idx" ON "credentials" USING btree ("training_id");
  CREATE UNIQUE INDEX "credentials_registration_idx" ON "credentials" USING btree ("registration_id");
  CREATE UNIQUE INDEX "credentials_status_index_idx" ON "credentials" USING btree ("status_index");
  CREATE INDEX "credentials_revoked_idx" ON "credentials" USING btree ("revoked");
  CREATE INDEX "credentials_revoked_by_idx" ON "credentials" USING btree ("revoked_by_id");
  CREATE INDEX "credentials_updated_at_idx" ON "credentials" USING btree ("updated_at");
  CREATE INDEX "credentials_created_at_idx" ON "credentials" USING btree ("created_at");
  CREATE INDEX "self_assessments_answers_order_idx" ON "self_assessments_answers" USING btree ("_order");
  CREATE INDEX "self_assessments_answers_parent_id_idx" ON "self_assessments_answers" USING btree ("_parent_id");
  CREATE INDEX "self_assessments_answers_competence_idx" ON "self_assessments_answers" USING btree ("competence_id");
  CREATE INDEX "self_assessments_teacher_idx" ON "self_assessments" USING btree ("teacher_id");
  CREATE INDEX "self_assessments_updated_at_idx" ON "self_assessments" USING btree ("updated_at");
  CREATE INDEX "self_assessments_created_at_idx" ON "self_assessments" USING btree ("created_at");
  CREATE INDEX "saved_lists_items_order_idx" ON "saved_lists_items" USING btree ("_order");
  CREATE INDEX "saved_lists_items_parent_id_idx" ON "saved_lists_items" USING btree ("_parent_id");
  CREATE INDEX "saved_lists_owner_idx" ON "saved_lists" USING btree ("owner_id");
  CREATE UNIQUE INDEX "saved_lists_share_token_idx" ON "saved_lists" USING btree ("share_token");
  CREATE INDEX "saved_lists_updated_at_idx" ON "saved_lists" USING btree ("updated_at");
  CREATE INDEX "saved_lists_created_at_idx" ON "saved_lists" USING btree ("created_at");
  CREATE INDEX "saved_lists_rels_order_idx" ON "saved_lists_rels" USING btree ("order");
  CREATE INDEX "saved_lists_rels_parent_idx" ON "saved_lists_rels" USING btree ("parent_id");
  CREATE INDEX "saved_lists_rels_path_idx" ON "saved_lists_rels" USING btree ("path");
  CREATE INDEX "saved_lists_rels_pedagogical_models_id_idx" ON "saved_lists_rels" USING btree ("pedagogical_models_id");
  CREATE INDEX "saved_lists_rels_digital_materials_id_idx" ON "saved_lists_rels" USING btree ("digital_materials_id");
  CREATE INDEX "saved_lists_rels_learning_environments_id_idx" ON "saved_lists_rels" USING btree ("learning_environments_id");
  CREATE INDEX "saved_lists_rels_pilots_id_idx" ON "saved_lists_rels" USING btree ("pilots_id");
  CREATE INDEX "saved_lists_rels_trainings_id_idx" ON "saved_lists_rels" USING btree ("trainings_id");
  CREATE INDEX "oai_deletions_grade_bands_order_idx" ON "oai_deletions_grade_bands" USING btree ("order");
  CREATE INDEX "oai_deletions_grade_bands_parent_idx" ON "oai_deletions_grade_bands" USING btree ("parent_id");
  CREATE INDEX "oai_deletions_grade_bands_value_idx" ON "oai_deletions_grade_bands" USING btree ("value");
  CREATE INDEX "oai_deletions_item_collection_idx" ON "oai_deletions" USING btree ("item_collection");
  CREATE INDEX "oai_deletions_deleted_at_idx" ON "oai_deletions" USING btree ("deleted_at");
  CREATE INDEX "oai_deletions_updated_at_idx" ON "oai_deletions" USING btree ("updated_at");
  CREATE INDEX "oai_deletions_created_at_idx" ON "oai_deletions" USING btree ("created_at");
  CREATE UNIQUE INDEX "itemCollection_docId_idx" ON "oai_deletions" USING btree ("item_collection","doc_id");
  CREATE UNIQUE INDEX "import_sources_source_key_idx" ON "import_sources" USING btree ("source_key");
  CREATE INDEX "import_sources_updated_at_idx" ON "import_sources" USING btree ("updated_at");
  CREATE INDEX "import_sources_created_at_idx" ON "import_sources" USING btree ("created_at");
  CREATE INDEX "search_outbox_item_collection_idx" ON "search_outbox" USING btree ("item_collection");
  CREATE INDEX "search_outbox_item_id_idx" ON "search_outbox" USING btree ("item_id");
  CREATE INDEX "search_outbox_next_attempt_at_idx" ON "search_outbox" USING btree ("next_attempt_at");
  CREATE INDEX "search_outbox_updated_at_idx" ON "search_outbox" USING btree ("updated_at");
  CREATE INDEX "search_outbox_created_at_idx" ON "search_outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_pedagogical_models_id_idx" ON "payload_locked_documents_rels" USING btree ("pedagogical_models_id");
  CREATE INDEX "payload_locked_documents_rels_digital_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("digital_materials_id");
  CREATE INDEX "payload_locked_documents_rels_learning_environments_id_idx" ON "payload_locked_documents_rels" USING btree ("learning_environments_id");
  CREATE INDEX "payload_locked_documents_rels_pilots_id_idx" ON "payload_locked_documents_rels" USING btree ("pilots_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_competence_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("competence_areas_id");
  CREATE INDEX "payload_locked_documents_rels_device_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("device_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_schools_id_idx" ON "payload_locked_documents_rels" USING btree ("schools_id");
  CREATE INDEX "payload_locked_documents_rels_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("ratings_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_training_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("training_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_credentials_id_idx" ON "payload_locked_documents_rels" USING btree ("credentials_id");
  CREATE INDEX "payload_locked_documents_rels_self_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("self_assessments_id");
  CREATE INDEX "payload_locked_documents_rels_saved_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("saved_lists_id");
  CREATE INDEX "payload_locked_documents_rels_oai_deletions_id_idx" ON "payload_locked_documents_rels" USING btree ("oai_deletions_id");
  CREATE INDEX "payload_locked_documents_rels_import_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("import_sources_id");
  CREATE INDEX "payload_locked_documents_rels_search_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("search_outbox_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pedagogical_models_grade_bands" CASCADE;
  DROP TABLE "pedagogical_models_subjects" CASCADE;
  DROP TABLE "pedagogical_models_target_levels" CASCADE;
  DROP TABLE "pedagogical_models" CASCADE;
  DROP TABLE "pedagogical_models_locales" CASCADE;
  DROP TABLE "pedagogical_models_rels" CASCADE;
  DROP TABLE "_pedagogical_models_v_version_grade_bands" CASCADE;
  DROP TABLE "_pedagogical_models_v_version_subjects" CASCADE;
  DROP TABLE "_pedagogical_models_v_version_target_levels" CASCADE;
  DROP TABLE "_pedagogical_models_v" CASCADE;
  DROP TABLE "_pedagogical_models_v_locales" CASCADE;
  DROP TABLE "_pedagogical_models_v_rels" CASCADE;
  DROP TABLE "digital_materials_languages" CASCADE;
  DROP TABLE "digital_materials_grade_bands" CASCADE;
  DROP TABLE "digital_materials_subjects" CASCADE;
  DROP TABLE "digital_materials_target_levels" CASCADE;
  DROP TABLE "digital_materials_accessibility_features" CASCADE;
  DROP TABLE "digital_materials" CASCADE;
  DROP TABLE "digital_materials_locales" CASCADE;
  DROP TABLE "digital_materials_rels" CASCADE;
  DROP TABLE "_digital_materials_v_version_languages" CASCADE;
  DROP TABLE "_digital_materials_v_version_grade_bands" CASCADE;
  DROP TABLE "_digital_materials_v_version_subjects" CASCADE;
  DROP TABLE "_digital_materials_v_version_target_levels" CASCADE;
  DROP TABLE "_digital_materials_v_version_accessibility_features" CASCADE;
  DROP TABLE "_digital_materials_v" CASCADE;
  DROP TABLE "_digital_materials_v_locales" CASCADE;
  DROP TABLE "_digital_materials_v_rels" CASCADE;
  DROP TABLE "learning_environments_grade_bands" CASCADE;
  DROP TABLE "learning_environments_accessibility" CASCADE;
  DROP TABLE "learning_environments_seasons" CASCADE;
  DROP TABLE "learning_environments" CASCADE;
  DROP TABLE "learning_environments_locales" CASCADE;
  DROP TABLE "learning_environments_texts" CASCADE;
  DROP TABLE "_learning_environments_v_version_grade_bands" CASCADE;
  DROP TABLE "_learning_environments_v_version_accessibility" CASCADE;
  DROP TABLE "_learning_environments_v_version_seasons" CASCADE;
  DROP TABLE "_learning_environments_v" CASCADE;
  DROP TABLE "_learning_environments_v_locales" CASCADE;
  DROP TABLE "_learning_environments_v_texts" CASCADE;
  DROP TABLE "pilots" CASCADE;
  DROP TABLE "pilots_locales" CASCADE;
  DROP TABLE "pilots_rels" CASCADE;
  DROP TABLE "_pilots_v" CASCADE;
  DROP TABLE "_pilots_v_locales" CASCADE;
  DROP TABLE "_pilots_v_rels" CASCADE;
  DROP TABLE "trainings_target_levels" CASCADE;
  DROP TABLE "trainings_sessions" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_locales" CASCADE;
  DROP TABLE "trainings_rels" CASCADE;
  DROP TABLE "_trainings_v_version_target_levels" CASCADE;
  DROP TABLE "_trainings_v_version_sessions" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_locales" CASCADE;
  DROP TABLE "_trainings_v_rels" CASCADE;
  DROP TABLE "competence_areas" CASCADE;
  DROP TABLE "competence_areas_locales" CASCADE;
  DROP TABLE "device_profiles_device_kinds" CASCADE;
  DROP TABLE "device_profiles" CASCADE;
  DROP TABLE "device_profiles_locales" CASCADE;
  DROP TABLE "schools_pupils" CASCADE;
  DROP TABLE "schools_devices" CASCADE;
  DROP TABLE "schools" CASCADE;
  DROP TABLE "schools_locales" CASCADE;
  DROP TABLE "ratings" CASCADE;
  DROP TABLE "ratings_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "training_registrations" CASCADE;
  DROP TABLE "credentials" CASCADE;
  DROP TABLE "self_assessments_answers" CASCADE;
  DROP TABLE "self_assessments" CASCADE;
  DROP TABLE "saved_lists_items" CASCADE;
  DROP TABLE "saved_lists" CASCADE;
  DROP TABLE "saved_lists_rels" CASCADE;
  DROP TABLE "oai_deletions_grade_bands" CASCADE;
  DROP TABLE "oai_deletions" CASCADE;
  DROP TABLE "import_sources" CASCADE;
  DROP TABLE "search_outbox" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_pedagogical_models_grade_bands";
  DROP TYPE "public"."enum_pedagogical_models_subjects";
  DROP TYPE "public"."enum_pedagogical_models_target_levels_level";
  DROP TYPE "public"."enum_pedagogical_models_licence";
  DROP TYPE "public"."enum_pedagogical_models_review_status";
  DROP TYPE "public"."enum_pedagogical_models_status";
  DROP TYPE "public"."enum__pedagogical_models_v_version_grade_bands";
  DROP TYPE "public"."enum__pedagogical_models_v_version_subjects";
  DROP TYPE "public"."enum__pedagogical_models_v_version_target_levels_level";
  DROP TYPE "public"."enum__pedagogical_models_v_version_licence";
  DROP TYPE "public"."enum__pedagogical_models_v_version_review_status";
  DROP TYPE "public"."enum__pedagogical_models_v_version_status";
  DROP TYPE "public"."enum__pedagogical_models_v_published_locale";
  DROP TYPE "public"."enum_digital_materials_languages";
  DROP TYPE "public"."enum_digital_materials_grade_bands";
  DROP TYPE "public"."enum_digital_materials_subjects";
  DROP TYPE "public"."enum_digital_materials_target_levels_level";
  DROP TYPE "public"."enum_digital_materials_accessibility_features";
  DROP TYPE "public"."enum_digital_materials_resource_type";
  DROP TYPE "public"."enum_digital_materials_licence";
  DROP TYPE "public"."enum_digital_materials_cost";
  DROP TYPE "public"."enum_digital_materials_data_protection";
  DROP TYPE "public"."enum_digital_materials_review_status";
  DROP TYPE "public"."enum_digital_materials_status";
  DROP TYPE "public"."enum__digital_materials_v_version_languages";
  DROP TYPE "public"."enum__digital_materials_v_version_grade_bands";
  DROP TYPE "public"."enum__digital_materials_v_version_subjects";
  DROP TYPE "public"."enum__digital_materials_v_version_target_levels_level";
  DROP TYPE "public"."enum__digital_materials_v_version_accessibility_features";
  DROP TYPE "public"."enum__digital_materials_v_version_resource_type";
  DROP TYPE "public"."enum__digital_materials_v_version_licence";
  DROP TYPE "public"."enum__digital_materials_v_version_cost";
  DROP TYPE "public"."enum__digital_materials_v_version_data_protection";
  DROP TYPE "public"."enum__digital_materials_v_version_review_status";
  DROP TYPE "public"."enum__digital_materials_v_version_status";
  DROP TYPE "public"."enum__digital_materials_v_published_locale";
  DROP TYPE "public"."enum_learning_environments_grade_bands";
  DROP TYPE "public"."enum_learning_environments_accessibility";
  DROP TYPE "public"."enum_learning_environments_seasons";
  DROP TYPE "public"."enum_learning_environments_kind";
  DROP TYPE "public"."enum_learning_environments_cost";
  DROP TYPE "public"."enum_learning_environments_review_status";
  DROP TYPE "public"."enum_learning_environments_status";
  DROP TYPE "public"."enum__learning_environments_v_version_grade_bands";
  DROP TYPE "public"."enum__learning_environments_v_version_accessibility";
  DROP TYPE "public"."enum__learning_environments_v_version_seasons";
  DROP TYPE "public"."enum__learning_environments_v_version_kind";
  DROP TYPE "public"."enum__learning_environments_v_version_cost";
  DROP TYPE "public"."enum__learning_environments_v_version_review_status";
  DROP TYPE "public"."enum__learning_environments_v_version_status";
  DROP TYPE "public"."enum__learning_environments_v_published_locale";
  DROP TYPE "public"."enum_pilots_review_status";
  DROP TYPE "public"."enum_pilots_status";
  DROP TYPE "public"."enum__pilots_v_version_review_status";
  DROP TYPE "public"."enum__pilots_v_version_status";
  DROP TYPE "public"."enum__pilots_v_published_locale";
  DROP TYPE "public"."enum_trainings_target_levels_level";
  DROP TYPE "public"."enum_trainings_target_level";
  DROP TYPE "public"."enum_trainings_place_kind";
  DROP TYPE "public"."enum_trainings_review_status";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_target_levels_level";
  DROP TYPE "public"."enum__trainings_v_version_target_level";
  DROP TYPE "public"."enum__trainings_v_version_place_kind";
  DROP TYPE "public"."enum__trainings_v_version_review_status";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum__trainings_v_published_locale";
  DROP TYPE "public"."enum_competence_areas_framework";
  DROP TYPE "public"."enum_device_profiles_device_kinds";
  DROP TYPE "public"."enum_device_profiles_grouping";
  DROP TYPE "public"."enum_device_profiles_network";
  DROP TYPE "public"."enum_schools_pupils_grade_band";
  DROP TYPE "public"."enum_schools_devices_kind";
  DROP TYPE "public"."enum_schools_kind";
  DROP TYPE "public"."enum_ratings_comment_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_training_registrations_status";
  DROP TYPE "public"."enum_self_assessments_answers_level";
  DROP TYPE "public"."enum_oai_deletions_grade_bands";`)
}
