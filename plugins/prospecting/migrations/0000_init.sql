CREATE TABLE `prospecting_call_lists` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `prospecting_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`member_id` text NOT NULL,
	`client_id` text NOT NULL,
	`caller_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer NOT NULL,
	`disposition` text NOT NULL,
	`answers` text NOT NULL,
	`field_writes` text NOT NULL,
	`fields_applied_at` integer,
	`script_id` text NOT NULL,
	`script_version` integer NOT NULL,
	`note` text,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `prospecting_calls_started` ON `prospecting_calls` (`started_at`);--> statement-breakpoint
CREATE INDEX `prospecting_calls_caller` ON `prospecting_calls` (`caller_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `prospecting_calls_member` ON `prospecting_calls` (`member_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `prospecting_campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`list_id` text NOT NULL,
	`script_id` text NOT NULL,
	`script_version` integer NOT NULL,
	`window` text NOT NULL,
	`max_attempts` integer NOT NULL,
	`retry_delays` text NOT NULL,
	`callback_to_same_caller` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`list_id`) REFERENCES `prospecting_call_lists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_campaigns_list_id_unique` ON `prospecting_campaigns` (`list_id`);--> statement-breakpoint
CREATE TABLE `prospecting_list_members` (
	`id` text PRIMARY KEY NOT NULL,
	`list_id` text NOT NULL,
	`client_id` text NOT NULL,
	`client_card` text NOT NULL,
	`phone` text NOT NULL,
	`time_zone` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer NOT NULL,
	`available_at` integer NOT NULL,
	`claimed_by` text,
	`claimed_at` integer,
	`lease_until` integer,
	`last_disposition` text,
	`callback_caller_id` text,
	`script_answers` text NOT NULL,
	`added_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`list_id`) REFERENCES `prospecting_call_lists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_list_members_client` ON `prospecting_list_members` (`list_id`,`client_id`);--> statement-breakpoint
CREATE INDEX `prospecting_list_members_queue` ON `prospecting_list_members` (`list_id`,`state`,`available_at`);--> statement-breakpoint
CREATE INDEX `prospecting_list_members_phone` ON `prospecting_list_members` (`phone`);--> statement-breakpoint
CREATE INDEX `prospecting_list_members_holder` ON `prospecting_list_members` (`claimed_by`,`state`);--> statement-breakpoint
CREATE TABLE `prospecting_script_versions` (
	`script_id` text NOT NULL,
	`version` integer NOT NULL,
	`graph` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text NOT NULL,
	PRIMARY KEY(`script_id`, `version`),
	FOREIGN KEY (`script_id`) REFERENCES `prospecting_scripts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `prospecting_scripts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`latest_version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `prospecting_dnc` (
	`phone` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`client_id` text,
	`added_at` integer NOT NULL,
	`added_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `prospecting_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`fields` text NOT NULL,
	`honeypot_field` text NOT NULL,
	`consent_required` integer NOT NULL,
	`consent_text` text NOT NULL,
	`thank_you` text NOT NULL,
	`allowed_origins` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_forms_key_unique` ON `prospecting_forms` (`key`);--> statement-breakpoint
CREATE TABLE `prospecting_telegram_bots` (
	`id` text PRIMARY KEY NOT NULL,
	`webhook_key` text NOT NULL,
	`active` integer NOT NULL,
	`connected_at` integer NOT NULL,
	`connected_by` text NOT NULL,
	`disconnected_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_telegram_bots_webhook_key_unique` ON `prospecting_telegram_bots` (`webhook_key`);--> statement-breakpoint
CREATE TABLE `prospecting_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`telegram_chat_id` text NOT NULL,
	`direction` text NOT NULL,
	`text` text NOT NULL,
	`at` integer NOT NULL,
	`telegram_update_id` integer,
	`author_id` text,
	FOREIGN KEY (`request_id`) REFERENCES `prospecting_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `prospecting_messages_request` ON `prospecting_messages` (`request_id`,`at`);--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_messages_update` ON `prospecting_messages` (`telegram_update_id`);--> statement-breakpoint
CREATE TABLE `prospecting_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`channel` text NOT NULL,
	`utm` text NOT NULL,
	`consent` integer NOT NULL,
	`raw_payload` text NOT NULL,
	`contact_name` text,
	`contact_company` text,
	`contact_phone` text,
	`contact_email` text,
	`message` text,
	`form_id` text,
	`telegram_chat_id` text,
	`telegram_username` text,
	`call_id` text,
	`do_not_call` integer NOT NULL,
	`status` text NOT NULL,
	`dismiss_reason` text,
	`client_id` text,
	`received_at` integer NOT NULL,
	`first_action_at` integer,
	`qualified_at` integer,
	`qualified_by` text,
	`triaged_by` text,
	`triage_note` text
);
--> statement-breakpoint
CREATE INDEX `prospecting_requests_status` ON `prospecting_requests` (`status`,`received_at`);--> statement-breakpoint
CREATE INDEX `prospecting_requests_received` ON `prospecting_requests` (`received_at`);--> statement-breakpoint
CREATE INDEX `prospecting_requests_qualified` ON `prospecting_requests` (`qualified_at`);--> statement-breakpoint
CREATE INDEX `prospecting_requests_client` ON `prospecting_requests` (`client_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `prospecting_requests_chat` ON `prospecting_requests` (`telegram_chat_id`);