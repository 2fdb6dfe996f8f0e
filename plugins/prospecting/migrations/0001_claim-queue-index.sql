DROP INDEX `prospecting_list_members_queue`;--> statement-breakpoint
DROP INDEX `prospecting_list_members_holder`;--> statement-breakpoint
CREATE INDEX `prospecting_list_members_zone` ON `prospecting_list_members` (`list_id`,`time_zone`);--> statement-breakpoint
CREATE INDEX `prospecting_list_members_queue` ON `prospecting_list_members` (`list_id`,`state`,`available_at`,`id`);--> statement-breakpoint
CREATE INDEX `prospecting_list_members_holder` ON `prospecting_list_members` (`claimed_by`,`list_id`) WHERE state = 'claimed';--> statement-breakpoint
CREATE INDEX `prospecting_calls_client` ON `prospecting_calls` (`client_id`,`started_at`);