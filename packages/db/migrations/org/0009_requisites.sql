CREATE TABLE `core_bank_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`bik` text NOT NULL,
	`bank_name` text,
	`account` text NOT NULL,
	`correspondent_account` text,
	`is_default` integer NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `core_bank_accounts_owner` ON `core_bank_accounts` (`owner_id`,`position`);--> statement-breakpoint
CREATE TABLE `core_client_requisites` (
	`client_id` text PRIMARY KEY NOT NULL,
	`short_name` text,
	`postal_address` text,
	`director_name` text,
	`director_title` text,
	`accountant_name` text,
	`vat_mode` text NOT NULL,
	`payment_days` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `core_org_requisites` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text,
	`short_name` text,
	`inn` text,
	`kpp` text,
	`ogrn` text,
	`legal_address` text,
	`postal_address` text,
	`director_name` text,
	`director_title` text,
	`accountant_name` text,
	`vat_mode` text NOT NULL,
	`payment_days` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `core_requisite_images` (
	`kind` text PRIMARY KEY NOT NULL,
	`mime` text NOT NULL,
	`data` blob NOT NULL,
	`updated_at` integer NOT NULL
);
