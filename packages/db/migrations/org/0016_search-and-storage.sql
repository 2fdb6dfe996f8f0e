-- #18: storage per client and fragment search.
-- Keys and tags become WITHOUT ROWID tables: the primary key is the table, so a row is stored in
-- the table and the client index only (it was table, primary-key index and client index).
CREATE TABLE `core_client_keys_new` (
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`client_id` text NOT NULL,
	PRIMARY KEY(`kind`, `value`, `client_id`),
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `core_client_keys_new` (`kind`, `value`, `client_id`) SELECT `kind`, `value`, `client_id` FROM `core_client_keys`;--> statement-breakpoint
DROP TABLE `core_client_keys`;--> statement-breakpoint
ALTER TABLE `core_client_keys_new` RENAME TO `core_client_keys`;--> statement-breakpoint
CREATE INDEX `core_client_keys_client` ON `core_client_keys` (`client_id`);--> statement-breakpoint
CREATE TABLE `core_client_tags_new` (
	`tag` text NOT NULL,
	`client_id` text NOT NULL,
	PRIMARY KEY(`tag`, `client_id`),
	FOREIGN KEY (`client_id`) REFERENCES `core_clients`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `core_client_tags_new` (`tag`, `client_id`) SELECT `tag`, `client_id` FROM `core_client_tags`;--> statement-breakpoint
DROP TABLE `core_client_tags`;--> statement-breakpoint
ALTER TABLE `core_client_tags_new` RENAME TO `core_client_tags`;--> statement-breakpoint
CREATE INDEX `core_client_tags_client` ON `core_client_tags` (`client_id`);--> statement-breakpoint
-- Owner indexes hold only clients with an owner in that function (`owner = ?` never asks for null).
DROP INDEX `core_clients_prospecting_owner`;--> statement-breakpoint
CREATE INDEX `core_clients_prospecting_owner` ON `core_clients` (`prospecting_owner_id`) WHERE `prospecting_owner_id` IS NOT NULL;--> statement-breakpoint
DROP INDEX `core_clients_first_sale_owner`;--> statement-breakpoint
CREATE INDEX `core_clients_first_sale_owner` ON `core_clients` (`first_sale_owner_id`) WHERE `first_sale_owner_id` IS NOT NULL;--> statement-breakpoint
DROP INDEX `core_clients_farming_owner`;--> statement-breakpoint
CREATE INDEX `core_clients_farming_owner` ON `core_clients` (`farming_owner_id`) WHERE `farming_owner_id` IS NOT NULL;--> statement-breakpoint
DROP INDEX `core_clients_vip_owner`;--> statement-breakpoint
CREATE INDEX `core_clients_vip_owner` ON `core_clients` (`vip_owner_id`) WHERE `vip_owner_id` IS NOT NULL;--> statement-breakpoint
-- Fragment search: one row per unmerged client, keyed by its rowid (VACUUM keeps the rowids of a
-- table with indexes), with its normalized name and its keys (phones as digits), trigram-indexed
-- without case. Contentless: the text lives in core_clients and core_client_keys already.
CREATE VIRTUAL TABLE `core_client_search` USING fts5(name, keys, tokenize = 'trigram case_sensitive 0', content = '', contentless_delete = 1);--> statement-breakpoint
INSERT INTO `core_client_search` (rowid, name, keys)
SELECT c.rowid, c.name_normalized, coalesce((SELECT group_concat(CASE k.kind WHEN 'phone' THEN replace(k.value, '+', '') ELSE k.value END, ' ') FROM core_client_keys k WHERE k.client_id = c.id), '')
FROM `core_clients` c WHERE c.merged_into_id IS NULL;--> statement-breakpoint
CREATE TRIGGER `core_client_search_gone` AFTER DELETE ON `core_clients` BEGIN
	DELETE FROM `core_client_search` WHERE rowid = old.rowid;
END;
