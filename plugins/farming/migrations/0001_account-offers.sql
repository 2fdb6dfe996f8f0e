ALTER TABLE `farming_accounts` ADD `basket` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `farming_accounts` ADD `peer_group` text;--> statement-breakpoint
ALTER TABLE `farming_accounts` ADD `offers` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `farming_accounts_peer_group` ON `farming_accounts` (`peer_group`);