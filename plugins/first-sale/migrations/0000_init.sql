CREATE TABLE `first_sale_deal_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer NOT NULL,
	`product_id` text,
	`name` text NOT NULL,
	`quantity` real NOT NULL,
	`price_minor` integer NOT NULL,
	`discount_percent` real NOT NULL,
	`total_minor` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `first_sale_deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `first_sale_deal_lines_deal` ON `first_sale_deal_lines` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `first_sale_deals` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`pipeline_id` text NOT NULL,
	`stage_id` text NOT NULL,
	`status` text NOT NULL,
	`client_id` text NOT NULL,
	`contact_id` text,
	`hunter_id` text,
	`currency` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`estimate_minor` integer NOT NULL,
	`expected_close_on` text,
	`source` text,
	`lead_request_id` text,
	`lead_qualified_at` integer,
	`stage_entered_at` integer NOT NULL,
	`lost_reason` text,
	`lost_note` text,
	`lost_at` integer,
	`contract_signed_at` integer,
	`won_at` integer,
	`won_basis` text,
	`order_id` text,
	`order_number` text,
	`paid_minor` integer NOT NULL,
	`paid_share` real NOT NULL,
	`next_step_text` text,
	`next_step_task_id` text,
	`next_step_due_on` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`pipeline_id`) REFERENCES `first_sale_pipelines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `first_sale_stages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `first_sale_deals_board` ON `first_sale_deals` (`pipeline_id`,`status`,`stage_id`);--> statement-breakpoint
CREATE INDEX `first_sale_deals_client` ON `first_sale_deals` (`client_id`);--> statement-breakpoint
CREATE INDEX `first_sale_deals_hunter` ON `first_sale_deals` (`hunter_id`,`status`);--> statement-breakpoint
CREATE INDEX `first_sale_deals_order` ON `first_sale_deals` (`order_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `first_sale_deals_lead_request` ON `first_sale_deals` (`lead_request_id`);--> statement-breakpoint
CREATE TABLE `first_sale_pipelines` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`is_default` integer NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `first_sale_processed_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`subscriber` text NOT NULL,
	`processed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `first_sale_proposal_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`version` integer NOT NULL,
	`lines` text NOT NULL,
	`currency` text NOT NULL,
	`subtotal_minor` integer NOT NULL,
	`discount_minor` integer NOT NULL,
	`total_minor` integer NOT NULL,
	`terms` text NOT NULL,
	`valid_until` text NOT NULL,
	`requisites` text NOT NULL,
	`seller_name` text NOT NULL,
	`issued_on` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `first_sale_proposals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `first_sale_proposal_versions_number` ON `first_sale_proposal_versions` (`proposal_id`,`version`);--> statement-breakpoint
CREATE TABLE `first_sale_proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`current_version` integer NOT NULL,
	`sent_at` integer,
	`accepted_at` integer,
	`declined_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `first_sale_deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `first_sale_proposals_deal` ON `first_sale_proposals` (`deal_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `first_sale_proposals_number` ON `first_sale_proposals` (`number`);--> statement-breakpoint
CREATE TABLE `first_sale_stage_history` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`from_stage_id` text,
	`to_stage_id` text NOT NULL,
	`at` integer NOT NULL,
	`by` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `first_sale_deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `first_sale_stage_history_deal` ON `first_sale_stage_history` (`deal_id`,`at`);--> statement-breakpoint
CREATE TABLE `first_sale_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`pipeline_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`probability` integer NOT NULL,
	`rotting_days` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`pipeline_id`) REFERENCES `first_sale_pipelines`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `first_sale_stages_pipeline` ON `first_sale_stages` (`pipeline_id`,`position`);