CREATE TABLE `vip_overrides` (
	`client_id` text PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`tier_key` text,
	`reason` text NOT NULL,
	`until` text,
	`set_by` text NOT NULL,
	`set_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `vip_processed_events` (
	`event_id` text NOT NULL,
	`subscriber` text NOT NULL,
	`processed_at` integer NOT NULL,
	PRIMARY KEY(`event_id`, `subscriber`)
);
--> statement-breakpoint
CREATE TABLE `vip_program` (
	`id` text PRIMARY KEY NOT NULL,
	`program` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `vip_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`client_id` text NOT NULL,
	`tier_key` text NOT NULL,
	`sla_minutes` integer NOT NULL,
	`started_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`responded_at` integer,
	`breached_at` integer,
	`escalated_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `vip_requests_open` ON `vip_requests` (`responded_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `vip_requests_client` ON `vip_requests` (`client_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `vip_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`reviewed_on` text NOT NULL,
	`note` text NOT NULL,
	`reviewed_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `vip_reviews_client` ON `vip_reviews` (`client_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `vip_standings` (
	`client_id` text PRIMARY KEY NOT NULL,
	`tier_key` text,
	`since` text,
	`grace_started_on` text,
	`action` text NOT NULL,
	`by` text NOT NULL,
	`reasons` text NOT NULL,
	`revenue_12m_minor` integer NOT NULL,
	`revenue_prev_12m_minor` integer NOT NULL,
	`last_review_on` text,
	`next_review_on` text,
	`review_task_for` text,
	`grace_warned_for` text,
	`assessed_on` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `vip_standings_tier` ON `vip_standings` (`tier_key`);--> statement-breakpoint
CREATE INDEX `vip_standings_review` ON `vip_standings` (`next_review_on`);