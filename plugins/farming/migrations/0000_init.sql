CREATE TABLE `farming_accounts` (
	`client_id` text PRIMARY KEY NOT NULL,
	`abc` text,
	`xyz` text,
	`currency` text NOT NULL,
	`revenue_12m_minor` integer NOT NULL,
	`revenue_prev_12m_minor` integer NOT NULL,
	`revenue_6m_minor` integer NOT NULL,
	`revenue_prev_6m_minor` integer NOT NULL,
	`orders_12m` integer NOT NULL,
	`first_order_on` text,
	`last_order_on` text,
	`interval_days` real,
	`expected_on` text,
	`late_days` integer,
	`category_purchases` text NOT NULL,
	`last_contact_at` integer,
	`cadence_days` integer NOT NULL,
	`cadence_source` text NOT NULL,
	`cadence_override_days` integer,
	`contact_due_on` text,
	`health_score` integer,
	`health_status` text NOT NULL,
	`health_factors` text NOT NULL,
	`maturity` text NOT NULL,
	`maturity_reasons` text NOT NULL,
	`potential_minor` integer,
	`late_task_for` text,
	`at_risk_since` integer,
	`computed_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `farming_accounts_health` ON `farming_accounts` (`health_status`,`health_score`);--> statement-breakpoint
CREATE INDEX `farming_accounts_expected` ON `farming_accounts` (`expected_on`);--> statement-breakpoint
CREATE INDEX `farming_accounts_contact_due` ON `farming_accounts` (`contact_due_on`);--> statement-breakpoint
CREATE TABLE `farming_deal_history` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`from_stage` text,
	`to_stage` text NOT NULL,
	`actor_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `farming_deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `farming_deal_history_deal` ON `farming_deal_history` (`deal_id`,`at`);--> statement-breakpoint
CREATE TABLE `farming_deals` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`category_id` text,
	`stage_key` text NOT NULL,
	`status` text NOT NULL,
	`farmer_id` text,
	`currency` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`expected_close_on` text,
	`offer_id` text,
	`note` text,
	`order_id` text,
	`order_number` text,
	`won_order_id` text,
	`won_at` integer,
	`lost_reason` text,
	`lost_note` text,
	`lost_at` integer,
	`stage_entered_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `farming_deals_board` ON `farming_deals` (`status`,`stage_key`);--> statement-breakpoint
CREATE INDEX `farming_deals_client` ON `farming_deals` (`client_id`,`status`);--> statement-breakpoint
CREATE INDEX `farming_deals_farmer` ON `farming_deals` (`farmer_id`,`status`);--> statement-breakpoint
CREATE INDEX `farming_deals_order` ON `farming_deals` (`order_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `farming_deals_offer` ON `farming_deals` (`offer_id`);--> statement-breakpoint
CREATE TABLE `farming_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`category_id` text NOT NULL,
	`status` text NOT NULL,
	`evidence` text NOT NULL,
	`deal_id` text,
	`decided_by` text NOT NULL,
	`decided_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `farming_offers_client_category` ON `farming_offers` (`client_id`,`category_id`);--> statement-breakpoint
CREATE TABLE `farming_processed_events` (
	`event_id` text NOT NULL,
	`subscriber` text NOT NULL,
	`processed_at` integer NOT NULL,
	PRIMARY KEY(`event_id`, `subscriber`)
);
--> statement-breakpoint
CREATE TABLE `farming_project_orders` (
	`order_id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`marked_by` text NOT NULL,
	`marked_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `farming_project_orders_client` ON `farming_project_orders` (`client_id`);--> statement-breakpoint
CREATE TABLE `farming_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`rules` text NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL
);
