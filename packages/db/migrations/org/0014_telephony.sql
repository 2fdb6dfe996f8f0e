CREATE TABLE `core_call_events` (
	`id` text PRIMARY KEY NOT NULL,
	`adapter` text NOT NULL,
	`provider_call_id` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text,
	`from_number` text,
	`to_number` text,
	`extension` text,
	`user_id` text,
	`client_id` text,
	`contact_id` text,
	`duration_sec` integer,
	`disposition` text,
	`recording_id` text,
	`recording_url` text,
	`activity_id` text,
	`occurred_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_call_events_once` ON `core_call_events` (`adapter`,`provider_call_id`,`kind`);--> statement-breakpoint
CREATE INDEX `core_call_events_client` ON `core_call_events` (`client_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `core_telephony_extensions` (
	`extension` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_telephony_extensions_user` ON `core_telephony_extensions` (`user_id`);--> statement-breakpoint
CREATE TABLE `core_telephony_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`adapter` text NOT NULL,
	`settings` text NOT NULL,
	`hook_key` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL
);
