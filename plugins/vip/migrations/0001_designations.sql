CREATE TABLE `vip_designations` (
	`client_id` text PRIMARY KEY NOT NULL,
	`tier_key` text NOT NULL,
	`reason` text NOT NULL,
	`until` text,
	`set_by` text NOT NULL,
	`set_at` integer NOT NULL
);
