CREATE TABLE `core_letter_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`letter_id` text NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`content` blob,
	FOREIGN KEY (`letter_id`) REFERENCES `core_letters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_letter_attachments_letter` ON `core_letter_attachments` (`letter_id`);--> statement-breakpoint
CREATE TABLE `core_letters` (
	`id` text PRIMARY KEY NOT NULL,
	`mailbox_id` text NOT NULL,
	`message_id` text NOT NULL,
	`thread_id` text NOT NULL,
	`in_reply_to` text,
	`references` text NOT NULL,
	`direction` text NOT NULL,
	`status` text NOT NULL,
	`from_address` text NOT NULL,
	`from_name` text,
	`to` text NOT NULL,
	`cc` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`client_id` text,
	`contact_id` text,
	`activity_id` text,
	`request_ref` text,
	`sent_by` text,
	`error` text,
	`occurred_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_letters_message_id` ON `core_letters` (`message_id`);--> statement-breakpoint
CREATE INDEX `core_letters_thread` ON `core_letters` (`thread_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `core_letters_client` ON `core_letters` (`client_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `core_letters_mailbox` ON `core_letters` (`mailbox_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `core_mail_folders` (
	`mailbox_id` text NOT NULL,
	`folder` text NOT NULL,
	`uid_validity` text NOT NULL,
	`last_uid` integer NOT NULL,
	PRIMARY KEY(`mailbox_id`, `folder`),
	FOREIGN KEY (`mailbox_id`) REFERENCES `core_mailboxes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `core_mailboxes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`address` text NOT NULL,
	`imap_host` text NOT NULL,
	`imap_port` integer NOT NULL,
	`imap_tls` integer NOT NULL,
	`imap_user` text NOT NULL,
	`imap_password` text NOT NULL,
	`folders` text NOT NULL,
	`roles` text NOT NULL,
	`smtp` text,
	`status` text NOT NULL,
	`status_error` text,
	`last_polled_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
