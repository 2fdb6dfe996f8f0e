CREATE TABLE `core_notification_preferences` (
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`channel` text NOT NULL,
	`enabled` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `type`, `channel`)
);
--> statement-breakpoint
CREATE TABLE `core_notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`recipient_id` text NOT NULL,
	`type` text NOT NULL,
	`params` text NOT NULL,
	`link` text,
	`dedupe_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_notifications_dedupe` ON `core_notifications` (`recipient_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `core_notifications_inbox` ON `core_notifications` (`recipient_id`,`read_at`,`id`);--> statement-breakpoint
CREATE INDEX `core_notifications_recipient` ON `core_notifications` (`recipient_id`,`id`);--> statement-breakpoint
CREATE TABLE `core_staff_link_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `core_staff_link_codes_user` ON `core_staff_link_codes` (`user_id`);--> statement-breakpoint
CREATE TABLE `core_staff_telegram_links` (
	`user_id` text PRIMARY KEY NOT NULL,
	`chat_id` text NOT NULL,
	`linked_at` integer NOT NULL
);
