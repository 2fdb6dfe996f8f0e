CREATE TABLE `core_document_counters` (
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`type`, `year`)
);
--> statement-breakpoint
CREATE TABLE `core_document_sends` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`recipients` text NOT NULL,
	`subject` text,
	`message` text,
	`sent_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`status` text NOT NULL,
	`sent_at` integer,
	`error` text,
	FOREIGN KEY (`document_id`) REFERENCES `core_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `core_document_sends_document` ON `core_document_sends` (`document_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `core_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`subject_id` text NOT NULL,
	`client_id` text NOT NULL,
	`number` text NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`version` integer NOT NULL,
	`date` text NOT NULL,
	`locale` text NOT NULL,
	`currency` text NOT NULL,
	`total_minor` integer NOT NULL,
	`file_name` text NOT NULL,
	`pdf` blob NOT NULL,
	`created_by` text NOT NULL,
	`created_by_name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `core_documents_version` ON `core_documents` (`type`,`subject_id`,`version`);--> statement-breakpoint
CREATE INDEX `core_documents_subject` ON `core_documents` (`subject_id`);--> statement-breakpoint
CREATE INDEX `core_documents_client` ON `core_documents` (`client_id`,`created_at`);