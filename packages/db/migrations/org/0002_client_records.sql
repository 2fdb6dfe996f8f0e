CREATE TABLE `core_client_keys` (
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`client_id` text NOT NULL,
	PRIMARY KEY(`kind`, `value`, `client_id`),
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_client_keys_client` ON `core_client_keys` (`client_id`);--> statement-breakpoint
CREATE TABLE `core_client_stage_history` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`from_stage` text,
	`to_stage` text NOT NULL,
	`reason` text,
	`actor_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_client_stage_history_client` ON `core_client_stage_history` (`client_id`,`at`);--> statement-breakpoint
CREATE TABLE `core_client_tags` (
	`tag` text NOT NULL,
	`client_id` text NOT NULL,
	PRIMARY KEY(`tag`, `client_id`),
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_client_tags_client` ON `core_client_tags` (`client_id`);--> statement-breakpoint
CREATE TABLE `core_clients` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_normalized` text NOT NULL,
	`legal_name` text,
	`inn` text,
	`kpp` text,
	`ogrn` text,
	`website` text,
	`phones` text NOT NULL,
	`emails` text NOT NULL,
	`address` text,
	`region` text,
	`city` text,
	`industry` text,
	`source` text,
	`tags` text NOT NULL,
	`custom_fields` text NOT NULL,
	`stage` text NOT NULL,
	`tier` text NOT NULL,
	`prospecting_owner_id` text,
	`first_sale_owner_id` text,
	`farming_owner_id` text,
	`vip_owner_id` text,
	`merged_into_id` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `core_clients_updated` ON `core_clients` (`merged_into_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `core_clients_created` ON `core_clients` (`merged_into_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `core_clients_name` ON `core_clients` (`merged_into_id`,`name_normalized`,`id`);--> statement-breakpoint
CREATE INDEX `core_clients_stage` ON `core_clients` (`stage`,`updated_at`);--> statement-breakpoint
CREATE INDEX `core_clients_region` ON `core_clients` (`region`);--> statement-breakpoint
CREATE INDEX `core_clients_industry` ON `core_clients` (`industry`);--> statement-breakpoint
CREATE INDEX `core_clients_prospecting_owner` ON `core_clients` (`prospecting_owner_id`);--> statement-breakpoint
CREATE INDEX `core_clients_first_sale_owner` ON `core_clients` (`first_sale_owner_id`);--> statement-breakpoint
CREATE INDEX `core_clients_farming_owner` ON `core_clients` (`farming_owner_id`);--> statement-breakpoint
CREATE INDEX `core_clients_vip_owner` ON `core_clients` (`vip_owner_id`);--> statement-breakpoint
CREATE TABLE `core_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`position` text,
	`role` text NOT NULL,
	`phones` text NOT NULL,
	`emails` text NOT NULL,
	`is_primary` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_contacts_client` ON `core_contacts` (`client_id`);--> statement-breakpoint
CREATE TABLE `core_custom_field_defs` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`type` text NOT NULL,
	`options` text NOT NULL,
	`required` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_custom_field_defs_key` ON `core_custom_field_defs` (`key`);--> statement-breakpoint
CREATE TABLE `core_order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`position` integer NOT NULL,
	`product_id` text,
	`name` text NOT NULL,
	`quantity` real NOT NULL,
	`unit` text,
	`price_minor` integer NOT NULL,
	`discount_percent` real NOT NULL,
	`total_minor` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `core_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `core_products`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `core_order_lines_order` ON `core_order_lines` (`order_id`,`position`);--> statement-breakpoint
CREATE TABLE `core_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`currency` text NOT NULL,
	`subtotal_minor` integer NOT NULL,
	`discount_minor` integer NOT NULL,
	`total_minor` integer NOT NULL,
	`paid_minor` integer NOT NULL,
	`payment_status` text NOT NULL,
	`function` text,
	`source_ref` text,
	`ordered_on` text NOT NULL,
	`note` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `core_orders_client` ON `core_orders` (`client_id`,`ordered_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `core_orders_number` ON `core_orders` (`number`);--> statement-breakpoint
CREATE INDEX `core_orders_source` ON `core_orders` (`source_ref`);--> statement-breakpoint
CREATE TABLE `core_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`client_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`paid_on` text NOT NULL,
	`method` text NOT NULL,
	`reference` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `core_orders`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `core_payments_order` ON `core_payments` (`order_id`);--> statement-breakpoint
CREATE INDEX `core_payments_client` ON `core_payments` (`client_id`,`paid_on`);--> statement-breakpoint
CREATE TABLE `core_product_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `core_product_categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `core_product_categories_parent` ON `core_product_categories` (`parent_id`,`position`);--> statement-breakpoint
CREATE TABLE `core_products` (
	`id` text PRIMARY KEY NOT NULL,
	`category_id` text,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`price_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `core_product_categories`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_products_sku` ON `core_products` (`sku`);--> statement-breakpoint
CREATE INDEX `core_products_category` ON `core_products` (`category_id`,`name`);--> statement-breakpoint
CREATE TABLE `core_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`type` text NOT NULL,
	`function` text,
	`author_id` text NOT NULL,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`data` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_activities_client` ON `core_activities` (`client_id`,`occurred_at`,`id`);--> statement-breakpoint
CREATE TABLE `core_handoffs` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`from_function` text NOT NULL,
	`to_function` text NOT NULL,
	`note` text NOT NULL,
	`context` text NOT NULL,
	`requested_by` text NOT NULL,
	`receiver_id` text,
	`assignment_reason` text NOT NULL,
	`state` text NOT NULL,
	`accept_by` integer NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_handoffs_receiver` ON `core_handoffs` (`receiver_id`,`state`,`accept_by`);--> statement-breakpoint
CREATE INDEX `core_handoffs_client` ON `core_handoffs` (`client_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `core_handoffs_state` ON `core_handoffs` (`state`,`accept_by`);--> statement-breakpoint
CREATE TABLE `core_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text,
	`title` text NOT NULL,
	`note` text,
	`function` text,
	`assignee_id` text NOT NULL,
	`due_at` integer,
	`remind_at` integer,
	`reminded_at` integer,
	`done_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_tasks_assignee` ON `core_tasks` (`assignee_id`,`done_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `core_tasks_client` ON `core_tasks` (`client_id`,`done_at`);--> statement-breakpoint
CREATE INDEX `core_tasks_remind` ON `core_tasks` (`done_at`,`reminded_at`,`remind_at`);--> statement-breakpoint
CREATE TABLE `core_import_errors` (
	`import_id` text NOT NULL,
	`row` integer NOT NULL,
	`field` text NOT NULL,
	`message` text NOT NULL,
	`value` text,
	PRIMARY KEY(`import_id`, `row`, `field`),
	FOREIGN KEY (`import_id`) REFERENCES `core_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_import_errors_import` ON `core_import_errors` (`import_id`,`row`);--> statement-breakpoint
CREATE TABLE `core_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_path` text NOT NULL,
	`file_bytes` integer NOT NULL,
	`status` text NOT NULL,
	`mapping` text NOT NULL,
	`on_duplicate` text NOT NULL,
	`total_rows` integer,
	`next_row` integer NOT NULL,
	`created_count` integer NOT NULL,
	`duplicate_count` integer NOT NULL,
	`invalid_count` integer NOT NULL,
	`error` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `core_imports_created` ON `core_imports` (`created_at`);