ALTER TABLE `prospecting_calls` ADD `connected` integer;--> statement-breakpoint
ALTER TABLE `prospecting_calls` ADD `talk_sec` integer;--> statement-breakpoint
ALTER TABLE `prospecting_calls` ADD `provider_call_id` text;--> statement-breakpoint
ALTER TABLE `prospecting_list_members` ADD `pbx_call` text;--> statement-breakpoint
ALTER TABLE `prospecting_requests` ADD `pbx_call_key` text;--> statement-breakpoint
ALTER TABLE `prospecting_requests` ADD `missed_at` integer;--> statement-breakpoint
ALTER TABLE `prospecting_requests` ADD `callback_task_id` text;--> statement-breakpoint
ALTER TABLE `prospecting_requests` ADD `called_back_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_requests_pbx_call` ON `prospecting_requests` (`pbx_call_key`);--> statement-breakpoint
CREATE INDEX `prospecting_requests_missed` ON `prospecting_requests` (`contact_phone`) WHERE missed_at is not null and called_back_at is null;