CREATE TABLE `hook_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`plugin_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `hook_keys_org_plugin` ON `hook_keys` (`org_id`,`plugin_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`db_url` text NOT NULL,
	`db_auth_token` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `plugin_installations` (
	`org_id` text NOT NULL,
	`plugin_id` text NOT NULL,
	`state` text NOT NULL,
	`version` text NOT NULL,
	`settings` text NOT NULL,
	`last_error` text,
	`enabled_at` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`org_id`, `plugin_id`),
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
