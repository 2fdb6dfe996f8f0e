CREATE TABLE `core_diagnostics` (
	`id` text PRIMARY KEY NOT NULL,
	`answers` text NOT NULL,
	`report` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`sent_by` text
);
--> statement-breakpoint
CREATE INDEX `core_diagnostics_created` ON `core_diagnostics` (`created_at`);--> statement-breakpoint
CREATE TABLE `core_readiness_dismissals` (
	`signal` text PRIMARY KEY NOT NULL,
	`until` integer,
	`dismissed_by` text NOT NULL,
	`dismissed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `core_sales_targets` (
	`month` text NOT NULL,
	`function` text NOT NULL,
	`metric` text NOT NULL,
	`value` integer NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`function`, `metric`, `month`)
);
--> statement-breakpoint
CREATE INDEX `core_activities_occurred` ON `core_activities` (`occurred_at`,`author_id`,`type`);--> statement-breakpoint
CREATE INDEX `core_tasks_due` ON `core_tasks` (`done_at`,`due_at`);