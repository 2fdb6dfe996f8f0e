CREATE TABLE `core_assignment_log` (
	`id` text PRIMARY KEY NOT NULL,
	`function` text NOT NULL,
	`user_id` text NOT NULL,
	`subject` text NOT NULL,
	`reason` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `core_assignment_log_function_at` ON `core_assignment_log` (`function`,`at`);--> statement-breakpoint
CREATE TABLE `core_function_assignments` (
	`user_id` text NOT NULL,
	`function` text NOT NULL,
	`capacity_per_day` integer,
	`paused` integer DEFAULT false NOT NULL,
	`team_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `function`),
	FOREIGN KEY (`team_id`) REFERENCES `core_teams`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `core_function_assignments_function` ON `core_function_assignments` (`function`);--> statement-breakpoint
CREATE TABLE `core_teams` (
	`id` text PRIMARY KEY NOT NULL,
	`function` text NOT NULL,
	`name` text NOT NULL,
	`lead_user_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `core_teams_function` ON `core_teams` (`function`);