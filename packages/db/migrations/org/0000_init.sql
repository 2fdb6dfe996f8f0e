CREATE TABLE `core_audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`plugin_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `core_audit_log_at` ON `core_audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `core_audit_log_entity` ON `core_audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `core_audit_log_actor` ON `core_audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE TABLE `core_event_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`plugin_id` text NOT NULL,
	`subscriber` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_error` text,
	`delivered_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `core_outbox`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_event_deliveries_event_subscriber` ON `core_event_deliveries` (`event_id`,`plugin_id`,`subscriber`);--> statement-breakpoint
CREATE INDEX `core_event_deliveries_due` ON `core_event_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `core_jobs` (
	`plugin_id` text NOT NULL,
	`name` text NOT NULL,
	`next_run_at` integer NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_run_at` integer,
	`last_success_at` integer,
	`last_error` text,
	`failures` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`plugin_id`, `name`)
);
--> statement-breakpoint
CREATE TABLE `core_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer NOT NULL,
	`payload` text NOT NULL,
	`emitted_by` text NOT NULL,
	`actor_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`fanned_out_at` integer
);
--> statement-breakpoint
CREATE INDEX `core_outbox_pending` ON `core_outbox` (`fanned_out_at`,`created_at`);