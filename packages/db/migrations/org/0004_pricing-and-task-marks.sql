ALTER TABLE `core_order_lines` ADD `adjustment_reason` text;--> statement-breakpoint
ALTER TABLE `core_orders` ADD `payment_terms_days` integer;--> statement-breakpoint
ALTER TABLE `core_tasks` ADD `mark` text;